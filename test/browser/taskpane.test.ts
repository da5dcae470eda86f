/**
 * Opens the built task pane (dist/taskpane.html) in headless Chromium outside Excel, with
 * office.js replaced by test/browser/office-stub.js, and checks that it renders, says it must
 * run inside Excel, and logs no console errors. Takes the screenshots docs/taskpane.md uses:
 * into a temporary folder, or into docs/images with `npm run screenshots`, so a test run
 * never changes tracked files.
 * Needs /usr/bin/chromium (apt-get install chromium fonts-noto-cjk); skipped without it.
 */
import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { Browser, chromium } from "playwright-core";

const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");
const CHROMIUM = "/usr/bin/chromium";
const SHOTS =
  process.env.UPDATE_SCREENSHOTS === "1"
    ? join(ROOT, "docs/images")
    : mkdtempSync(join(tmpdir(), "gradekit-screenshots-"));
const STUB = readFileSync(join(__dirname, "office-stub.js"), "utf8");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds dist/ unless it is newer than every source it comes from. */
function ensureBuilt(): void {
  const built = join(DIST, "taskpane.html");
  const sources = ["src", "webpack.config.js", "manifest.xml", "scripts"].map((p) => join(ROOT, p));
  if (existsSync(built) && statSync(built).mtimeMs > Math.max(...sources.map(newest))) return;
  execSync("npm run build", { cwd: ROOT, stdio: "pipe" });
}

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = join(DIST, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!path.startsWith(DIST) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" });
    res.end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const available = existsSync(CHROMIUM);
if (!available) {
  console.warn(
    `Skipping the browser test: ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk).`
  );
}
const suite = available ? describe : describe.skip;

suite("task pane in a browser, outside Excel", () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    ensureBuilt();
    server = await serve();
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
      ],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  test.each([
    ["zh-CN", "此页面需要在 Excel 中作为加载项打开", "事故等级（INCIDENTLEVEL）", "特别重大事故"],
    [
      "en-US",
      "This page must be opened inside Excel as an add-in",
      "INCIDENTLEVEL",
      "特别重大事故",
    ],
  ])(
    "%s: renders, explains it needs Excel, no console errors",
    async (locale, notice, option, label) => {
      const context = await browser.newContext({ locale, viewport: { width: 380, height: 1000 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("pageerror", (e) => errors.push(e.message));
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("https://appsforoffice.microsoft.com/")) {
          return route.fulfill({ contentType: "application/javascript", body: STUB });
        }
        return url.startsWith(origin) ? route.continue() : route.abort();
      });

      await page.goto(`${origin}/taskpane.html`);
      await page.getByText(notice).waitFor({ timeout: 15_000 });
      expect(await page.locator("h1").textContent()).toBe("GradeKit");
      expect(await page.getByRole("button").first().isDisabled()).toBe(true);

      // Choosing a standard works outside Excel too: it shows the legend for the screenshot.
      await page.locator("select").first().selectOption({ label: option });
      await page.getByText(label, { exact: true }).waitFor();
      await page.screenshot({
        path: join(SHOTS, `taskpane-${locale === "zh-CN" ? "zh-CN" : "en"}.png`),
        fullPage: true,
      });

      expect(errors).toEqual([]);
      await context.close();
    },
    60_000
  );
});
