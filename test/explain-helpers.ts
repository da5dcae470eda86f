/** EXPLAIN helpers for the accident-standard tests. */
import { explainRow, Lang } from "../src/grading";
import { context, fn, grade } from "./helpers";

/** The EXPLAIN sentence for one row; fails the test when the row is not graded. */
export function explain(id: string, row: unknown[], lang: Lang = "zh"): string {
  const o = explainRow(fn(id), row as never, context, lang);
  if (o.kind !== "grade") throw new Error(`expected a grade, got ${JSON.stringify(o)}`);
  return String(o.value);
}

/** Checks that EXPLAIN opens with the very label the function returns, in both languages. */
export function expectExplainAgrees(id: string, row: unknown[]): void {
  const label = String(grade(id, ...row));
  expect(explain(id, row).slice(0, label.length + 1)).toBe(`${label}：`);
  expect(explain(id, row, "en").slice(0, label.length + 1)).toBe(`${label}:`);
}
