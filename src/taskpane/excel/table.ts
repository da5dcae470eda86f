/**
 * Turns a graded plain range into an Excel Table, so that summaries grow with new rows. A
 * spilled grade column cannot live inside a Table (#SPILL!), so its formula is rewritten as
 * a calculated column: each whole-column range in it becomes a [@[column]] reference.
 */
import { GradingFunction, Lang } from "../../grading";
import { a1, columnLetters } from "./addresses";
import { structuredRef } from "./formula";
import { PaneProblem } from "./problem";
import { Inspection } from "./region";
import { DataRegion, gradeColumnOf } from "./region-plan";
import { fillColumn, inFlavour, writeChecked } from "./write-formula";

const RANGE = /\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)/g;

/** Rewrites the spill formula's column ranges (D2:D500) as this-row Table references. */
export function toStructured(formula: string, region: DataRegion): string {
  const firstRow = region.firstRow + 1;
  const lastRow = region.firstRow + region.rowCount;
  return formula.replace(RANGE, (whole, c1: string, r1: string, c2: string, r2: string) => {
    if (c1 !== c2 || Number(r1) !== firstRow || Number(r2) !== lastRow) return whole;
    const index = region.columns.findIndex((_, i) => columnLetters(region.left + i) === c1);
    return index >= 0 ? structuredRef(region.columns[index].header) : whole;
  });
}

export interface Converted {
  readonly table: string;
  readonly address: string;
}

/** Converts the region (header row included) to a Table and rewrites the grade column. */
export async function convertToTable(
  context: Excel.RequestContext,
  inspection: Inspection,
  fn: GradingFunction,
  ns: string,
  lang: Lang
): Promise<Converted> {
  const { region } = inspection;
  const g = gradeColumnOf(region, fn);
  if (g < 0) throw new PaneProblem("noGradeColumn", fn.id);
  const ws = context.workbook.worksheets.getItem(region.sheet);
  const anchor = ws.getRangeByIndexes(region.firstRow, region.left + g, 1, 1).load("formulas");
  await context.sync();

  const structured = toStructured(String(anchor.formulas[0][0]), region);
  const forms = {
    invariant: inFlavour(structured, ns, fn, "invariant"),
    local: inFlavour(structured, ns, fn, "local"),
  };
  const last = region.firstRow + region.rowCount - 1;
  const right = region.left + region.columns.length - 1;
  const address = a1(region.headerRow, region.left, last, right);

  // The Table is added before the spill anchor is cleared: if Excel refuses the Table, the
  // grades stay as they were.
  const table = ws.tables.add(ws.getRange(address), true).load("name");
  let cleared = false;
  await writeChecked(
    context,
    (formula, flavour) => {
      if (!cleared) anchor.clear("Contents");
      cleared = true;
      const body = table.columns.getItem(region.columns[g].header).getDataBodyRange();
      return fillColumn(body, region.rowCount, formula, flavour);
    },
    forms,
    lang
  );
  return { table: table.name, address: `${region.sheet}!${address}` };
}
