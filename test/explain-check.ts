/** EXPLAIN for one row, in both languages, beside the label the function itself returns. */
import { explainRow } from "../src/grading/explain";
import { context, fn, grade } from "./helpers";

export interface Explained {
  readonly label: unknown;
  readonly zh: string;
  readonly en: string;
}

function sentenceOf(id: string, row: unknown[], lang: "zh" | "en"): string {
  const o = explainRow(fn(id), row as never, context, lang);
  if (o.kind !== "grade") throw new Error(`EXPLAIN gave ${o.kind} for ${JSON.stringify(row)}`);
  return String(o.value);
}

export function explained(id: string, ...row: unknown[]): Explained {
  return { label: grade(id, ...row), zh: sentenceOf(id, row, "zh"), en: sentenceOf(id, row, "en") };
}

/** Checks that both sentences start with the label the function returns for the row. */
export function expectExplainStartsWithLabel(id: string, ...row: unknown[]): Explained {
  const e = explained(id, ...row);
  // Logical results read as Excel shows them: TRUE / FALSE.
  const shown = typeof e.label === "boolean" ? String(e.label).toUpperCase() : String(e.label);
  expect(e.zh.startsWith(`${shown}：`)).toBe(true);
  expect(e.en.startsWith(`${shown}: `)).toBe(true);
  return e;
}
