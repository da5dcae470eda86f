/**
 * Reading one sheet of an .xlsx workbook as a table. The first non-empty row is the header;
 * each cell reaches the grading engine as Excel would pass it to a custom function (dates as
 * serial numbers, formulas as their cached results, errors as input errors), and each row
 * reaches the grader before the next slice of the sheet is read (sheet-rows.ts).
 *
 * The package is opened by xlsx-package.ts, with recalc's guards (refusals, part names, a
 * size budget counted as parts inflate, no DTDs), and only the parts grading needs are
 * inflated. ExcelJS's readers are not used for the cells: its workbook loader holds a Row
 * and a Cell object for every cell of the workbook, and its streaming reader turns formula
 * errors into NaN and boolean results into numbers, keeps only the last run of rich inline
 * text and skips merged areas.
 */
import { readFileSync } from "node:fs";
import { SaxesParser, SaxesTagPlain } from "saxes";
import { Cell } from "../grading";
import { messages } from "../grading/messages";
import { columnLetter } from "./excel-refs";
import { parseRange } from "./formula-text";
import { cellStyles, SheetError, SheetRow, SheetRows, sheetSlices } from "./sheet-rows";
import { openPackage, SheetPart, sheetTables, XlsxPackage } from "./xlsx-package";
import { InputError, Table, TableRow, takeEach } from "./table";

/**
 * The merged areas ("A1:D1") a sheet lists in <mergeCells>, which follows <sheetData>: read
 * before the rows, so that a row with a merged input cell is known when it is graded.
 */
export function mergedAreas(xml: string): string[] {
  const end = xml.lastIndexOf("</sheetData>");
  const start = xml.indexOf("<mergeCells", end < 0 ? 0 : end);
  if (start < 0) return [];
  // An empty list, <mergeCells count="0"/>, has no closing tag to look for.
  const tagEnd = xml.indexOf(">", start);
  if (tagEnd < 0 || xml[tagEnd - 1] === "/") return [];
  const close = xml.indexOf("</mergeCells>", start);
  const element = close < 0 ? xml.slice(start) : xml.slice(start, close + "</mergeCells>".length);
  const areas: string[] = [];
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    const ref = (tag as SaxesTagPlain).attributes.ref;
    if (tag.name === "mergeCell" && ref) areas.push(ref);
  });
  parser.write(element).close();
  return areas;
}

/** Row → (column → merged area) for the merged cells of the first `width` columns. */
function mergedCells(areas: readonly string[], width: number): Map<number, Map<number, string>> {
  const out = new Map<number, Map<number, string>>();
  for (const area of areas) {
    const { top, left, bottom, right } = parseRange(area);
    for (let r = top + 1; r <= bottom + 1; r++) {
      for (let c = left; c <= Math.min(right, width - 1); c++) {
        const row = out.get(r) ?? new Map<number, string>();
        out.set(r, row.set(c, area));
      }
    }
  }
  return out;
}

export interface XlsxTable extends Table {
  /** The number format of each column's first data cell, so dates stay dates. */
  readonly numFmts: readonly (string | undefined)[];
}

/** What a summary lists an Excel Table's totals row under, as a row set aside. */
const TOTALS_ROW = "Excel 表格的汇总行 (a table's totals row)";

/** The columns of a row that hold something other than blank text. */
function filledColumns(row: SheetRow): number[] {
  const filled: number[] = [];
  row.cells.forEach((v, c) => {
    if (v !== null && String(v).trim() !== "") filled.push(c);
  });
  return filled;
}

/** Whether a row holds anything to grade or report: a value, or a formula with no result. */
function hasValue(row: SheetRow): boolean {
  return row.cells.some((v) => v !== null && v !== "") || (row.uncalculated?.size ?? 0) > 0;
}

/** Runs `step`, turning what it throws into the user's error. */
async function attempt<T>(step: () => Promise<T>, fail: (e: unknown) => Error): Promise<T> {
  try {
    return await step();
  } catch (e) {
    throw fail(e);
  }
}

/** An XML error from saxes, or a SheetError, as the user's error naming the part. */
function notWellFormed(path: string, part: string, e: unknown): InputError {
  const detail = e instanceof Error ? e.message : String(e);
  if (e instanceof SheetError) {
    return new InputError({
      zh: `${path}：${part}：${e.text.zh}`,
      en: `${path}: ${part}: ${e.text.en}`,
    });
  }
  return new InputError(messages.xmlMalformed(path, part, detail));
}

/** The sheet asked for, or the first worksheet (chart sheets hold no rows). */
function chooseSheet(pkg: XlsxPackage, path: string, name?: string): SheetPart {
  const sheet =
    name === undefined
      ? (pkg.sheets.find((s) => s.worksheet && !s.hidden) ?? pkg.sheets.find((s) => s.worksheet))
      : (pkg.sheets.find((s) => s.name === name) ??
        // Excel's sheet names ignore case: a workbook cannot hold both "Data" and "data".
        pkg.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()));
  if (!sheet) {
    const names = pkg.sheets.map((s) => s.name).join(", ");
    throw new InputError(
      name === undefined
        ? { zh: `${path} 中没有工作表`, en: `${path} has no worksheet` }
        : {
            zh: `${path} 中没有名为“${name}”的工作表（现有：${names}）`,
            en: `${path} has no sheet "${name}" (sheets: ${names})`,
          }
    );
  }
  if (!sheet.worksheet) {
    throw new InputError({
      zh: `${path}：“${name}”是图表或对话框工作表，不是数据工作表`,
      en: `${path}: sheet "${name}" is a chart or dialog sheet, not a worksheet`,
    });
  }
  return sheet;
}

