import type ExcelJS from "exceljs";

/** ExcelJS, loaded on first use, so a CSV-to-CSV run never pays for loading it. */
export function excelJs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("exceljs");
}
