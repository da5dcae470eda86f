/**
 * The compiled add-in code (lib/, from `npm run build:cli`) with Excel's runtime shimmed.
 * BENCH_LIB=<dir> points at another build's lib/, to compare an older version.
 */
"use strict";
const { existsSync } = require("node:fs");
const { join, resolve } = require("node:path");

const LIB = resolve(process.env.BENCH_LIB || join(__dirname, "..", "lib"));
if (!existsSync(join(LIB, "functions", "functions.js"))) {
  throw new Error(`${LIB} has no functions/functions.js: run \`npm run build:cli\` first`);
}
require(join(LIB, "functions", "node-runtime.js")).installCustomFunctionsRuntime();

module.exports = {
  ...require(join(LIB, "functions", "functions.js")),
  createEngine: require(join(LIB, "cli", "formula-engine.js")).createEngine,
  LIB,
};
