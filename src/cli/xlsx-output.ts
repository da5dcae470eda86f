/**
 * Writing a graded workbook with exceljs's streaming writer, so a huge input never sits in
 * memory: the data sheet (original columns, the grade, the reason a row was not graded),
 * conditional formatting in the standard's colours, then the summary sheet.
 */
import { typeCsvField, writable } from "./csv-input";
import { once } from "node:events";
import { Writable } from "node:stream";
import type ExcelJS from "exceljs";
import { excelJsWriter } from "./exceljs";
import { GradingFunction, Lang, Outcome, pick } from "../grading";
import { SourceMapping } from "./column-sources";
import { Preparation } from "./preparation";
import { columnLetter, literal, safeSheetName } from "./excel-refs";
import { gradeFormula } from "./grade-formulas";
import { Summary } from "./summary";
import { SUMMARY_SHEET, writeSummarySheet } from "./summary-sheet";
import { dateKind } from "./sheet-rows";
import { TableRow } from "./table";

/** The value to write in column `c` of a row: a workbook's own, or a CSV field, dates typed. */
function workbookValue(row: TableRow, c: number): unknown {
  if (row.write) return row.write[c];
  if (!row.raw) return row.cells[c];
  return c < row.raw.length ? writable(row.raw[c], typeCsvField(row.raw[c])) : undefined;
}

export interface GradedWriter {
  /**
   * Returns a promise only when the caller must wait for the output to drain. `asValue`: the
   * row was not graded as read; its error is stored as a value, no formula.
   */
  writeRow(row: TableRow, outcome: Outcome | string, asValue?: boolean): Promise<void> | void;
  finish(summary: Summary): Promise<void>;
}

export interface XlsxOutputOptions {
  readonly path: string;
  readonly fn: GradingFunction;
  readonly headers: readonly string[];
  readonly sheetName: string;
  readonly lang: Lang;
  readonly numFmts?: readonly (string | undefined)[];
  /** Write =GRADE.* formulas with cached values instead of values only. */
  readonly formulas?: { mapping: SourceMapping; prep: Preparation };
  readonly byColumn?: number;
  /** Merged areas of the input's data to merge again (B2:B3, the header in row 1). */
  readonly merges?: readonly string[];
}

/** The grade column's heading: the function's name in the chosen language. */
export function gradeHeading(fn: GradingFunction, lang: Lang): string {
  return lang === "en" ? fn.id : fn.name.zh;
}

export function reasonHeading(lang: Lang): string {
  return lang === "en" ? "why not graded" : "未评级原因";
}

/** A grade cell's value: the label, an Excel error, or nothing for blank and skipped rows. */
export function gradeCellValue(outcome: Outcome | string): ExcelJS.CellValue {
  if (typeof outcome === "string" || outcome.kind === "blank") return null;
  if (outcome.kind === "failure") return { error: outcome.code } as ExcelJS.CellErrorValue;
  return outcome.value;
}

export function reasonText(outcome: Outcome | string, lang: Lang): string | null {
  if (typeof outcome === "string") return `${lang === "en" ? "skipped" : "已跳过"}：${outcome}`;
  if (outcome.kind === "failure") return `${outcome.code} ${pick(outcome.message, lang)}`;
  return null;
}

function argb(hex: string): { argb: string } {
  return { argb: `FF${hex.replace("#", "").toUpperCase()}` };
}

/** One rule per label: cell equal to the label gets the label's fill and font colour. */
export function colourRules(fn: GradingFunction): ExcelJS.ConditionalFormattingRule[] {
  const seen = new Set<string>();
  const rules: ExcelJS.ConditionalFormattingRule[] = [];
  for (const edition of fn.editions) {
    edition.labels.forEach((label, i) => {
      const swatch = edition.colours[i];
      if (!swatch || seen.has(String(label))) return;
      seen.add(String(label));
      rules.push({
        type: "cellIs",
        operator: "equal",
        formulae: [literal(label)],
        priority: rules.length + 1,
        style: {
          fill: {
            type: "pattern",
            pattern: "solid",
            fgColor: argb(swatch.fill),
            bgColor: argb(swatch.fill),
          },
          font: { color: argb(swatch.font) },
        },
      } as ExcelJS.ConditionalFormattingRule);
    });
  }
  return rules;
}

/** Bytes queued for the compressor beyond which the writer waits. */
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;

type Queue = Writable & { _writableState?: { length: number } };

/**
 * exceljs's streaming writer hands each 64 KB of sheet XML to the zip entry's PassThrough
 * without waiting, so a fast producer would queue the whole sheet in memory. Waiting for
 * that queue to drain keeps memory flat. (`stream.pipes` is exceljs's StreamBuf; the
 * PassThrough is readable-stream's, which keeps its count in `_writableState`.)
 */
