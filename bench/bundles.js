/** Section 6, bundles: the minified add-in bundles `npm run build` writes to dist/. */
"use strict";
const { existsSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const { gzipSync } = require("node:zlib");

const DIST = join(__dirname, "..", "dist");
/** The custom-functions bundle loads before Excel can compute a GRADE cell. */
const FUNCTIONS_BUDGET_KIB = 150;

function bundlesSection() {
  return ["functions.js", "taskpane.js"].map((name) => {
    const file = join(DIST, name);
    if (!existsSync(file)) return { name: `dist/${name}`, note: "missing: run `npm run build`" };
    const bytes = readFileSync(file);
    return {
      name: `dist/${name} minified (gzip ${(gzipSync(bytes).length / 1024).toFixed(1)} KiB)`,
      value: bytes.length / 1024,
      unit: "KiB",
      ...(name === "functions.js" ? { limit: FUNCTIONS_BUDGET_KIB } : {}),
    };
  });
}

module.exports = { bundlesSection, FUNCTIONS_BUDGET_KIB };
