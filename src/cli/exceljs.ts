import type ExcelJS from "exceljs";

/*
 * The parts of ExcelJS the CLI uses, each loaded on first use, so a CSV-to-CSV run never pays
 * for loading them: the streaming writer, the styles reader and its test for date formats.
 * They are required from their own modules: the package's index also loads the workbook
 * model, the streaming reader and its unzip library, which GradeKit does not use (about
 * 0.08 s of every xlsx run). test/cli/exceljs.test.ts checks they are what ExcelJS uses.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

export function excelJsWriter(): typeof ExcelJS.stream.xlsx.WorkbookWriter {
  return require("exceljs/lib/stream/xlsx/workbook-writer");
}

/** The reader of a workbook's styles part, with each style's number format. */
export interface ExcelJsStyles {
  parseStream(chunks: Iterable<string>): Promise<unknown>;
  getStyleModel(id: number): { numFmt?: string } | null;
  readonly model: { styles: ({ numFmtId?: number | string } | undefined)[] };
}

export function excelJsStyles(): new () => ExcelJsStyles {
  return require("exceljs/lib/xlsx/xform/style/styles-xform");
}

/** Whether a number format shows numbers as dates or times, as ExcelJS's readers decide. */
export function excelJsDateFormat(numFmt: string | undefined): boolean {
  const utils = require("exceljs/lib/utils/utils") as { isDateFmt(f?: string): boolean };
  // ExcelJS looks past quoted text and [sections] but not past escaped characters: 0\m
  // (metres) and 0.0\h (hours) are numbers, not dates.
  return utils.isDateFmt(numFmt?.replace(/\\.|[_*]./g, ""));
}

/**
 * The Chinese (zh-CN) code of a built-in East Asian date or time format (27–36, 50–58), as
 * ExcelJS lists them: files do not spell these out, and ExcelJS's styles reader leaves them out.
 */
export function excelJsChineseFormat(id: number): string | undefined {
  const formats = require("exceljs/lib/xlsx/defaultnumformats") as Record<
    number,
    { "zh-cn"?: string } | undefined
  >;
  return formats[id]?.["zh-cn"];
}
