/**
 * Reading one sheet of an .xlsx workbook as a table, a slice of the sheet at a time. The first
 * non-empty row is the header; each cell reaches the grading engine as Excel would pass it to
 * a custom function (dates as serial numbers, formulas as their cached results, errors as
 * input errors), and each row reaches the grader before the next slice is read.
 *
 * The package is opened by xlsx-package.ts, with recalc's guards (refusals, part names, a
 * size budget counted as parts inflate, no DTDs), and only the parts grading needs are
 * inflated. The sheet's XML is tokenised by saxes. ExcelJS's readers are not used for the
 * cells: its workbook loader holds a Row and a Cell object for every cell of the workbook,
 * and its streaming reader turns formula errors into NaN and boolean results into numbers,
 * keeps only the last run of rich inline text and skips merged areas. What a cell holds
 * follows its type (ECMA-376 §18.3.1.4, ST_CellType): "s" a shared string, "str" a
 * formula's text, "inlineStr" the text of its <is>, "b" a boolean, "e" an error, "d" an
 * ISO 8601 date, otherwise a number, which is a date when its style's number format is one
 * (the styles are read by ExcelJS's own styles reader).
 */
import { readFileSync } from "node:fs";
import { SaxesParser, SaxesTagPlain } from "saxes";
import { Cell } from "../grading";
import { excelJsDateFormat, excelJsStyles } from "./exceljs";
import { parseAddress, parseRange } from "./formula-text";
import { openPackage, SheetPart, unescapeText, XlsxPackage } from "./xlsx-package";
import { InputError, Table, TableRow, takeEach } from "./table";

const MS_PER_DAY = 86_400_000;
const SERIAL_OF_UNIX_EPOCH = 25569;
/** Days from 1900-01-00 to 1904-01-01: a 1904-system serial plus this is a 1900 one. */
const DAYS_1904 = 1462;
/** Characters of sheet XML tokenised between rows handed over. */
const SLICE = 64 * 1024;

/** A cell as copied into the output workbook: dates as Date, errors as ExcelJS's error value. */
export type SheetValue = number | string | boolean | Date | { error: string } | null;

/**
 * Built-in number formats that Excel shows as dates or times in Chinese, Japanese and Korean
 * installations (27–36, 50–58). They have no format code in the file, and ExcelJS's styles
 * reader gives them none, so they are recognised by their id.
 */
