/**
 * The grade summary: a PivotTable on its own sheet (等级汇总), built from an Excel Table so it
 * grows with new rows, counting rows per grade and optionally split by a second column.
 *
 * Order. Excel's API cannot place pivot items (PivotItem has no position; PivotField offers
 * only sortByLabels/sortByValues, and custom sort lists cannot be created by an add-in), and
 * sorting labels alphabetically puts 一般事故 before 特别重大事故. So the Table gets a helper
 * column, e.g. 事故等级序号 = the grade's rank in the standard's label list, and the pivot's
 * rows are that rank, then the grade, laid out in tabular form with the rank's subtotals off:
 * the ranks sort ascending as numbers and carry the grades in the standard's order.
 *
 * Upsert. The pivot is named "GradeKit <table> <ID>[ <split>]". If a pivot of that name
 * exists anywhere in the workbook it is refreshed — never rebuilt or moved — so a summary
 * sheet the user renamed or edited keeps their work. Otherwise a new sheet is added with a
 * name no sheet has yet (等级汇总, 等级汇总 2, …): a user's sheet is never reused.
 */
import { GradingFunction, Lang } from "../../grading";
import { gradeScale } from "../grade-scale";
import { orderFormula } from "./formula";
import { PaneProblem } from "./problem";
import { Inspection, regionAddress, targetRange } from "./region";
import { gradeColumnOf } from "./region-plan";
import { fillColumn } from "./write-formula";

/** Every summary GradeKit builds has a pivot named with this prefix. */
export const SUMMARY_PREFIX = "GradeKit ";

export interface SummaryRequest {
  readonly inspection: Inspection;
  readonly fn: GradingFunction;
  readonly lang: Lang;
  /** Region column to split the counts by (sales agent, unit, month), or null. */
  readonly split: number | null;
  /** The user agreed to overwrite non-empty cells where the helper column goes. */
  readonly confirmed: boolean;
}

export type SummaryResult =
  | { readonly kind: "needsTable"; readonly address: string }
  | { readonly kind: "needsConfirm"; readonly address: string }
  | {
      readonly kind: "created" | "refreshed";
      readonly sheet: string;
      readonly pivot: string;
      readonly orderColumn: string;
    };

export function summaryName(table: string, fn: GradingFunction, split: string | null): string {
  return `${SUMMARY_PREFIX}${table} ${fn.id}${split ? ` ${split}` : ""}`;
}

export function orderHeader(gradeHeader: string, lang: Lang): string {
  return lang === "en" ? `${gradeHeader} order` : `${gradeHeader}序号`;
}

/** A sheet name no sheet has (compared ignoring case, as Excel does), at most 31 characters. */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  let name = base;
  for (let n = 2; lower.has(name.toLowerCase()); n++) {
    const suffix = ` ${n}`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  return name;
}

/** Creates the summary, or refreshes the one that exists. Two syncs. */
export async function summarise(
  context: Excel.RequestContext,
  request: SummaryRequest
): Promise<SummaryResult> {
  const { inspection, fn, lang } = request;
  const { region } = inspection;
  if (!region.table) return { kind: "needsTable", address: regionAddress(region) };
  const g = gradeColumnOf(region, fn);
  if (g < 0) throw new PaneProblem("noGradeColumn", fn.id);
  const labels = gradeScale(fn).map((s) => s.label);
  if (labels.length === 0) throw new PaneProblem("noLabels", fn.id);

  const grade = region.columns[g].header;
  const order = orderHeader(grade, lang);
  const split = request.split === null ? null : region.columns[request.split].header;
  const name = summaryName(region.table, fn, split);
  const hasOrder = region.columns.some((c) => c.header === order);
  const ws = context.workbook.worksheets.getItem(region.sheet);

  const existing = context.workbook.pivotTables.getItemOrNullObject(name).load("name");
  const sheets = context.workbook.worksheets.load("items/name");
  const next = hasOrder ? null : targetRange(ws, region, region.columns.length);
  const used = next?.getUsedRangeOrNullObject(true).load("address");
  await context.sync();
  if (used && !used.isNullObject && !request.confirmed) {
    return { kind: "needsConfirm", address: used.address };
  }

  const table = ws.tables.getItem(region.table);
  if (next && used && !used.isNullObject) next.clear("Contents");
  if (!hasOrder) {
    const column = table.columns.add(undefined, undefined, order);
    fillColumn(
      column.getDataBodyRange(),
      region.rowCount,
      orderFormula(grade, labels),
      "invariant"
    );
  }

  if (!existing.isNullObject) {
    existing.refresh();
    const where = existing.worksheet.load("name");
    await context.sync();
    return { kind: "refreshed", sheet: where.name, pivot: name, orderColumn: order };
  }

  const base = lang === "en" ? "Grade summary" : "等级汇总";
  const sheetName = uniqueSheetName(
    base,
    sheets.items.map((s) => s.name)
  );
  const sheet = context.workbook.worksheets.add(sheetName);
  sheet.getRange("A1").values = [[`${lang === "en" ? fn.name.en : fn.name.zh} · ${region.table}`]];
  const pivot = sheet.pivotTables.add(name, table, sheet.getRange("A3"));
  const rank = pivot.rowHierarchies.add(pivot.hierarchies.getItem(order));
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(grade));
  const counts = pivot.dataHierarchies.add(pivot.hierarchies.getItem(grade));
  counts.summarizeBy = "Count";
  if (split) pivot.columnHierarchies.add(pivot.hierarchies.getItem(split));
  const rankField = rank.fields.getItem(order);
  rankField.subtotals = { automatic: false };
  // Excel.SortBy.ascending; its typing has no string overload, and the pane avoids the
  // Excel enum objects so the same code runs against the test fakes.
  rankField.sortByLabels("Ascending" as Excel.SortBy);
  pivot.layout.layoutType = "Tabular";
  await context.sync();
  return { kind: "created", sheet: sheetName, pivot: name, orderColumn: order };
}
