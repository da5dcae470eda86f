/**
 * A guard against catastrophic slowdowns of the grading engine, not a benchmark: 100,000
 * rows through the custom functions in one lifted call, as Excel passes a filled range,
 * must finish well inside a bound that even a loaded CI machine meets many times over
 * (about 30 ms each on a 2-core machine; `npm run bench` measures against baselines).
 */
import { customerTier, incidentLevel } from "../../src/functions/functions";

const ROWS = 100_000;
const BOUND_MS = 1500;

/** Excel hands a column over as parsed JSON: [[v], [v], …]. */
function column<T>(make: (i: number) => T): T[][] {
  return JSON.parse(JSON.stringify(Array.from({ length: ROWS }, (_, i) => [make(i)])));
}

function timed(run: () => unknown[][]): { ms: number; out: unknown[][] } {
  run(); // compile and warm up, as the first call in a workbook would
  const start = performance.now();
  const out = run();
  return { ms: performance.now() - start, out };
}

const deaths = column((i) => i % 40);
const serious = column((i) => (i * 7) % 130);
const loss = column((i) => (i * 1_234_567) % 140_000_000);

test("INCIDENTLEVEL: 100,000 rows of numbers in one call", () => {
  const { ms, out } = timed(() => incidentLevel(deaths, serious, loss));
  expect(out).toHaveLength(ROWS);
  expect(out[35]).toEqual(["特别重大事故"]);
  expect(out[1]).toEqual(["一般事故"]);
  expect(ms).toBeLessThan(BOUND_MS);
});

test("INCIDENTLEVEL: 100,000 rows typed with units (12人, 0.8亿元)", () => {
  const deathsText = column((i) => `${i % 40}人`);
  const seriousText = column((i) => `${(i * 7) % 130}人`);
  const lossText = column((i) => `${((i * 1_234_567) % 140_000_000) / 1e4}万元`);
  const { ms, out } = timed(() => incidentLevel(deathsText, seriousText, lossText));
  expect(out).toEqual(incidentLevel(deaths, serious, loss));
  expect(ms).toBeLessThan(BOUND_MS);
});

test("CUSTOMERTIER: 100,000 rows with dates and a report date in one call", () => {
  const need = column((i) => ["明确", "潜在", "无"][i % 3]);
  const close = column((i) => 46000 + (i % 300));
  const { ms, out } = timed(() => customerTier(need, close, [[46000]]));
  expect(out.slice(0, 3)).toEqual([["A"], ["D"], ["E"]]);
  expect(ms).toBeLessThan(BOUND_MS);
});
