/**
 * The shared runtime registers functions only if taskpane.html loads the functions bundle,
 * and only the ids the bundle associates exist at run time (office-js issue 895,
 * Excel-Custom-Functions issue 214).
 */
import { readdirSync } from "node:fs";
import { distFile, DIST, metadata } from "./dist";

describe("dist bundles", () => {
  test("taskpane.html loads office.js from Microsoft's CDN, then functions.js and taskpane.js", () => {
    const html = distFile("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts).toContain("functions.js");
    expect(scripts).toContain("taskpane.js");
  });

  test("the ids associated in functions.js equal the ids in functions.json", () => {
    const bundle = distFile("functions.js");
    const associated = [...bundle.matchAll(/CustomFunctions\.associate\("([A-Z0-9_.]+)"/g)].map(
      (m) => m[1]
    );
    const declared = metadata().functions.map((f) => f.id);
    expect(associated.sort()).toEqual(declared.sort());
  });

  test("ships the icons the manifest names", () => {
    const icons = readdirSync(`${DIST}/assets`);
    for (const size of [16, 32, 64, 80]) expect(icons).toContain(`icon-${size}.png`);
  });
});
