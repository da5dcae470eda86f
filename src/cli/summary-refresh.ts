/**
 * Refreshing the summary sheets `gradekit grade --formulas` wrote, after recalculation. The
 * count formulas are recomputed like any formula that depends on GRADE; this adds what is
 * stored as values: the blank-row counts and the table of reasons rows were not graded.
 * A summary sheet is recognised by its marker (A2 = 评级列 / graded range, B2 = the range).
 */
import { groupName, summaryWords } from "./summary";
import { RANGE_MARKER, TABLE_ROW } from "./summary-sheet";
import { parseRange } from "./formula-text";
import { cellWithValue, CachedValue, sameValue, SheetCell } from "./sheet-xml";
import { CellEdit, editCells, valueCell } from "./sheet-cells";
import { InputError } from "./table";
import { fromEngine, LoadedSheet, Recalculated } from "./workbook-calc";
import { Lang } from "../grading";
import { messages } from "../grading/messages";

const QUALIFIED = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/;

export function splitRef(ref: string): { sheet: string; range: string } | null {
  const m = QUALIFIED.exec(ref.trim());
  if (!m) return null;
  return {
    sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2],
    range: m[3].replace(/\$/g, ""),
  };
}

const indexes = new WeakMap<LoadedSheet, Map<string, SheetCell>>();

/** The cell at (row, col), zero-based, through an index built once per sheet. */
export function at(sheet: LoadedSheet, row: number, col: number): SheetCell | undefined {
  let index = indexes.get(sheet);
  if (!index) {
    index = new Map(sheet.cells.map((c) => [`${c.row}:${c.col}`, c]));
    indexes.set(sheet, index);
  }
  return index.get(`${row}:${col}`);
}

export interface SummaryTarget {
  readonly lang: Lang;
  readonly data: LoadedSheet;
  readonly range: ReturnType<typeof parseRange>;
  readonly byCol?: number;
}

/** What a summary sheet summarises, found from its marker; null for other sheets. */
export function locateSummary(sheet: LoadedSheet, calc: Recalculated): SummaryTarget | null {
  const marker = textAt(sheet, 1, 0);
  const lang: Lang | undefined =
    marker === RANGE_MARKER.zh ? "zh" : marker === RANGE_MARKER.en ? "en" : undefined;
  const graded = splitRef(textAt(sheet, 1, 1) ?? "");
  if (!lang || !graded) return null;
  const data = calc.sheets.find((s) => s.name === graded.sheet);
  if (!data) return null;
  const by = splitRef(textAt(sheet, 2, 1) ?? "");
  const byCol = by ? parseRange(by.range).left : undefined;
  return { lang, data, range: parseRange(graded.range), byCol };
}

function textAt(sheet: LoadedSheet, row: number, col: number): string | undefined {
  const v = at(sheet, row, col)?.cached;
  return typeof v === "string" ? v : undefined;
}

/** The summary sheet's new XML, or null when the sheet is not a grade summary. */
export function refreshSummary(
  sheet: LoadedSheet,
  calc: Recalculated,
  patched: string
): string | null {
  const target = locateSummary(sheet, calc);
  if (!target) return null;
  const { lang, data, range, byCol } = target;
  const w = summaryWords(lang);

  const withFormula = gradeFormulaRows(target);
  if (withFormula.size === 0) return null;
  const blanks = new Map<string, number>();
  const reasons = new Map<string, { count: number; first: number }>();
  let total = 0;
  const addReason = (k: string, row: number) => {
    const seen = reasons.get(k);
    if (seen) seen.count++;
    else reasons.set(k, { count: 1, first: row + 1 });
  };
  for (let row = range.top; row <= range.bottom; row++) {
    if (!withFormula.has(row)) {
      // An error stored as a value (a row cut off in the source file) keeps its own reason.
      const stored = at(data, row, range.left)?.cached;
      const note = at(data, row, range.left + 1)?.cached;
      if (stored && typeof stored === "object")
        addReason(typeof note === "string" && note ? note : stored.error, row);
      continue;
    }
    const value = fromEngine(calc.engine.getCellValue({ sheet: data.id, row, col: range.left }));
    const group = byCol === undefined ? "" : groupName(at(data, row, byCol)?.cached as never, lang);
    if (value === null || value === "") {
      blanks.set(group, (blanks.get(group) ?? 0) + 1);
      total++;
    } else if (typeof value === "object") {
      addReason(failureReason(calc, data.id, row, range.left) as string, row);
    }
  }

  // Blank-row counts: one cell per group heading, then the total.
  const patches: { cell: SheetCell; xml: string }[] = [];
  const blankRow = sheet.cells.find((c) => c.col === 0 && c.cached === w.blank)?.row;
  if (blankRow !== undefined) {
    for (const cell of sheet.cells.filter((c) => c.row === blankRow && c.col > 0)) {
      const heading = textAt(sheet, TABLE_ROW - 1, cell.col);
      // A cell under no heading of the table is the user's.
      if (heading === undefined) continue;
      const n: CachedValue = heading === w.total ? total : (blanks.get(heading ?? "") ?? 0);
      if (!sameValue(cell.cached, n)) patches.push({ cell, xml: cellWithValue(cell, n) });
    }
  }
  const xml = patches.length ? applyPatches(patched, sheet, patches) : patched;

  const reasonRow = sheet.cells.find((c) => c.col === 0 && c.cached === w.reason)?.row;
  if (reasonRow === undefined) return xml;
  const rows = [...reasons]
    .sort((a, b) => b[1].count - a[1].count)
    .map(([k, v]) => [k, v.count, v.first]);
  return reasonTable(sheet, xml, reasonRow + 1, rows);
}

