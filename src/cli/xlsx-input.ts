/**
 * Reading one sheet of an .xlsx workbook as a table. The first non-empty row is the header;
 * each cell reaches the grading engine as Excel would pass it to a custom function (dates
 * as serial numbers, formulas as their cached results, errors as input errors).
 */
import { readFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import { excelJsWorkbook } from "./exceljs";
import { Cell } from "../grading";
import { parseRange } from "./formula-text";
import { checkPackageFile } from "./package-guard";
import { InputError, Table, TableRow, takeEach } from "./table";

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

/**
 * A sheet row as a table row: what grading reads and what is copied out, in one pass. A row
 * or cell the sheet does not hold is blank; it is not added to the sheet to be read.
 */
function tableRow(
  row: ExcelJS.Row | undefined,
  width: number,
  merged: ReadonlyMap<number, string> | undefined
): TableRow {
  const cells: Cell[] = new Array(width);
  const write: unknown[] = new Array(width);
  for (let c = 0; c < width; c++) {
    const value = row?.findCell(c + 1)?.value;
    cells[c] = cellFromExcelJs(value);
    write[c] = copyable(value);
  }
  return { cells, write, merged };
}

/**
 * A sheet's merged areas ("A1:D1"). ExcelJS lists them publicly only in `sheet.model`, which
 * first builds a copy of every row (a tenth of a second and tens of MB at 100,000 rows); the
 * sheet's own `_merges` holds the same areas.
 */
export function mergedAreas(sheet: ExcelJS.Worksheet): string[] {
  const merges = (sheet as unknown as { _merges: Record<string, { range: string } | undefined> })
    ._merges;
  return Object.values(merges).flatMap((merge) => (merge ? [merge.range] : []));
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
  const workbook = new (excelJsWorkbook())();
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
  const header = sheet.getRow(headerRow);
  // The header row's own width: headings past it would be blank and dropped below anyway.
  const headers = Array.from({ length: header.cellCount }, (_, c) => {
    const v = cellFromExcelJs(header.getCell(c + 1).value);
    return v === null ? "" : String(v).trim();
  });
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();

  const first = sheet.getRow(headerRow + 1);
  const numFmts = headers.map((_, c) => first.getCell(c + 1).numFmt || undefined);
  const totalBytes = bytes.length;
  const lastRow = sheet.rowCount;
  const merges = mergedCells(mergedAreas(sheet), headers.length);

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
      const BATCH = 1000;
      for (let start = headerRow + 1; start <= lastRow; start += BATCH) {
        const end = Math.min(lastRow, start + BATCH - 1);
        const rows: TableRow[] = [];
        for (let r = start; r <= end; r++) {
          rows.push(tableRow(sheet.findRow(r), headers.length, merges.get(r)));
        }
        onBytes?.(Math.round((totalBytes * (end - headerRow)) / Math.max(1, lastRow - headerRow)));
        yield rows;
      }
    },
  };
  return table;
}
