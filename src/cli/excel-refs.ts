/** A1 references and formula literals, as Excel writes them. */

/** Excel's sheet size (Excel specifications and limits). */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A sheet name as a formula prefix: 'My sheet'! (always quoted, quotes doubled). */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** An absolute column range on a sheet: 'Data'!$G$2:$G$101. */
export function absoluteRange(sheet: string, column: number, first: number, last: number) {
  const c = columnLetter(column);
  return `${sheetRef(sheet)}$${c}$${first}:$${c}$${Math.max(first, last)}`;
}

/** A value as a formula literal: "text" with quotes doubled, numbers, TRUE/FALSE. */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return '""';
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return `"${String(value).replace(/"/g, '""')}"`;
}

/** A COUNTIFS criterion matching exactly this value (wildcards escaped). */
export function exactCriterion(value: unknown): string {
  if (typeof value === "number") return String(value);
  const text = value === null || value === undefined ? "" : String(value);
  return literal(`=${text.replace(/[~*?]/g, "~$&")}`);
}

/** Sheet names may not hold []:*?/\ and are at most 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Sheet1").slice(0, 31);
}
