/**
 * The rows of a worksheet's XML, read as saxes tokenises it, a slice at a time. What a cell
 * holds follows its type (ECMA-376 §18.3.1.4, ST_CellType): "s" a shared string, "str" a
 * formula's text, "inlineStr" the text of its <is> (phonetic guides left out), "b" a
 * boolean, "e" an error, "d" an ISO 8601 date, otherwise a number, which is a date when its
 * style's number format is one. Styles are read by ExcelJS's own styles reader, so dates are
 * dates where ExcelJS takes them to be, and the built-in Chinese date formats too.
 */
import { SaxesParser, SaxesTagPlain } from "saxes";
import { Cell, Text } from "../grading";
import { excelJsChineseFormat, excelJsDateFormat, excelJsStyles } from "./exceljs";
import { columnLetter } from "./excel-refs";
import { parseAddress } from "./formula-text";
import { unescapeText } from "./xlsx-package";

const MS_PER_DAY = 86_400_000;
const SERIAL_OF_UNIX_EPOCH = 25569;
/** Days from 1900-01-00 to 1904-01-01: a 1904-system serial plus this is a 1900 one. */
const DAYS_1904 = 1462;
/** Characters of sheet XML tokenised between rows handed over. */
const SLICE = 64 * 1024;

/** A cell as copied into the output workbook: dates as Date, errors as ExcelJS's error value. */
export type SheetValue = number | string | boolean | Date | { error: string } | null;

/**
 * What a date cell holds, as copied out: a day (a whole serial), a time of day (a serial below
 * 1, which Excel shows on 1900-01-00 and JavaScript as 1899-12-30) or both.
 */
export function dateKind(value: Date): "date" | "time" | "datetime" {
  const ms = value.getTime();
  if (ms >= -SERIAL_OF_UNIX_EPOCH * MS_PER_DAY && ms < (1 - SERIAL_OF_UNIX_EPOCH) * MS_PER_DAY) {
    return "time";
  }
  return ms % MS_PER_DAY === 0 ? "date" : "datetime";
}

/**
 * Whether a number format shows a time of day or a duration only (h:mm, [h]:mm:ss,
 * 上午/下午h"时"mm"分"), with no day, month or year: such a serial is no date.
 */
export function timeOnlyFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .toLowerCase();
  return /[hs]/.test(bare) && !/[yde]/.test(bare);
}

/** Number formats by style index, and which styles show numbers as dates. */
export interface CellStyles {
  readonly numFmt: (style: number) => string | undefined;
  readonly isDate: (style: number) => boolean;
  /** A date style that shows only a time of day or a duration. */
  readonly isTime: (style: number) => boolean;
}

/**
 * The workbook's own number formats by id, as written: ExcelJS's styles reader drops the
 * backslash of an escaped character (0\m, metres, becomes 0m, which reads as a date).
 */
function formatCodes(xml: string): Map<number, string> {
  const codes = new Map<number, string>();
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    const { numFmtId, formatCode } = (tag as SaxesTagPlain).attributes;
    if (/(^|:)numFmt$/.test(tag.name) && numFmtId !== undefined && formatCode !== undefined) {
      codes.set(Number(numFmtId), formatCode);
    }
  });
  parser.write(xml).close();
  return codes;
}

/** A question about a style, answered once per style index. */
function perStyle(answer: (style: number) => boolean): (style: number) => boolean {
  const known = new Map<number, boolean>();
  return (s) => {
    let value = known.get(s);
    if (value === undefined) known.set(s, (value = answer(s)));
    return value;
  };
}

