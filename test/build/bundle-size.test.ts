/**
 * The custom-functions bundle is loaded before Excel can compute the first GRADE cell, so
 * its size is budgeted (docs/performance.md). Sizes are of the minified production build
 * that `npm test` makes first (pretest).
 */
import { DIST, distFile } from "./dist";
import { statSync } from "node:fs";
import { join } from "node:path";

const FUNCTIONS_BUDGET_KIB = 150;

test(`dist/functions.js is at most ${FUNCTIONS_BUDGET_KIB} KiB`, () => {
  const bundle = distFile("functions.js");
  // A development build would pass easily only by accident: check it is minified.
  expect(bundle.split("\n").length).toBeLessThan(50);
  const kib = statSync(join(DIST, "functions.js")).size / 1024;
  expect(kib).toBeLessThanOrEqual(FUNCTIONS_BUDGET_KIB);
});
