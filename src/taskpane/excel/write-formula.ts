/**
 * Writing a GradeKit formula so that it works in a Chinese Excel too. Formulas written by
 * code with English custom-function names have shown #NAME? in Excel running in another
 * display language (office-js issues 891 and 6614; Microsoft's advice in 6614 is
 * formulasLocal). So the form the display language expects goes first — Range.formulasLocal
 * with the zh-CN function name in a Chinese Excel, Range.formulas with the id elsewhere — the
 * first cell is read back, and on #NAME? the other form is written. If both fail the caller
 * gets a nameError problem carrying the formula, for the user to see.
 */
import { GradingFunction, Lang } from "../../grading";
import { Flavour, functionName } from "./formula";
import { PaneProblem } from "./problem";

/** Queues the write of one form and returns the first written cell. */
export type Place = (formula: string, flavour: Flavour) => Excel.Range;

export interface Written {
  readonly formula: string;
  readonly flavour: Flavour;
  readonly retried: boolean;
}

/** Sets the formula on one cell in the chosen form. */
export function setFormula(cell: Excel.Range, formula: string, flavour: Flavour): void {
  if (flavour === "local") cell.formulasLocal = [[formula]];
  else cell.formulas = [[formula]];
}

/**
 * Fills a Table column's data body with one formula: the first cell is set and pasted down,
 * which fills the column whatever the user's AutoCorrect option "Fill formulas in tables to
 * create calculated columns" says (office-js issues 2093 and 6745).
 */
export function fillColumn(
  body: Excel.Range,
  rowCount: number,
  formula: string,
  flavour: Flavour
): Excel.Range {
  const first = body.getCell(0, 0);
  setFormula(first, formula, flavour);
  if (rowCount > 1) body.getOffsetRange(1, 0).getResizedRange(-1, 0).copyFrom(first, "Formulas");
  return first;
}

/** The same formula with the GradeKit function named for the other form. */
export function inFlavour(
  formula: string,
  ns: string,
  fn: GradingFunction,
  flavour: Flavour
): string {
  const call = /^=\s*[^(]+\(/;
  return formula.replace(call, `=${functionName(ns, fn, flavour)}(`);
}

function isNameError(cell: Excel.Range): boolean {
  return cell.valueTypes[0][0] === "Error" && /NAME|名称/i.test(String(cell.values[0][0]));
}

/** Writes in the display language's form, checks the first cell, retries once in the other. */
export async function writeChecked(
  context: Excel.RequestContext,
  place: Place,
  forms: Record<Flavour, string>,
  lang: Lang
): Promise<Written> {
  const order: Flavour[] = lang === "zh" ? ["local", "invariant"] : ["invariant", "local"];
  for (const [i, flavour] of order.entries()) {
    const first = place(forms[flavour], flavour).load("values,valueTypes");
    try {
      await context.sync();
    } catch (e) {
      // formulasLocal follows the regional list separator; where it is ";" Excel rejects the
      // "," form outright instead of showing #NAME?. The other form is tried the same way.
      if (i === order.length - 1) throw e;
      continue;
    }
    if (!isNameError(first)) return { formula: forms[flavour], flavour, retried: i > 0 };
  }
  throw new PaneProblem("nameError", forms[order[order.length - 1]]);
}
