import type ExcelJS from "exceljs";

/*
 * ExcelJS's workbook and streaming writer, each loaded on first use, so a CSV-to-CSV run
 * never pays for loading them. They are required from their own modules: the package's
 * index also loads the streaming reader and its unzip library, which GradeKit never uses
 * (about 0.08 s of every xlsx run). test/cli/exceljs.test.ts checks they are the classes
 * the index exports.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

export function excelJsWorkbook(): typeof ExcelJS.Workbook {
  return require("exceljs/lib/doc/workbook");
}

export function excelJsWriter(): typeof ExcelJS.stream.xlsx.WorkbookWriter {
  return require("exceljs/lib/stream/xlsx/workbook-writer");
}
