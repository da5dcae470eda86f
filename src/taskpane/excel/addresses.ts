/**
 * A1 addresses as Excel writes them: column letters, sheet-qualified ranges and the
 * comma-separated lists a RangeAreas reports. Indexes are 0-based like Range.rowIndex.
 */

export interface Area {
  readonly sheet: string | null;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** D2:D500 (no sheet), or D2 for a single cell. */
export function a1(top: number, left: number, bottom = top, right = left): string {
  const start = `${columnLetters(left)}${top + 1}`;
  const end = `${columnLetters(right)}${bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** A sheet name as it must appear before "!" in a reference. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** Splits on commas that are not inside a quoted sheet name. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Parses Sheet1!B2:D10, 'My sheet'!B2 or B2:D10. */
export function parseArea(address: string): Area {
  const bang = address.lastIndexOf("!");
  let sheet: string | null = null;
  let cells = address;
  if (bang >= 0) {
    sheet = address.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    cells = address.slice(bang + 1);
  }
  const [first, second = first] = cells.split(":");
  const a = CELL.exec(first);
  const b = CELL.exec(second);
  if (!a || !b) throw new Error(`not a cell range: ${address}`);
  const rows = [Number(a[2]) - 1, Number(b[2]) - 1];
  const cols = [columnIndex(a[1]), columnIndex(b[1])];
  return {
    sheet,
    top: Math.min(...rows),
    bottom: Math.max(...rows),
    left: Math.min(...cols),
    right: Math.max(...cols),
  };
}

/** Every area in a RangeAreas address such as "Sheet1!B5:B6, Sheet1!C9:D9". */
export function parseAreas(address: string): Area[] {
  return splitAreas(address).map(parseArea);
}

/** Whether an area covers any of the given sheet columns. */
export function touchesColumns(area: Area, columns: readonly number[]): boolean {
  return columns.some((c) => c >= area.left && c <= area.right);
}