async function drainSheet(sheet: object): Promise<void> {
  const stream = (sheet as { stream?: { pipes?: Queue[] } }).stream;
  const target = stream?.pipes?.[0];
  const queued = target?._writableState?.length ?? target?.writableLength ?? 0;
  if (target && queued > MAX_QUEUED_BYTES) await once(target, "drain");
  else await new Promise((r) => setImmediate(r));
}

/**
 * Merges the input's merged areas again, those within the rows written. ExcelJS's streaming
 * writer merges only rows it has not yet committed, and each row is committed as it is
 * written, so the areas go straight into the list it writes as <mergeCells> when the sheet is
 * committed (its cells hold no values to move: the copy keeps each value in the first cell).
 */
function mergeAgain(sheet: object, areas: readonly string[], lastRow: number): void {
  const merges = (sheet as { _merges?: string[] })._merges;
  if (!merges) throw new Error("ExcelJS's streaming writer no longer keeps its merged areas");
  for (const area of areas) {
    if (Number(/\d+$/.exec(area)?.[0]) <= lastRow) merges.push(area);
  }
}

const ISO_DATE_FORMATS = { date: "yyyy-mm-dd", time: "hh:mm:ss", datetime: "yyyy-mm-dd hh:mm:ss" };

/**
 * The graded rows' sheet, named after the input; an input named like the summary sheet
 * (等级汇总.xlsx) gets a suffix, since Excel refuses two sheets whose names differ only in case.
 */
export function dataSheetName(name: string, lang: Lang): string {
  const safe = safeSheetName(name);
  if (safe.toLowerCase() !== SUMMARY_SHEET[lang].toLowerCase()) return safe;
  return `${safe} ${lang === "en" ? "data" : "明细"}`;
}

export function createXlsxWriter(options: XlsxOutputOptions): GradedWriter {
  const { fn, lang, headers } = options;
  const workbook = new (excelJsWriter())({
    filename: options.path,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheetName = dataSheetName(options.sheetName, lang);
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  const gradeColumn = headers.length;
  const heading = sheet.addRow([...headers, gradeHeading(fn, lang), reasonHeading(lang)]);
  heading.font = { bold: true };
  heading.commit();
  let excelRow = 1;
  // One style object for all plain cells, one per date format and one for the rows: ExcelJS
  // then finds a style by its object instead of rendering it again for every cell and row.
  const plain: Partial<ExcelJS.Style> = {};
  // A row's (empty) style is ExcelJS's own property, not in its types; it is never changed.
  const rowStyle: Partial<ExcelJS.Style> = {};
  // A date keeps its column's format, or is shown as an ISO date, time or both; one style
  // object per format.
  const dates = new Map<string, Partial<ExcelJS.Style>>();
  const dateStyle = (c: number, value: Date) => {
    const numFmt = options.numFmts?.[c] ?? ISO_DATE_FORMATS[dateKind(value)];
    let style = dates.get(numFmt);
    if (!style) dates.set(numFmt, (style = { numFmt }));
    return style;
  };

  return {
    async writeRow(row, outcome, asValue) {
      excelRow++;
      const values: unknown[] = new Array(gradeColumn + 2);
      for (let c = 0; c < gradeColumn; c++) values[c] = workbookValue(row, c);
      const value = gradeCellValue(outcome);
      // A formula would grade what the row could not be read as.
      if (options.formulas && typeof outcome !== "string" && !asValue) {
        const { mapping, prep } = options.formulas;
        const formula = gradeFormula(fn, mapping, prep, excelRow);
        values[gradeColumn] = { formula, result: value ?? "" } as ExcelJS.CellFormulaValue;
      } else {
        values[gradeColumn] = value;
      }
      values[gradeColumn + 1] = reasonText(outcome, lang);
      // A value left undefined gets no cell, as a CSV row shorter than the header.
      const added = sheet.addRow(values);
      for (let c = 0; c < values.length; c++) {
        const v = values[c];
        if (v !== undefined) {
          added.getCell(c + 1).style = v instanceof Date ? dateStyle(c, v) : plain;
        }
      }
      (added as unknown as { style: Partial<ExcelJS.Style> }).style = rowStyle;
      added.commit();
      if (excelRow % 1000 === 0) await drainSheet(sheet);
    },

    async finish(summary) {
      const last = Math.max(2, excelRow);
      const letter = columnLetter(gradeColumn);
      sheet.addConditionalFormatting({
        ref: `${letter}2:${letter}${last}`,
        rules: colourRules(fn),
      });
      sheet.columns.forEach((column, c) => {
        if (c === gradeColumn) column.width = 14;
      });
      mergeAgain(sheet, options.merges ?? [], last);
      sheet.commit();
      writeSummarySheet(workbook, summary, {
        dataSheet: sheetName,
        gradeColumn,
        byColumn: options.byColumn,
        lastRow: last,
      });
      await workbook.commit();
    },
  };
}
