/**
 * What the add-in may do at run time: no eval in any bundle, scripts only from its own
 * origin and Microsoft's Office CDN, and no network requests of GradeKit's own.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DIST, distFile } from "./dist";

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

describe("security", () => {
  test("no bundle uses eval or new Function", () => {
    const bundles = filesUnder(DIST, /\.js$/);
    expect(bundles.length).toBeGreaterThanOrEqual(2);
    for (const file of bundles) {
      const code = readFileSync(file, "utf8");
      expect({ file, eval: /\beval\s*\(/.test(code) }).toEqual({ file, eval: false });
      expect({ file, fn: /new\s+Function\s*\(/.test(code) }).toEqual({ file, fn: false });
    }
  });

  test("the task pane page forbids inline script and eval and names its script origins", () => {
    const html = distFile("taskpane.html");
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1].trim().split(/\s+/) ?? [];
    expect(scriptSrc).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp).not.toContain("unsafe-eval");
    expect(/script-src[^;]*unsafe-inline/.test(csp)).toBe(false);
    expect(csp).toContain("object-src 'none'");
    // Nowhere to send data but the add-in's own origin; nothing may re-point relative URLs.
    const directive = (name: string) =>
      new RegExp(`(?:^|;)\\s*${name} ([^;]+)`).exec(csp)?.[1].trim().split(/\s+/);
    expect(directive("default-src")).toEqual(["'self'"]);
    expect(directive("connect-src")).toEqual(["'self'"]);
    expect(directive("base-uri")).toEqual(["'self'"]);
    // no inline scripts: every <script> has a src
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src=/);
      expect(body.trim()).toBe("");
    }
  });

  test("GradeKit's own code opens no network connection and starts no process", () => {
    const root = join(__dirname, "..", "..", "src");
    const modules = "http|https|http2|net|tls|dgram|dns|child_process|cluster|worker_threads";
    const imported = new RegExp(`(?:from\\s+|require\\(\\s*)["'\`](?:node:)?(?:${modules})["'\`]`);
    for (const file of filesUnder(root, /\.(ts|tsx)$/)) {
      const found = imported.exec(readFileSync(file, "utf8"))?.[0] ?? null;
      expect({ file, found }).toEqual({ file, found: null });
    }
  });

  test("GradeKit's own code fetches nothing at run time", () => {
    const root = join(__dirname, "..", "..", "src");
    for (const file of filesUnder(root, /\.(ts|tsx)$/)) {
      const code = readFileSync(file, "utf8");
      for (const api of [
        /\bfetch\s*\(/,
        /XMLHttpRequest/,
        /WebSocket/,
        /navigator\.sendBeacon/,
        /import\s*\(\s*["'`]https?:/,
      ]) {
        expect({ file, api: String(api), found: api.test(code) }).toEqual({
          file,
          api: String(api),
          found: false,
        });
      }
    }
  });
});
