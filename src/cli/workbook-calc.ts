/**
 * Recalculating a workbook's GRADE formulas with HyperFormula: every sheet is loaded with
 * its values and formulas (shared formulas spread to their cells, array formulas at their
 * anchor so they spill), then every formula that calls GRADE or depends on one is computed.
 * Formulas that do not depend on GRADE keep Excel's cached values, so functions the engine
 * lacks never disturb the result.
 */
import { DetailedCellError, HyperFormula, SimpleCellAddress } from "hyperformula";
import { createEngine, SheetsContent } from "./formula-engine";
import { engineErrorMessage } from "./engine-errors";
import { displayLang } from "../functions/excel-values";
import { callsGrade, parseRange, shiftFormula, toEngineFormula } from "./formula-text";
import { CachedValue, readCells, SheetCell } from "./sheet-xml";
import { XlsxPackage } from "./xlsx-package";

export interface LoadedSheet {
  readonly name: string;
  readonly path: string;
  readonly xml: string;
  readonly cells: readonly SheetCell[];
  readonly id: number;
}

export interface Recalculated {
  readonly engine: HyperFormula;
  readonly sheets: readonly LoadedSheet[];
  /** Cells whose value was recomputed, with the new value, by sheet index. */
  readonly results: Map<number, Map<SheetCell, CachedValue>>;
  /** The error message of a computed cell, when it is an error with one. */
  readonly messages: Map<string, string>;
}

function engineInput(value: CachedValue): unknown {
  if (value === null) return null;
  if (typeof value === "string") return value === "" ? null : `'${value}`;
  if (typeof value === "object") return value.error;
  return value;
}

export function fromEngine(v: unknown): CachedValue {
  if (v instanceof DetailedCellError) return { error: v.value === "#ERROR!" ? "#VALUE!" : v.value };
  if (v === undefined) return null;
  return v as CachedValue;
}

/** Spreads shared formulas to every cell: the text shifted from the cell that holds it. */
function formulaTexts(cells: readonly SheetCell[]): Map<SheetCell, string> {
  const masters = new Map<string, SheetCell>();
  for (const c of cells)
    if (c.formulaType === "shared" && c.formula !== undefined && c.sharedIndex)
      masters.set(c.sharedIndex, c);
  const out = new Map<SheetCell, string>();
  for (const c of cells) {
    if (c.formula !== undefined && c.formula !== "") out.set(c, c.formula);
    else if (c.formulaType === "shared" && c.sharedIndex) {
      const master = masters.get(c.sharedIndex);
      if (master?.formula)
        out.set(c, shiftFormula(master.formula, c.row - master.row, c.col - master.col));
    }
  }
  return out;
}

function addNames(engine: HyperFormula, pkg: XlsxPackage, sheets: readonly LoadedSheet[]): void {
  for (const d of pkg.definedNames) {
    try {
      const scope = d.sheet === undefined ? undefined : sheets[d.sheet]?.id;
      engine.addNamedExpression(d.name, `=${toEngineFormula(d.ref)}`, scope);
    } catch {
      // A name the engine cannot read (an external link, a function it lacks) is skipped.
    }
  }
}

interface FormulaCell {
  readonly sheetName: string;
  readonly cell: SheetCell;
}

