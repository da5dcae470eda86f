/**
 * Turns a graded plain range into an Excel Table, so that summaries grow with new rows. A
 * spilled grade column cannot live inside a Table (#SPILL!), so its formula is rewritten as
 * a calculated column: each whole-column range in it becomes a [@[column]] reference.
 */
import { GradingFunction, Lang } from "../../grading";
import { a1, columnLetters } from "./addresses";
import { isLifted } from "../../grading/evaluate";
import { splitCall, structuredRef, wholeColumnRef } from "./formula";
import { PaneProblem } from "./problem";
import { Inspection } from "./region";
import { DataRegion, gradeColumnOf } from "./region-plan";
import { fillColumn, inFlavour, writeChecked } from "./write-formula";

const RANGE = /\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)/g;

/**
 * Rewrites the spill formula for a Table: each column range of the region (D2:D500) becomes
 * this row's cell, [@[死亡人数]], or for a parameter that takes a whole population the whole
 * column, 表1[[销量]].
 */
export function toStructured(
  formula: string,
  region: DataRegion,
  fn: GradingFunction,
  table: string
): string {
  const call = splitCall(formula);
  if (!call) return formula;
  const firstRow = region.firstRow + 1;
  const lastRow = region.firstRow + region.rowCount;
  const args = call.args.map((arg, i) => {
    const whole = fn.params[i] !== undefined && !isLifted(fn.params[i]);
    return arg.replace(RANGE, (all, c1: string, r1: string, c2: string, r2: string) => {
      if (c1 !== c2 || Number(r1) !== firstRow || Number(r2) !== lastRow) return all;
      const index = region.columns.findIndex((_, j) => columnLetters(region.left + j) === c1);
      if (index < 0) return all;
      const header = region.columns[index].header;
      return whole ? wholeColumnRef(table, header) : structuredRef(header);
    });
  });
  return `${call.head}${args.join(",")})`;
}

export interface Converted {
  readonly table: string;
  readonly address: string;
}

/**
 * Converts the region (header row included) to a Table, then rewrites the grade column. The
 * Table is added first, in its own sync: if Excel refuses it, the grades stay as they were.
 */
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
  const last = region.firstRow + region.rowCount - 1;
  const right = region.left + region.columns.length - 1;
  const address = a1(region.headerRow, region.left, last, right);
  const table = ws.tables.add(ws.getRange(address), true).load("name");
  await context.sync();

  const structured = toStructured(String(anchor.formulas[0][0]), region, fn, table.name);
  const forms = {
    invariant: inFlavour(structured, ns, fn, "invariant"),
    local: inFlavour(structured, ns, fn, "local"),
  };
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
