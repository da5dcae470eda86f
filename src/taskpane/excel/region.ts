/**
 * Finds the data around the selection: the Excel Table it lies in, or the surrounding region
 * of a plain range. Reads only the header row and the first data row (to recognise earlier
 * grade columns) — at most six rows, whatever the size of the data — plus the addresses of
 * merged cells. Three context.sync() calls, however many rows there are.
 */
import { GradingFunction, Lang } from "../../grading";
import { ColumnMapping, mapColumns } from "../../grading/columns";
import { a1, Area, parseAreas, quoteSheet } from "./addresses";
import { PaneProblem } from "./problem";
import {
  chooseTarget,
  DataRegion,
  GradeTarget,
  HEADER_SEARCH_ROWS,
  inputHeaders,
  pickHeaderRow,
  regionColumns,
} from "./region-plan";

export interface Inspection {
  readonly region: DataRegion;
  readonly mapping: ColumnMapping;
  /** Merged areas among the data rows (never graded as blanks: the pane reports them). */
  readonly merged: readonly Area[];
  /** True when Excel could not list the merged areas (it stops at 512). */
  readonly mergedUnknown: boolean;
  readonly target: GradeTarget;
  /** Whether the target cells are empty (an earlier grade column never is). */
  readonly targetEmpty: boolean;
}

/** The target column's cells, header row to last data row. */
export function targetRange(ws: Excel.Worksheet, region: DataRegion, column: number): Excel.Range {
  const rows = region.firstRow + region.rowCount - region.headerRow;
  return ws.getRangeByIndexes(region.headerRow, region.left + column, rows, 1);
}

/** Sheet-qualified address of a region column's data cells. */
export function dataAddress(region: DataRegion, column: number): string {
  const col = region.left + column;
  const last = region.firstRow + region.rowCount - 1;
  return `${quoteSheet(region.sheet)}!${a1(region.firstRow, col, last, col)}`;
}

/** Sheet-qualified address of the whole region, header row included. */
export function regionAddress(region: DataRegion): string {
  const last = region.firstRow + region.rowCount - 1;
  const right = region.left + region.columns.length - 1;
  return `${quoteSheet(region.sheet)}!${a1(region.headerRow, region.left, last, right)}`;
}

async function readTable(
  context: Excel.RequestContext,
  table: Excel.Table,
  sheet: string
): Promise<DataRegion> {
  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange().load("rowIndex,rowCount");
  const first = body.getRow(0).load("formulas");
  table.load("name");
  await context.sync();

  return {
    sheet,
    table: table.name,
    headerRow: header.rowIndex,
    firstRow: body.rowIndex,
    rowCount: body.rowCount,
    left: header.columnIndex,
    columns: regionColumns(header.values[0], first.formulas[0]),
  };
}

async function readRange(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  area: Excel.Range,
  sheet: string,
  fn: GradingFunction
): Promise<DataRegion> {
  if (area.rowCount < 2) throw new PaneProblem("noData", area.address);
  const sampleRows = Math.min(area.rowCount, HEADER_SEARCH_ROWS + 1);
  const sample = ws
    .getRangeByIndexes(area.rowIndex, area.columnIndex, sampleRows, area.columnCount)
    .load("values,formulas");
  await context.sync();

  const header = pickHeaderRow(sample.values, fn);
  const rowCount = area.rowCount - header - 1;
  return {
    sheet,
    table: null,
    headerRow: area.rowIndex + header,
    firstRow: area.rowIndex + header + 1,
    rowCount,
    left: area.columnIndex,
    columns: regionColumns(sample.values[header], sample.formulas[header + 1]),
  };
}

/** Reads the region around the selection and proposes a mapping and a target column. */
export async function inspectSelection(
  context: Excel.RequestContext,
  fn: GradingFunction,
  lang: Lang
): Promise<Inspection> {
  const selection = context.workbook.getSelectedRange();
  const ws = selection.worksheet.load("name");
  const tables = selection.getTables(false).load("items/name");
  const area = selection
    .getSurroundingRegion()
    .load("address,rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();

  const region =
    tables.items.length > 0
      ? await readTable(context, tables.items[0], ws.name)
      : await readRange(context, ws, area, ws.name, fn);
  if (region.rowCount < 1) throw new PaneProblem("noRows", dataAddress(region, 0));

  const target = chooseTarget(region, fn, lang);
  const mapping = mapColumns(inputHeaders(region), fn);
  const { merged, mergedUnknown, targetEmpty } = await checkCells(context, ws, region, target);
  return { region, mapping, merged, mergedUnknown, target, targetEmpty };
}

/**
 * Lists merged areas among the data rows and whether the target is empty. Excel refuses to
 * list more than 512 merged areas; then the target is checked alone and the pane says so.
 */
async function checkCells(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  region: DataRegion,
  target: GradeTarget
): Promise<{ merged: Area[]; mergedUnknown: boolean; targetEmpty: boolean }> {
  const data = ws.getRangeByIndexes(
    region.firstRow,
    region.left,
    region.rowCount,
    region.columns.length
  );
  const used = () => targetRange(ws, region, target.column).getUsedRangeOrNullObject(true);
  try {
    const merged = data.getMergedAreasOrNullObject().load("address");
    const inTarget = used().load("address");
    await context.sync();
    return {
      merged: merged.isNullObject ? [] : parseAreas(merged.address),
      mergedUnknown: false,
      targetEmpty: inTarget.isNullObject,
    };
  } catch {
    const inTarget = used().load("address");
    await context.sync();
    return { merged: [], mergedUnknown: true, targetEmpty: inTarget.isNullObject };
  }
}
