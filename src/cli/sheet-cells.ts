/**
 * Setting, adding and removing single cells in a worksheet's XML. Only the rows that hold an
 * edited cell are rebuilt: a new cell goes into its row in column order, a missing row is
 * created in row order, and every other cell and row keeps its bytes.
 */
import { columnLetters, parseAddress } from "./formula-text";
import { attribute } from "./xlsx-package";

export interface CellEdit {
  /** 0-based, like SheetCell. */
  readonly row: number;
  readonly col: number;
  /** The new <c> element, or null to remove the cell. */
  readonly xml: string | null;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g;

/** A cell element holding a text or a number, with the given extra attributes (style). */
export function valueCell(row: number, col: number, value: string | number, attrs = ""): string {
  const ref = `${columnLetters(col)}${row + 1}`;
  if (typeof value === "number") return `<c r="${ref}"${attrs}><v>${value}</v></c>`;
  const text = value.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!);
  return `<c r="${ref}"${attrs} t="inlineStr"><is><t>${text}</t></is></c>`;
}

function rebuildRow(attrs: string, inner: string, edits: readonly CellEdit[]): string {
  const cells = new Map<number, string>();
  let col = -1;
  for (const m of inner.matchAll(CELL)) {
    const ref = attribute(m[1], "r");
    col = ref ? parseAddress(ref).col : col + 1;
    cells.set(col, m[0]);
  }
  for (const e of edits) {
    if (e.xml === null) cells.delete(e.col);
    else cells.set(e.col, e.xml);
  }
  // spans is only a hint, and a wrong one is worse than none.
  const kept = attrs.replace(/\s+spans="[^"]*"/, "");
  const body = [...cells].sort((a, b) => a[0] - b[0]).map(([, xml]) => xml);
  return body.length ? `<row${kept}>${body.join("")}</row>` : `<row${kept}/>`;
}

function newRow(row: number, edits: readonly CellEdit[]): string {
  const added = edits.filter((e) => e.xml !== null);
  return added.length ? rebuildRow(` r="${row + 1}"`, "", added) : "";
}

/** Applies cell edits to a worksheet's XML. */
export function editCells(xml: string, edits: readonly CellEdit[]): string {
  const byRow = new Map<number, CellEdit[]>();
  for (const e of edits) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  const insertBefore = (row: number) => {
    let out = "";
    while (pending.length > 0 && pending[0] < row) {
      const r = pending.shift() as number;
      out += newRow(r, byRow.get(r) ?? []);
    }
    return out;
  };

  const open = /<sheetData\s*\/>|<sheetData\b[^>]*>/.exec(xml);
  if (!open) return xml;
  const start = open.index + open[0].length;
  const close = open[0].endsWith("/>") ? start : xml.indexOf("</sheetData>", start);
  let implied = -1;
  const rows = xml.slice(start, close).replace(ROW, (whole, attrs: string, inner?: string) => {
    const r = attribute(attrs, "r");
    const row = r ? Number(r) - 1 : implied + 1;
    implied = row;
    const before = insertBefore(row);
    if (pending[0] !== row) return before + whole;
    pending.shift();
    return before + rebuildRow(attrs, inner ?? "", byRow.get(row) ?? []);
  });
  const tail = insertBefore(Infinity);
  const data = `<sheetData>${rows}${tail}</sheetData>`;
  const end = open[0].endsWith("/>") ? start : close + "</sheetData>".length;
  return xml.slice(0, open.index) + data + xml.slice(end);
}
