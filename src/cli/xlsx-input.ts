/**
 * Reading one sheet of an .xlsx workbook as a table. The first non-empty row is the header;
 * each cell reaches the grading engine as Excel would pass it to a custom function (dates
 * as serial numbers, formulas as their cached results, errors as input errors).
 */
import { readFileSync, statSync } from "node:fs";
import type ExcelJS from "exceljs";
import { excelJs } from "./exceljs";
import { Cell } from "../grading";
import { parseRange } from "./formula-text";
import { checkPackageFile } from "./package-guard";
import { InputError, Table, TableRow } from "./table";

const MS_PER_DAY = 86_400_000;
const SERIAL_OF_UNIX_EPOCH = 25569;

/** An exceljs cell value as the Cell a custom function receives. */
export function cellFromExcelJs(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + SERIAL_OF_UNIX_EPOCH;
  const v = value as Record<string, unknown>;
  if ("error" in v) return { inputError: String(v.error) };
  if ("formula" in v || "sharedFormula" in v) return cellFromExcelJs(v.result);
  if (Array.isArray(v.richText)) {
    return (v.richText as { text: string }[]).map((r) => r.text).join("");
  }
  if ("text" in v) return cellFromExcelJs(v.text);
  return String(value);
}

/** The value to copy into the output workbook: formulas become their results. */
function copyable(value: unknown): unknown {
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const v = value as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v) return copyable(v.result ?? null);
  }
  return value ?? null;
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

export async function openXlsx(path: string, sheetName?: string): Promise<XlsxTable> {
  const workbook = new (excelJs().Workbook)();
  const bytes = readFileSync(path);
  await checkPackageFile(bytes, path);
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new InputError(`${path} could not be read as an xlsx workbook: ${detail}`);
  }
  const names = workbook.worksheets.map((w) => w.name);
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) {
    throw new InputError(`${path} has no sheet "${sheetName}" (sheets: ${names.join(", ")})`);
  }

  let headerRow = 1;
  while (headerRow <= sheet.rowCount && !sheet.getRow(headerRow).hasValues) headerRow++;
  if (headerRow > sheet.rowCount) throw new InputError(`sheet "${sheet.name}" is empty`);
  const width = sheet.columnCount;
  const header = sheet.getRow(headerRow);
  const headers = Array.from({ length: width }, (_, c) => {
    const v = cellFromExcelJs(header.getCell(c + 1).value);
    return v === null ? "" : String(v).trim();
  });
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();

  const first = sheet.getRow(headerRow + 1);
  const numFmts = headers.map((_, c) => first.getCell(c + 1).numFmt || undefined);
  const totalBytes = statSync(path).size;
  const lastRow = sheet.rowCount;
  const merges = mergedCells(sheet.model.merges ?? [], headers.length);

  return {
    headers,
    numFmts,
    description: {
      zh: `xlsx 工作簿，工作表“${sheet.name}”，表头在第${headerRow}行`,
      en: `xlsx, sheet "${sheet.name}", header in row ${headerRow}`,
    },
    totalBytes,
    async *batches(onBytes?: (n: number) => void) {
      const BATCH = 1000;
      for (let start = headerRow + 1; start <= lastRow; start += BATCH) {
        const rows: TableRow[] = [];
        for (let r = start; r <= Math.min(lastRow, start + BATCH - 1); r++) {
          const row = sheet.getRow(r);
          const values = headers.map((_, c) => row.getCell(c + 1).value);
          const merged = merges.get(r);
          rows.push({ cells: values.map(cellFromExcelJs), write: values.map(copyable), merged });
        }
        const done = Math.min(lastRow, start + BATCH - 1) - headerRow;
        onBytes?.(Math.round((totalBytes * done) / Math.max(1, lastRow - headerRow)));
        yield rows;
      }
    },
  };
}