const CJK_DATE_FORMAT_IDS = new Set([
  27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** Number formats by style index, and which styles show numbers as dates. */
interface CellStyles {
  readonly numFmt: (style: number) => string | undefined;
  readonly isDate: (style: number) => boolean;
}

async function cellStyles(pkg: XlsxPackage, path: string): Promise<CellStyles> {
  const part = pkg.stylesPath;
  const xml = part ? await pkg.read(part) : undefined;
  if (!part || !xml) return { numFmt: () => undefined, isDate: () => false };
  const styles = new (excelJsStyles())();
  try {
    await styles.parseStream([xml]);
  } catch (e) {
    throw notWellFormed(path, part, e);
  }
  if (!styles.model?.styles) throw notWellFormed(path, part, "no cell styles (<cellXfs>)");
  const dates = new Map<number, boolean>();
  const numFmt = (s: number) => styles.getStyleModel(s)?.numFmt as string | undefined;
  return {
    numFmt,
    isDate(s) {
      let date = dates.get(s);
      if (date === undefined) {
        const id = Number(styles.model.styles[s]?.numFmtId ?? 0);
        date = CJK_DATE_FORMAT_IDS.has(id) || excelJsDateFormat(numFmt(s));
        dates.set(s, date);
      }
      return date;
    },
  };
}

/** A sheet that is well-formed XML but not a sheet Excel would open as it is. */
class SheetError extends Error {}

/** A <row> of the sheet: its 1-based number and its cells, as read and as copied. */
interface SheetRow {
  readonly number: number;
  readonly cells: Cell[];
  readonly values: SheetValue[];
  /** The number format of each cell, when the parser was asked to keep them. */
  readonly numFmts?: (string | undefined)[];
}

/** The cell being read: its column, type, style and the text of its <v> or <is>. */
interface OpenCell {
  col: number;
  type: string;
  style: number;
  value: string | undefined;
  inline: string;
}

/**
 * Turns the XML of <sheetData> into rows as saxes tokenises it. `write` takes the next slice
 * of the sheet and returns the rows it completed.
 */
class SheetRows {
  private readonly parser = new SaxesParser();
  private done: SheetRow[] = [];
  private row: SheetRow | undefined;
  private lastRow = 0;
  private lastCol = -1;
  private cell: OpenCell | undefined;
  /** Where text goes: the cell's <v>, a <t> of its <is>, or nowhere. */
  private capture: "v" | "t" | undefined;
  private phonetic = false;
  private inData = false;

  constructor(
    private readonly strings: readonly string[],
    private readonly styles: CellStyles,
    private readonly date1904: boolean,
    private readonly width: number,
    private readonly keepFormats = false
  ) {
    this.parser.on("opentag", (tag) => this.open(tag as SaxesTagPlain));
    this.parser.on("closetag", (tag) => this.close(tag.name));
    this.parser.on("text", (text) => this.text(text));
    this.parser.on("cdata", (text) => this.text(text));
  }

  write(xml: string): SheetRow[] {
    this.parser.write(xml);
    const rows = this.done;
    this.done = [];
    return rows;
  }

  /** Ends the XML: a sheet cut off inside an element is an error, not a shorter sheet. */
  end(): SheetRow[] {
    this.parser.close();
    return this.done;
  }

  private open(tag: SaxesTagPlain): void {
    const name = tag.name;
    if (name === "sheetData") this.inData = !tag.isSelfClosing;
    if (!this.inData) return;
    if (name === "c" && this.row) {
      const ref = tag.attributes.r;
      const col = ref ? parseAddress(ref).col : this.lastCol + 1;
      this.lastCol = col;
      const style = tag.attributes.s;
      this.cell = {
        col,
        type: tag.attributes.t ?? "n",
        style: style ? Number(style) : 0,
        value: undefined,
        inline: "",
      };
    } else if (name === "v" && this.cell) {
      this.capture = "v";
      this.cell.value = "";
    } else if (name === "t" && this.cell && !this.phonetic) {
      this.capture = "t";
    } else if (name === "rPh") {
      this.phonetic = true;
    } else if (name === "row") {
      const r = tag.attributes.r;
      const number = r ? Number(r) : this.lastRow + 1;
      if (!(number > this.lastRow)) {
        throw new SheetError(`row ${r} comes after row ${this.lastRow}: the rows are out of order`);
      }
      this.lastRow = number;
      this.lastCol = -1;
      this.row = { number, cells: [], values: [], numFmts: this.keepFormats ? [] : undefined };
    }
  }

  private text(text: string): void {
    if (this.capture === "v") this.cell!.value += text;
    else if (this.capture === "t") this.cell!.inline += text;
  }

  private close(name: string): void {
    if (name === "v" || name === "t") this.capture = undefined;
    else if (name === "rPh") this.phonetic = false;
    else if (name === "c") this.closeCell();
    else if (name === "row" && this.row) {
      this.done.push(this.row);
      this.row = undefined;
    } else if (name === "sheetData") this.inData = false;
  }

  private closeCell(): void {
    const cell = this.cell;
    const row = this.row;
    this.cell = undefined;
    if (!cell || !row || cell.col >= this.width) return;
    for (let c = row.values.length; c < cell.col; c++) {
      row.values[c] = null;
      row.cells[c] = null;
    }
    const value = this.valueOf(cell);
    row.values[cell.col] = value;
    row.cells[cell.col] = this.cellOf(cell, value);
    if (row.numFmts) row.numFmts[cell.col] = this.styles.numFmt(cell.style);
  }

  private valueOf(cell: OpenCell): SheetValue {
    const v = cell.value;
    switch (cell.type) {
      case "inlineStr":
        return unescapeText(cell.inline);
      case "s": {
        if (v === undefined) return null;
        const text = this.strings[Number(v)];
        if (text === undefined) {
          throw new SheetError(
            `a cell refers to shared string ${v}, but the workbook has ${this.strings.length}`
          );
        }
        return text;
      }
      case "str":
        return v === undefined ? null : unescapeText(v);
      case "b":
        return v === undefined ? null : v === "1" || v.toLowerCase() === "true";
      case "e":
        return v === undefined ? null : { error: v };
      case "d": {
        // An ISO 8601 date without a zone is the day as written, wherever GradeKit runs.
        const zoned = v !== undefined && /(?:Z|[+-]\d\d:?\d\d)$/.test(v);
        const date =
          v === undefined ? undefined : new Date(zoned || !v.includes("T") ? v : `${v}Z`);
        return date && !Number.isNaN(date.getTime()) ? date : (v ?? null);
      }
      default: {
        if (v === undefined || v.trim() === "") return null;
        const n = Number(v);
        if (Number.isNaN(n)) return v;
        if (!this.styles.isDate(cell.style)) return n;
        return new Date(Math.round((this.serial(n) - SERIAL_OF_UNIX_EPOCH) * MS_PER_DAY));
      }
    }
  }

  /** The Cell grading reads: a date as its (1900-system) serial, an error as an input error. */
  private cellOf(cell: OpenCell, value: SheetValue): Cell {
    if (value instanceof Date) {
      if (cell.type === "d") return value.getTime() / MS_PER_DAY + SERIAL_OF_UNIX_EPOCH;
      return this.serial(Number(cell.value));
    }
    if (value !== null && typeof value === "object") return { inputError: value.error };
    return value;
  }

  private serial(n: number): number {
    return this.date1904 ? n + DAYS_1904 : n;
  }
}

/**
 * The merged areas ("A1:D1") a sheet lists in <mergeCells>, which follows <sheetData>: read
 * before the rows, so that a row with a merged input cell is known when it is graded.
 */
export function mergedAreas(xml: string): string[] {
  const end = xml.lastIndexOf("</sheetData>");
  const start = xml.indexOf("<mergeCells", end < 0 ? 0 : end);
  if (start < 0) return [];
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

/** An XML error from saxes, or a SheetError, as the user's error naming the part. */
function notWellFormed(path: string, part: string, e: unknown): InputError {
  const detail = e instanceof Error ? e.message : String(e);
  if (e instanceof SheetError) return new InputError(`${path}: ${part}: ${detail}`);
  return new InputError(`${path}: ${part} is not well-formed XML (${detail})`);
}

/** The rows of the sheet a slice at a time; `onSlice` is told how far into the XML it is. */
function* sheetSlices(
  xml: string,
  reader: SheetRows,
  fail: (e: unknown) => InputError,
  onSlice?: (end: number) => void
): Generator<SheetRow[]> {
  const read = (next: () => SheetRow[]) => {
    try {
      return next();
    } catch (e) {
      throw fail(e);
    }
  };
  for (let at = 0; at < xml.length; at += SLICE) {
    const rows = read(() => reader.write(xml.slice(at, at + SLICE)));
    onSlice?.(Math.min(xml.length, at + SLICE));
    if (rows.length > 0) yield rows;
  }
  const last = read(() => reader.end());
  if (last.length > 0) yield last;
}

/** The sheet asked for, or the first worksheet (chart sheets hold no rows). */
function chooseSheet(pkg: XlsxPackage, path: string, name?: string): SheetPart {
  const sheet =
    name === undefined
      ? pkg.sheets.find((s) => s.worksheet)
      : pkg.sheets.find((s) => s.name === name);
  if (!sheet) {
    const names = pkg.sheets.map((s) => s.name).join(", ");
    throw new InputError(
      name === undefined
        ? `${path} has no worksheet`
        : `${path} has no sheet "${name}" (sheets: ${names})`
    );
  }
  if (!sheet.worksheet) {
    throw new InputError(`${path}: sheet "${name}" is a chart or dialog sheet, not a worksheet`);
  }
  return sheet;
}

export async function openXlsx(path: string, sheetName?: string): Promise<XlsxTable> {
  const bytes = readFileSync(path);
  const pkg = await openPackage(bytes, path);
  const sheet = chooseSheet(pkg, path, sheetName);
  const styles = await cellStyles(pkg, path);
  const xml = (await pkg.read(sheet.path)) ?? "";
  const fail = (e: unknown) => notWellFormed(path, sheet.path, e);
  const rowsOf = (width: number, keepFormats = false) =>
    new SheetRows(pkg.sharedStrings, styles, pkg.date1904, width, keepFormats);

  // The header is the first row with a value; the first data row gives the number formats.
  let header: SheetRow | undefined;
  let first: SheetRow | undefined;
  find: for (const rows of sheetSlices(xml, rowsOf(Infinity, true), fail)) {
    for (const row of rows) {
      if (!header) {
        if (row.cells.some((v) => v !== null && String(v).trim() !== "")) header = row;
      } else if (row.number === header.number + 1) {
        first = row;
        break find;
      } else break find;
    }
  }
  if (!header) throw new InputError(`sheet "${sheet.name}" is empty`);
  const headerRow = header.number;
  const headers = header.cells.map((v) => (v === null ? "" : String(v).trim()));
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();
  const width = headers.length;
  const numFmts = headers.map((_, c) => first?.numFmts?.[c]);
  const merges = mergedCells(
    (() => {
      try {
        return mergedAreas(xml);
      } catch (e) {
        throw fail(e);
      }
    })(),
    width
  );
  const totalBytes = bytes.length;

  /**
   * A sheet row as a table row, as wide as the header; a row the sheet skips is blank. A cell
   * inside a merged area shows the area's value, as Excel shows it (for a --by column, and in
   * the copy written out); a row whose input cell is merged is still not graded.
   */
  const tableRow = (number: number, row: SheetRow | undefined, shown: Map<string, Cell[]>) => {
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
        if (!first) shown.set(area, [cells[c], write[c] as Cell]);
        else if (cells[c] === null) [cells[c], write[c]] = first;
      }
    }
    return { cells, write, merged } as TableRow;
  };

  const table: XlsxTable = {
    headers,
    numFmts,
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
      const shown = new Map<string, Cell[]>();
      for (const rows of sheetSlices(xml, rowsOf(width), fail, progress)) {
        const out: TableRow[] = [];
        for (const row of rows) {
          if (row.number < next) continue;
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
