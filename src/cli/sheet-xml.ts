/**
 * The cells of a worksheet part, read with their positions in the XML so that a cached
 * value can be replaced without touching a byte around it.
 */
import { attribute, decodeXml, encodeXml, itemText } from "./xlsx-package";
import { parseAddress, parseRange } from "./formula-text";

export type CachedValue = number | string | boolean | { error: string } | null;

export interface SheetCell {
  readonly address: string;
  readonly row: number;
  readonly col: number;
  /** The opening tag's attributes, as written. */
  readonly attrs: string;
  /** The <f> element exactly as written, or "" when the cell has no formula. */
  readonly formulaXml: string;
  /** The formula text (shared formulas: the text of the cell that holds it, unshifted). */
  readonly formula?: string;
  readonly formulaType?: string;
  readonly sharedIndex?: string;
  /** The range an array or shared formula covers, on the cell that holds its text. */
  readonly ref?: string;
  readonly cached: CachedValue;
  readonly start: number;
  readonly end: number;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const VALUE = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/;

function cachedOf(type: string | undefined, inner: string, shared: readonly string[]): CachedValue {
  if (type === "inlineStr") {
    const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
    return is ? itemText(is[1]) : "";
  }
  const v = VALUE.exec(inner);
  if (!v) return null;
  const raw = decodeXml(v[1]);
  if (type === "s") return shared[Number(raw)] ?? "";
  if (type === "str") return raw;
  if (type === "b") return raw === "1" || raw.toLowerCase() === "true";
  if (type === "e") return { error: raw };
  const n = Number(raw);
  return raw.trim() === "" || Number.isNaN(n) ? raw : n;
}

export function readCells(xml: string, shared: readonly string[]): SheetCell[] {
  const cells: SheetCell[] = [];
  for (const m of xml.matchAll(CELL)) {
    const attrs = m[1];
    const address = attribute(attrs, "r");
    if (!address) continue;
    const inner = m[2] ?? "";
    const f = FORMULA.exec(inner);
    const { row, col } = parseAddress(address);
    cells.push({
      address,
      row,
      col,
      attrs,
      formulaXml: f ? f[0] : "",
      formula: f && f[2] !== undefined ? decodeXml(f[2]) : undefined,
      formulaType: f ? attribute(f[1], "t") : undefined,
      sharedIndex: f ? attribute(f[1], "si") : undefined,
      ref: f ? attribute(f[1], "ref") : undefined,
      cached: cachedOf(attribute(attrs, "t"), inner, shared),
      start: m.index as number,
      end: (m.index as number) + m[0].length,
    });
  }
  return cells;
}

/** Whether two values are the same as Excel would display them. */
export function sameValue(a: CachedValue, b: CachedValue): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  }
  if (a && b && typeof a === "object" && typeof b === "object") return a.error === b.error;
  if ((a === null || a === "") && (b === null || b === "")) return true;
  return a === b;
}

/** The cell element with a new cached value; its attributes (style…) and <f> kept. */
export function cellWithValue(cell: SheetCell, value: CachedValue): string {
  const attrs = cell.attrs.replace(/\s+t="[^"]*"/, "");
  let type = "";
  let v = "";
  if (typeof value === "number") v = `<v>${String(value)}</v>`;
  else if (typeof value === "boolean") [type, v] = ["b", `<v>${value ? 1 : 0}</v>`];
  else if (value && typeof value === "object")
    [type, v] = ["e", `<v>${encodeXml(value.error)}</v>`];
  else [type, v] = ["str", `<v>${encodeXml(value ?? "")}</v>`];
  return `<c${attrs}${type ? ` t="${type}"` : ""}>${cell.formulaXml}${v}</c>`;
}

/** Replaces cell elements (by their position) in a sheet's XML. */
export function patchXml(
  xml: string,
  patches: readonly { cell: SheetCell; xml: string }[]
): string {
  const sorted = [...patches].sort((a, b) => a.cell.start - b.cell.start);
  let out = "";
  let at = 0;
  for (const p of sorted) {
    out += xml.slice(at, p.cell.start) + p.xml;
    at = p.cell.end;
  }
  return out + xml.slice(at);
}

export { parseRange };
