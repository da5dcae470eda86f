/**
 * An offline manifest lint: office-addin-manifest validate needs an online service, and it
 * does not catch dangling resids anyway (Office-Addin-Scripts issue 892).
 */
import { XMLParser } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { distFile } from "./dist";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifests = require("../../scripts/manifests");

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

/** Every element anywhere in the tree with the given tag name. */
function all(node: unknown, tag: string, found: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, tag, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === tag)
        (Array.isArray(value) ? value : [value]).forEach((v) => found.push(v as Node));
      all(value, tag, found);
    }
  }
  return found;
}

function resources(doc: unknown) {
  const ids = new Map<string, Node>();
  for (const tag of ["bt:Image", "bt:Url", "bt:String"]) {
    for (const el of all(doc, tag)) ids.set(el["@id"] as string, el);
  }
  return ids;
}

function lint(xml: string) {
  const doc = parser.parse(xml);
  const ids = resources(doc);
  const resids = all(doc, "@resid" as string);
  const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
  return { doc, ids, resids, used, urls };
}

const source = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

describe.each([
  ["manifest.xml (source)", source],
  ["dist/manifest.xml", () => distFile("manifest.xml")],
  ["dist/manifest.dev.xml", () => distFile("manifest.dev.xml")],
])("%s", (_name, get) => {
  const xml = typeof get === "function" ? get() : get;
  const { doc, ids, used, urls } = lint(xml);

  test("every resid resolves to a resource", () => {
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(ids.has(id)).toBe(true);
  });

  test("one shared runtime: Runtime, Page, FunctionFile and the task pane share one URL", () => {
    const runtime = all(doc, "Runtime");
    expect(runtime).toHaveLength(1);
    expect(runtime[0]["@lifetime"]).toBe("long");
    const resid = runtime[0]["@resid"];
    expect(xml).toMatch(new RegExp(`<Page>\\s*<SourceLocation resid="${resid}"/>`));
    expect(xml).toContain(`<FunctionFile resid="${resid}"/>`);
    expect(xml).toMatch(
      new RegExp(`<Action xsi:type="ShowTaskpane">\\s*<SourceLocation resid="${resid}"/>`)
    );
    expect(xml).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    expect(xml).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1\.[3-9]"\/>/);
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.\d+"\/>/);
  });

  test("https only, asks for no more than ReadWriteDocument", () => {
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://")).toBe(true);
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
  });

  test("zh-CN overrides for names, strings and the function metadata", () => {
    expect(xml).toMatch(/<DisplayName[^>]*>\s*<Override Locale="zh-CN"/);
    expect(xml).toMatch(/<Description[^>]*>\s*<Override Locale="zh-CN"/);
    const metadataUrl = ids.get("Functions.Metadata.Url") as Node;
    expect(metadataUrl["bt:Override"]).toMatchObject({ "@Locale": "zh-CN" });
    expect((metadataUrl["bt:Override"] as Node)["@Value"]).toMatch(/functions\.zh-CN\.json$/);
    expect(xml).not.toMatch(/<\/?bt:url/); // the docs' own snippet has this typo
  });

  test("Id is a GUID, Version has four parts, provider is GradeKit", () => {
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
    expect(xml).toMatch(/<Version>\d+\.\d+\.\d+\.\d+<\/Version>/);
    expect(xml).toContain("<ProviderName>GradeKit</ProviderName>");
  });
});

test("the manifest declares the ExcelApi version the task pane needs", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { REQUIRED_EXCEL_API } = require("../../src/taskpane/excel/requirements");
  expect(source).toContain(`<Set Name="ExcelApi" MinVersion="${REQUIRED_EXCEL_API}"/>`);
});

describe("production and development manifests", () => {
  const prod = distFile("manifest.xml");
  const dev = distFile("manifest.dev.xml");

  test("production has no localhost; development points to https://localhost:3000", () => {
    expect(prod).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(dev).toContain("https://localhost:3000/taskpane.html");
    expect(dev).not.toContain(manifests.DEFAULT_BASE_URL);
  });

  test("production names only the add-in's own origin: every URL and the one AppDomain", () => {
    const origin = new URL(manifests.DEFAULT_BASE_URL).origin;
    const urls = lint(prod).urls;
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(new URL(url).origin).toBe(origin);
    const domains = [...prod.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]);
    expect(domains).toEqual([origin]);
  });

  test("distinct Id and namespace so both can be installed side by side", () => {
    const id = (xml: string) => /<Id>([^<]+)<\/Id>/.exec(xml)![1];
    expect(id(prod)).not.toBe(id(dev));
    expect(prod).toContain('<bt:String id="Functions.Namespace" DefaultValue="GRADE"/>');
    expect(dev).toContain('<bt:String id="Functions.Namespace" DefaultValue="GRADEDEV"/>');
  });

  test("the production base URL comes from the build setting and must be https", () => {
    const moved = manifests.productionManifest(source, "https://grade.example.cn/addin");
    expect(moved).toContain("https://grade.example.cn/addin/functions.zh-CN.json");
    expect(moved).not.toContain(manifests.DEFAULT_BASE_URL);
    expect(() => manifests.productionManifest(source, "http://grade.example.cn/")).toThrow(/https/);
    expect(() => manifests.productionManifest(source, "https://localhost:8443/")).toThrow(/local/);
  });
});