const filled = (c: SheetCell | undefined) =>
  c !== undefined && (c.formulaXml !== "" || (c.cached !== null && c.cached !== ""));

/**
 * Rewrites the reasons table (columns A–C from row `first`) cell by cell. Cells right of it
 * and rows below it are the user's and are kept; if the table must grow into rows where the
 * user has written, recalc stops rather than write over them.
 */
function reasonTable(
  sheet: LoadedSheet,
  xml: string,
  first: number,
  rows: (string | number)[][]
): string {
  // A row of the old table: the reason, then two numbers (rows, first row).
  const isReason = (row: number) =>
    typeof at(sheet, row, 0)?.cached === "string" &&
    typeof at(sheet, row, 1)?.cached === "number" &&
    typeof at(sheet, row, 2)?.cached === "number";
  let old = 0;
  while (isReason(first + old)) old++;
  const same =
    old === rows.length &&
    rows.every((r, i) => r.every((v, c) => sameValue(at(sheet, first + i, c)?.cached ?? null, v)));
  if (same) return xml;

  const edits: CellEdit[] = [];
  for (let i = 0; i < Math.max(old, rows.length); i++) {
    for (let c = 0; c < 3; c++) {
      const cell = at(sheet, first + i, c);
      if (i >= old && filled(cell)) {
        throw new InputError(
          messages.reasonsTableBlocked(sheet.name, rows.length, first + 1, cell!.address)
        );
      }
      const style = cell ? (/\ss="[^"]*"/.exec(cell.attrs)?.[0] ?? "") : "";
      if (i < rows.length)
        edits.push({ row: first + i, col: c, xml: valueCell(first + i, c, rows[i][c], style) });
      else if (cell) edits.push({ row: first + i, col: c, xml: null });
    }
  }
  return editCells(xml, edits);
}

/** The rows of the graded range whose grade cell holds a formula. */
export function gradeFormulaRows({ data, range }: SummaryTarget): Set<number> {
  return new Set(data.cells.filter((c) => c.formulaXml && c.col === range.left).map((c) => c.row));
}

/** The reason an error cell was not graded: its code and the engine's message. */
export function failureReason(
  calc: Recalculated,
  sheetId: number,
  row: number,
  col: number
): string | null {
  const value = fromEngine(calc.engine.getCellValue({ sheet: sheetId, row, col }));
  if (!value || typeof value !== "object") return null;
  const message = calc.messages.get(`${sheetId}:${row}:${col}`) ?? "";
  return `${value.error} ${message}`.trim();
}

/** Cell patches located again in already-patched XML (positions moved). */
function applyPatches(
  xml: string,
  sheet: LoadedSheet,
  patches: { cell: SheetCell; xml: string }[]
): string {
  let out = xml;
  for (const p of patches) {
    const pattern = new RegExp(
      `<c\\b[^>]*\\br="${p.cell.address}"[^>]*?(?:\\/>|>[\\s\\S]*?<\\/c>)`
    );
    out = out.replace(pattern, p.xml);
  }
  void sheet;
  return out;
}
