/**
 * Recalculating a workbook's GRADE formulas with HyperFormula: every sheet is loaded with
 * its values and formulas (shared formulas spread to their cells, array formulas at their
 * anchor so they spill), then every formula that calls GRADE or depends on one is computed.
 * Formulas that do not depend on GRADE keep Excel's cached values, so functions the engine
 * lacks never disturb the result.
 */
import { DetailedCellError, HyperFormula, SimpleCellAddress } from "hyperformula";
import { createEngine } from "./formula-engine";
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

const key = (a: SimpleCellAddress) => `${a.sheet}:${a.row}:${a.col}`;

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

export function recalculate(pkg: XlsxPackage, xmls: readonly string[]): Recalculated {
  const engine = createEngine();
  const sheets: LoadedSheet[] = pkg.sheets.map((s, i) => ({
    ...s,
    xml: xmls[i],
    cells: readCells(xmls[i], pkg.sharedStrings),
    id: engine.getSheetId(engine.addSheet(s.name)) as number,
  }));

  const formulas = new Map<string, { sheet: LoadedSheet; cell: SheetCell; text: string }>();
  const spillOf = new Map<string, SheetCell[]>();
  const grade: SimpleCellAddress[] = [];
  engine.batch(() => {
    for (const sheet of sheets) {
      const texts = formulaTexts(sheet.cells);
      // Cells inside an array formula's range are filled by its spill, not by the file.
      const covered = new Set<SheetCell>();
      const anchors = sheet.cells.filter((c) => c.formulaType === "array" && c.ref && texts.has(c));
      for (const anchor of anchors) {
        const r = parseRange(anchor.ref as string);
        const inside = sheet.cells.filter(
          (c) =>
            c !== anchor &&
            c.row >= r.top &&
            c.row <= r.bottom &&
            c.col >= r.left &&
            c.col <= r.right
        );
        inside.forEach((c) => covered.add(c));
        spillOf.set(`${sheet.id}:${anchor.row}:${anchor.col}`, inside);
      }
      for (const cell of sheet.cells) {
        const address = { sheet: sheet.id, row: cell.row, col: cell.col };
        const text = texts.get(cell);
        if (covered.has(cell)) continue;
        if (text === undefined) {
          engine.setCellContents(address, [[engineInput(cell.cached) as never]]);
          continue;
        }
        formulas.set(key(address), { sheet, cell, text });
        if (callsGrade(text)) grade.push(address);
        try {
          engine.setCellContents(address, [[`=${toEngineFormula(text)}`]]);
        } catch {
          engine.setCellContents(address, [[engineInput(cell.cached) as never]]);
        }
      }
    }
    for (const d of pkg.definedNames) {
      try {
        const scope = d.sheet === undefined ? undefined : sheets[d.sheet]?.id;
        engine.addNamedExpression(d.name, `=${toEngineFormula(d.ref)}`, scope);
      } catch {
        // A name the engine cannot read (an external link, a function it lacks) is skipped.
      }
    }
  });

  // Everything that depends on a GRADE call, directly or through other cells.
  const reached = new Set<string>(grade.map(key));
  const queue: unknown[] = [...grade];
  while (queue.length > 0) {
    for (const d of engine.getCellDependents(queue.pop() as SimpleCellAddress)) {
      const k = "start" in d ? `${key(d.start)}-${key(d.end)}` : key(d);
      if (reached.has(k)) continue;
      reached.add(k);
      queue.push(d);
    }
  }
  engine.batch(() => {
    for (const [k, f] of formulas) {
      if (!reached.has(k)) {
        engine.setCellContents({ sheet: f.sheet.id, row: f.cell.row, col: f.cell.col }, [
          [engineInput(f.cell.cached) as never],
        ]);
      }
    }
  });

  const results = new Map<number, Map<SheetCell, CachedValue>>();
  const messages = new Map<string, string>();
  for (const [k, f] of formulas) {
    if (!reached.has(k)) continue;
    const bySheet = results.get(f.sheet.id) ?? new Map<SheetCell, CachedValue>();
    results.set(f.sheet.id, bySheet);
    for (const cell of [f.cell, ...(spillOf.get(k) ?? [])]) {
      const raw = engine.getCellValue({ sheet: f.sheet.id, row: cell.row, col: cell.col });
      if (raw instanceof DetailedCellError && raw.message)
        messages.set(`${f.sheet.id}:${cell.row}:${cell.col}`, raw.message);
      bySheet.set(cell, fromEngine(raw));
    }
  }
  return { engine, sheets, results, messages };
}