export function recalculate(pkg: XlsxPackage, xmls: readonly string[]): Recalculated {
  const cellsOf = pkg.sheets.map((_, i) => readCells(xmls[i], pkg.sharedStrings));
  const contents: Record<string, unknown[][]> = {};
  const put = (name: string, row: number, col: number, value: unknown) => {
    const rows = contents[name];
    while (rows.length <= row) rows.push([]);
    rows[row][col] = value;
  };

  const formulas = new Map<string, FormulaCell>();
  const spillOf = new Map<string, SheetCell[]>();
  const gradeKeys: string[] = [];
  const located: { name: string; path: string; xml: string; cells: SheetCell[] }[] = [];
  pkg.sheets.forEach((s, i) => {
    contents[s.name] = [];
    located.push({ ...s, xml: xmls[i], cells: cellsOf[i] });
  });

  // Keys name a sheet by its index in the workbook until the engine gives it an id.
  located.forEach((sheet, index) => {
    const texts = formulaTexts(sheet.cells);
    // Cells inside an array formula's range are filled by its spill, not by the file.
    const covered = new Set<SheetCell>();
    const byRow = new Map<number, SheetCell[]>();
    for (const c of sheet.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
    for (const anchor of sheet.cells.filter((c) => c.formulaType === "array" && c.ref)) {
      if (!texts.has(anchor)) continue;
      const r = parseRange(anchor.ref as string);
      const inside: SheetCell[] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        for (const c of byRow.get(row) ?? []) {
          if (c !== anchor && c.col >= r.left && c.col <= r.right) inside.push(c);
        }
      }
      inside.forEach((c) => covered.add(c));
      spillOf.set(`${index}:${anchor.row}:${anchor.col}`, inside);
    }
    for (const cell of sheet.cells) {
      if (covered.has(cell)) continue;
      const text = texts.get(cell);
      if (text === undefined) {
        put(sheet.name, cell.row, cell.col, engineInput(cell.cached));
        continue;
      }
      const k = `${index}:${cell.row}:${cell.col}`;
      formulas.set(k, { sheetName: sheet.name, cell });
      if (callsGrade(text)) gradeKeys.push(k);
      put(sheet.name, cell.row, cell.col, `=${toEngineFormula(text)}`);
    }
  });

  let engine = createEngine(contents as SheetsContent);
  const sheets: LoadedSheet[] = located.map((s) => ({
    ...s,
    id: engine.getSheetId(s.name) as number,
  }));
  addNames(engine, pkg, sheets);

  // Everything that depends on a GRADE call, directly or through other cells.
  const reached = new Set<string>(gradeKeys);
  const queue: unknown[] = gradeKeys.map((k) => {
    const [sheet, row, col] = k.split(":").map(Number);
    return { sheet: sheets[sheet].id, row, col };
  });
  const idToIndex = new Map(sheets.map((s, i) => [s.id, i]));
  const keyOf = (a: SimpleCellAddress) => `${idToIndex.get(a.sheet)}:${a.row}:${a.col}`;
  while (queue.length > 0) {
    for (const d of engine.getCellDependents(queue.pop() as SimpleCellAddress)) {
      const k = "start" in d ? `${keyOf(d.start)}-${keyOf(d.end)}` : keyOf(d);
      if (reached.has(k)) continue;
      reached.add(k);
      queue.push(d);
    }
  }

  // Formulas that GRADE does not reach keep Excel's values: reload with those in place.
  let unreached = 0;
  for (const [k, f] of formulas) {
    if (reached.has(k)) continue;
    unreached++;
    put(f.sheetName, f.cell.row, f.cell.col, engineInput(f.cell.cached));
  }
  if (unreached > 0) {
    engine = createEngine(contents as SheetsContent);
    addNames(engine, pkg, sheets);
  }

  const results = new Map<number, Map<SheetCell, CachedValue>>();
  const messages = new Map<string, string>();
  for (const [k, f] of formulas) {
    if (!reached.has(k)) continue;
    const sheet = sheets[Number(k.split(":")[0])];
    const bySheet = results.get(sheet.id) ?? new Map<SheetCell, CachedValue>();
    results.set(sheet.id, bySheet);
    for (const cell of [f.cell, ...(spillOf.get(k) ?? [])]) {
      const raw = engine.getCellValue({ sheet: sheet.id, row: cell.row, col: cell.col });
      if (raw instanceof DetailedCellError && raw.message) {
        const message = engineErrorMessage(raw.type, raw.message, displayLang());
        messages.set(`${sheet.id}:${cell.row}:${cell.col}`, message);
      }
      bySheet.set(cell, fromEngine(raw));
    }
  }
  return { engine, sheets, results, messages };
}
