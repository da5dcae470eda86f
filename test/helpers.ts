/** Helpers shared by the unit tests. */
import {
  catalogue,
  GradeContext,
  gradeLifted,
  gradeRow,
  GradingFunction,
  Outcome,
} from "../src/grading";
import { serialFromParts } from "../src/grading/read/dates";

export const REPORT_DATE = serialFromParts(2026, 1, 1) as number;
export const context: GradeContext = { today: REPORT_DATE };

export function fn(id: string): GradingFunction {
  const found = catalogue.find((f) => f.id === id);
  if (!found) throw new Error(`no function ${id}`);
  return found;
}

/** Grades one row and returns the label, "" for blank, or the error code. */
export function grade(id: string, ...row: unknown[]): unknown {
  return show(gradeRow(fn(id), row as never, context));
}

export function show(o: Outcome): unknown {
  if (o.kind === "grade") return o.value;
  if (o.kind === "blank") return "";
  return o.code;
}

export function gradeMatrix(id: string, ...args: unknown[]): unknown[][] {
  return gradeLifted(fn(id), args as never, context).map((r) => r.map(show));
}

/** The message of a failed row, in Chinese. */
export function failureMessage(id: string, ...row: unknown[]): string {
  const o = gradeRow(fn(id), row as never, context);
  if (o.kind !== "failure") throw new Error(`expected a failure, got ${JSON.stringify(show(o))}`);
  return o.message.zh;
}
