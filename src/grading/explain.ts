/**
 * EXPLAIN: one sentence per row built from the very Grade the function returns, so the
 * explanation and the label can never disagree.
 */
import { gradeRow } from "./evaluate";
import { messages } from "./messages";
import { isBlank } from "./read/inputs";
import { Cell, Grade, GradeContext, GradingFunction, Lang, Outcome, Text } from "./types";

/** Notes for inputs that were blank and read as 0 or as no. */
function blankNotes(fn: GradingFunction, row: readonly Cell[]): Text[] {
  const notes: Text[] = [];
  fn.params.forEach((p, i) => {
    if (p.optional || !isBlank(row[i])) return;
    if (p.kind === "count" || p.kind === "amount" || p.kind === "money" || p.kind === "percent") {
      notes.push(messages.blankCountedAsZero(p.label));
    } else if (p.kind === "yesno") {
      notes.push(messages.blankCountedAsNo(p.label));
    }
  });
  return notes;
}

/** The sentence for a grade: 重大事故：死亡12人，达到“10人以上”（国务院令第493号 第三条）. */
export function sentence(grade: Grade, extraNotes: readonly Text[], lang: Lang): string {
  const notes = [...extraNotes, ...(grade.notes ?? [])];
  const { source, clause } = grade.edition;
  const value = typeof grade.value === "boolean" ? (grade.value ? "TRUE" : "FALSE") : grade.value;
  if (lang === "en") {
    const tail = notes.length ? `; ${notes.map((n) => n.en).join("; ")}` : "";
    return `${value}: ${grade.reason().en}${tail} (${source.en}, ${clause.en})`;
  }
  const tail = notes.length ? `；${notes.map((n) => n.zh).join("；")}` : "";
  return `${value}：${grade.reason().zh}${tail}（${source.zh} ${clause.zh}）`;
}

/** Explains one row: the same outcome as gradeRow, with the grade turned into a sentence. */
export function explainRow(
  fn: GradingFunction,
  row: readonly Cell[],
  context: GradeContext,
  lang: Lang
): Outcome {
  const outcome = gradeRow(fn, row, context);
  if (outcome.kind !== "grade") return outcome;
  return { ...outcome, value: sentence(outcome, blankNotes(fn, row), lang) };
}
