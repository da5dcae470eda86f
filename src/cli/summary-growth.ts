/**
 * A summary over a grade column that has grown. Rows added below the graded range in Excel,
 * with the GRADE formula filled down, lie outside the summary's fixed ranges ($F$2:$F$7), and
 * Excel does not widen them. Before recalculating, recalc finds the grade formulas that
 * continue below the range without a gap and widens every range of the summary that ends at
 * the old last row (the counts, the --by range, the marker in B2), so every row is counted.
 */
import { callsGrade, parseRange } from "./formula-text";
import { readCells, SheetCell } from "./sheet-xml";
import { RANGE_MARKER } from "./summary-sheet";
import { splitRef } from "./summary-refresh";
import { decodeXml, encodeXml, XlsxPackage } from "./xlsx-package";

export interface Growth {
  readonly summary: string;
  readonly data: string;
  /** 1-based last rows of the graded range, before and after. */
  readonly from: number;
  readonly to: number;
}

/** The cells of rows 1–3, where a summary keeps its marker, read without the whole sheet. */
function headCells(xml: string, shared: readonly string[]): SheetCell[] {
  const fourth = /<row\b[^>]*?\br="(?:[4-9]|\d{2,})"/.exec(xml);
  return readCells(fourth ? xml.slice(0, fourth.index) : xml, shared);
}

/** The texts of shared formulas by their index, from the cells that hold them. */
function sharedMasters(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<f\b([^>]*\bt="shared"[^>]*)>([^<]+)<\/f>/g)) {
    const si = /\bsi="(\d+)"/.exec(m[1]);
    if (si) out.set(si[1], decodeXml(m[2]));
  }
  return out;
}

/** The last 0-based row of an unbroken run of GRADE formulas in `col` after `bottom`. */
function grownBottom(xml: string, shared: readonly string[], col: number, bottom: number): number {
  const next = new RegExp(`<row\\b[^>]*?\\br="${bottom + 2}"`).exec(xml);
  if (!next) return bottom;
  const masters = sharedMasters(xml);
  const grade = new Map<number, boolean>();
  for (const c of readCells(xml.slice(next.index), shared)) {
    if (c.col !== col) continue;
    const text = c.formula || (c.sharedIndex ? masters.get(c.sharedIndex) : undefined);
    grade.set(c.row, !!text && callsGrade(text));
  }
  let last = bottom;
  while (grade.get(last + 1)) last++;
  return last;
}

/** Every whole-range `'Data'!$X$2:$X$7` from the graded range's top to `from`, ending at `to`. */
function widen(text: string, data: string, top: number, from: number, to: number): string {
  const ref =
    /((?:'(?:[^']|'')+'|[^\s'!(),;=&+\-*/^<>"]+)!)\$([A-Z]{1,3})\$(\d+):\$\2\$(\d+)(?!\d)/g;
  return text.replace(ref, (all, sheet: string, c: string, r1: string, r2: string) => {
    const name = sheet.slice(0, -1).replace(/^'|'$/g, "").replace(/''/g, "'");
    if (name !== data || Number(r1) !== top + 1 || Number(r2) !== from + 1) return all;
    return `${sheet}$${c}$${r1}:$${c}$${to + 1}`;
  });
}

/** Formula and value texts of a summary sheet with the data ranges widened. */
function widenSheet(xml: string, data: string, top: number, from: number, to: number): string {
  const element = /(<f\b[^>]*>|<v>|<t(?:\s[^>]*)?>)([^<]*)(<\/f>|<\/v>|<\/t>)/g;
  return xml.replace(element, (all, open: string, text: string, close: string) => {
    const decoded = decodeXml(text);
    const widened = widen(decoded, data, top, from, to);
    return widened === decoded ? all : `${open}${encodeXml(widened)}${close}`;
  });
}

/** Marker cells stored as shared strings become inline strings so that they can change. */
function inlineMarkers(xml: string, cells: readonly SheetCell[], widened: (s: string) => string) {
  let out = xml;
  for (const cell of [...cells].sort((a, b) => b.start - a.start)) {
    if (cell.col !== 1 || cell.row > 2 || typeof cell.cached !== "string") continue;
    if (!/\st="s"/.test(cell.attrs)) continue;
    const text = widened(cell.cached);
    if (text === cell.cached) continue;
    const attrs = cell.attrs.replace(/\s+t="[^"]*"/, "");
    const replaced = `<c${attrs} t="inlineStr"><is><t>${encodeXml(text)}</t></is></c>`;
    out = out.slice(0, cell.start) + replaced + out.slice(cell.end);
  }
  return out;
}

/** The sheets' XML with grown summaries widened, and what grew. */
export function widenSummaries(
  pkg: XlsxPackage,
  xmls: readonly string[]
): { xmls: string[]; grown: Growth[] } {
  const out = [...xmls];
  const grown: Growth[] = [];
  pkg.sheets.forEach((summary, i) => {
    const head = headCells(xmls[i], pkg.sharedStrings);
    const marker = head.find((c) => c.row === 1 && c.col === 0)?.cached;
    if (marker !== RANGE_MARKER.zh && marker !== RANGE_MARKER.en) return;
    const b2 = head.find((c) => c.row === 1 && c.col === 1)?.cached;
    const graded = typeof b2 === "string" ? splitRef(b2) : null;
    const d = graded ? pkg.sheets.findIndex((s) => s.name === graded.sheet) : -1;
    if (!graded || d < 0) return;
    const range = parseRange(graded.range);
    const to = grownBottom(xmls[d], pkg.sharedStrings, range.left, range.bottom);
    if (to === range.bottom) return;
    const each = (s: string) => widen(s, graded.sheet, range.top, range.bottom, to);
    const markers = inlineMarkers(xmls[i], head, each);
    out[i] = widenSheet(markers, graded.sheet, range.top, range.bottom, to);
    grown.push({ summary: summary.name, data: graded.sheet, from: range.bottom + 1, to: to + 1 });
  });
  return { xmls: out, grown };
}