/** The styles of a workbook's styles part (none when it has none); throws on a broken part. */
export async function cellStyles(xml: string | undefined): Promise<CellStyles> {
  if (!xml) return { numFmt: () => undefined, isDate: () => false, isTime: () => false };
  const styles = new (excelJsStyles())();
  await styles.parseStream([xml]);
  if (!styles.model?.styles) throw new Error("no cell styles (<cellXfs>)");
  const codes = formatCodes(xml);
  const numFmt = (s: number) => {
    const id = Number(styles.model.styles[s]?.numFmtId ?? 0);
    return (
      codes.get(id) ??
      (styles.getStyleModel(s)?.numFmt as string | undefined) ??
      excelJsChineseFormat(id)
    );
  };
  return {
    numFmt,
    isDate: perStyle((s) => excelJsDateFormat(numFmt(s))),
    isTime: perStyle((s) => timeOnlyFormat(numFmt(s))),
  };
}

/** A sheet that is well-formed XML but not a sheet Excel would open as it is. */
export class SheetError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** A <row> of the sheet: its 1-based number and its cells, as read and as copied. */
export interface SheetRow {
  readonly number: number;
  readonly cells: Cell[];
  readonly values: SheetValue[];
  /** The number format of each cell, when the parser was asked to keep them. */
  readonly numFmts?: (string | undefined)[];
  /** Cells holding a formula whose result the file does not hold (column → "B2"). */
  uncalculated?: Map<number, string>;
}

/** The cell being read: its column, type, style and the text of its <v> or <is>. */
interface OpenCell {
  col: number;
  type: string;
  style: number;
  value: string | undefined;
  inline: string;
  formula: boolean;
}

/**
 * Turns the XML of <sheetData> into rows as saxes tokenises it. `write` takes the next slice
 * of the sheet and returns the rows it completed.
 */
export class SheetRows {
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
    if (name.includes(":")) {
      // A value written <x:v> would otherwise be read as no value at all.
      throw new SheetError({
        zh: `<${name}> 带有命名空间前缀，GradeKit 不读取这种写法；请在 Excel 中打开并保存后再试`,
        en: `<${name}> is written with a namespace prefix, which GradeKit does not read; open the workbook in Excel and save it, then try again`,
      });
    }
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
        formula: false,
      };
    } else if (name === "f" && this.cell) {
      this.cell.formula = true;
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
        throw new SheetError({
          zh: `第 ${r} 行写在第 ${this.lastRow} 行之后：各行顺序错乱`,
          en: `row ${r} comes after row ${this.lastRow}: the rows are out of order`,
        });
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
    // Programs that write formulas without calculating them leave out the <v>.
    if (cell.formula && cell.value === undefined && cell.type !== "inlineStr") {
      row.uncalculated ??= new Map();
      row.uncalculated.set(cell.col, `${columnLetter(cell.col)}${row.number}`);
    }
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
          throw new SheetError({
            zh: `有单元格引用第 ${v} 个共享字符串，而工作簿只有 ${this.strings.length} 个`,
            en: `a cell refers to shared string ${v}, but the workbook has ${this.strings.length}`,
          });
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
        // A time of day is the same fraction in either date system; a duration of a day or
        // more ([h]:mm) is no date at all, so it is copied as the number it is.
        if (this.styles.isTime(cell.style)) {
          return n >= 0 && n < 1
            ? new Date(Math.round((n - SERIAL_OF_UNIX_EPOCH) * MS_PER_DAY))
            : n;
        }
        return new Date(Math.round((this.serial(n) - SERIAL_OF_UNIX_EPOCH) * MS_PER_DAY));
      }
    }
  }

  /** The Cell grading reads: a date as its (1900-system) serial, an error as an input error. */
  private cellOf(cell: OpenCell, value: SheetValue): Cell {
    if (value instanceof Date) {
      if (cell.type === "d") return value.getTime() / MS_PER_DAY + SERIAL_OF_UNIX_EPOCH;
      if (this.styles.isTime(cell.style)) return Number(cell.value);
      return this.serial(Number(cell.value));
    }
    if (value !== null && typeof value === "object") return { inputError: value.error };
    return value;
  }

  private serial(n: number): number {
    return this.date1904 ? n + DAYS_1904 : n;
  }
}

/** The rows of the sheet a slice at a time; `onSlice` is told how far into the XML it is. */
export function* sheetSlices(
  xml: string,
  reader: SheetRows,
  fail: (e: unknown) => Error,
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