export async function openXlsx(path: string, sheetName?: string): Promise<XlsxTable> {
  const bytes = readFileSync(path);
  const pkg = await openPackage(bytes, path);
  const sheet = chooseSheet(pkg, path, sheetName);
  const styles = await attempt(
    async () => cellStyles(pkg.stylesPath ? await pkg.read(pkg.stylesPath) : undefined),
    (e) => notWellFormed(path, pkg.stylesPath ?? "styles", e)
  );
  const xml = (await pkg.read(sheet.path)) ?? "";
  const fail = (e: unknown) => notWellFormed(path, sheet.path, e);
  const rowsOf = (width: number, keepFormats = false) =>
    new SheetRows(pkg.sharedStrings, styles, pkg.date1904, width, keepFormats);

  const areas = await attempt(async () => mergedAreas(xml), fail);
  // A title merged across the columns above the table ("2024年生产安全事故台账") is no header.
  const titles = new Set(
    areas
      .map(parseRange)
      .filter((a) => a.right > a.left)
      .map((a) => `${a.top + 1}:${a.left}`)
  );

  // The header is the first row with a value; the first data row gives the number formats.
  let header: SheetRow | undefined;
  let first: SheetRow | undefined;
  find: for (const rows of sheetSlices(xml, rowsOf(Infinity, true), fail)) {
    for (const row of rows) {
      if (!header) {
        const filled = filledColumns(row);
        const title = filled.length === 1 && titles.has(`${row.number}:${filled[0]}`);
        if (filled.length > 0 && !title) header = row;
      } else if (row.number === header.number + 1) {
        first = row;
        break find;
      } else break find;
    }
  }
  if (!header) {
    const others = pkg.sheets.filter((s) => s.worksheet && s !== sheet).map((s) => s.name);
    const hint =
      others.length > 0
        ? {
            zh: `；可用 --sheet 选择：${others.join("、")}`,
            en: `; --sheet can choose another: ${others.join(", ")}`,
          }
        : { zh: "", en: "" };
    throw new InputError({
      zh: `工作表“${sheet.name}”是空的${hint.zh}`,
      en: `sheet "${sheet.name}" is empty${hint.en}`,
    });
  }
  const headerRow = header.number;
  const headers = header.cells.map((v) =>
    v === null ? "" : typeof v === "object" ? v.inputError : String(v).trim()
  );
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();
  const width = headers.length;
  const numFmts = headers.map((_, c) => first?.numFmts?.[c]);
  const merges = mergedCells(areas, width);
  // An Excel Table's totals row (合计) sums the rows above it: it is no record to grade.
  const totals = new Set<number>();
  for (const t of await sheetTables(pkg, sheet.path)) {
    const bottom = parseRange(t.ref).bottom + 1;
    for (let r = bottom - t.totalsRows + 1; r <= bottom; r++) totals.add(r);
  }
  // The areas inside the data, in the rows of a graded copy (the header in row 1).
  const copied = areas
    .map(parseRange)
    .flatMap((a) =>
      a.top + 1 > headerRow && a.right < width
        ? [
            `${columnLetter(a.left)}${a.top + 2 - headerRow}:${columnLetter(a.right)}${a.bottom + 2 - headerRow}`,
          ]
        : []
    );
  const totalBytes = bytes.length;

  /**
   * A sheet row as a table row, as wide as the header; a row the sheet skips is blank. A cell
   * inside a merged area reads as the area's value, as Excel shows it (for a --by column, and
   * in a CSV written out), while the values copied to a workbook stay as the sheet holds them
   * and the workbook merges the area again; a row whose input cell is merged is not graded.
   */
  const tableRow = (number: number, row: SheetRow | undefined, shown: Map<string, [Cell]>) => {
    const cells: Cell[] = new Array(width);
    const write: unknown[] = new Array(width);
    for (let c = 0; c < width; c++) {
      cells[c] = row?.cells[c] ?? null;
      write[c] = row?.values[c] ?? null;
    }
    const merged = merges.get(number);
    if (merged) {
      for (const [c, area] of merged) {
        const first = shown.get(area);
        if (!first) shown.set(area, [cells[c]]);
        else if (cells[c] === null) cells[c] = first[0];
      }
    }
    const setAside = totals.has(number) ? TOTALS_ROW : undefined;
    return { cells, write, merged, uncalculated: row?.uncalculated, setAside } as TableRow;
  };

  const table: XlsxTable = {
    headers,
    numFmts,
    merges: copied,
    description: {
      zh: `xlsx 工作簿，工作表“${sheet.name}”，表头在第${headerRow}行`,
      en: `xlsx, sheet "${sheet.name}", header in row ${headerRow}`,
    },
    totalBytes,
    eachRow: (take, onBytes) => takeEach(table.batches(onBytes), take),
    async *batches(onBytes?: (n: number) => void) {
      const progress =
        onBytes && ((end: number) => onBytes(Math.round((totalBytes * end) / xml.length)));
      let next = headerRow + 1;
      // Each merged area's value, from its first cell: rows come in order, so it comes first.
      const shown = new Map<string, [Cell]>();
      for (const rows of sheetSlices(xml, rowsOf(width), fail, progress)) {
        const out: TableRow[] = [];
        for (const row of rows) {
          // Blank rows, and rows the sheet skips, are handed over once a row with a value
          // follows them: the formatted empty rows of a template below the data are not rows.
          if (row.number < next || !hasValue(row)) continue;
          while (next < row.number) out.push(tableRow(next++, undefined, shown));
          out.push(tableRow(next++, row, shown));
        }
        if (out.length > 0) yield out;
      }
      if (xml.length === 0) onBytes?.(totalBytes);
    },
  };
  return table;
}
