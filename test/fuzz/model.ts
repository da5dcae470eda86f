/**
 * What a call should give, worked out from the Param declarations alone (not from the
 * lifting code under test): the lifted shape, which cells lie outside a smaller range,
 * which rows are blank, and which input errors each row carries.
 */
import { readHorizon } from "../../src/grading/read/horizon";
import { readDate, readYesNo } from "../../src/grading/read/inputs";
import { Cell, GradingFunction, Param } from "../../src/grading/types";

/** Populations and options are passed whole; everything else is lifted cell by cell. */
export function isLiftedParam(p: Param): boolean {
  return p.lifted ?? !(p.kind === "edition" || p.kind === "option" || p.kind === "population");
}

/** Required lifted inputs decide whether a row is blank (a declaration may say otherwise). */
export function countsForBlank(p: Param): boolean {
  return p.countsForBlank ?? (!p.optional && isLiftedParam(p));
}

export function isBlankCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A non-array object in a cell: an error (or anything else that is not a value). */
export function isErrorCell(v: unknown): v is object {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The Excel codes a custom function can return; other codes surface as #VALUE!. */
const EXCEL_CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#REF!", "#NAME?"]);

export function passedThroughCode(v: object): string {
  const raw =
    "inputError" in v ? (v as { inputError: unknown }).inputError : (v as { code?: unknown }).code;
  return typeof raw === "string" && EXCEL_CODES.has(raw) ? raw : "#VALUE!";
}

export interface ExpectedCell {
  /** A lifted range is smaller than the result here: #N/A. */
  readonly outside: boolean;
  /** Every input that counts for blankness is blank: "". */
  readonly blank: boolean;
  /** The codes an output error may carry besides #VALUE! and #N/A. */
  readonly inputErrors: readonly string[];
  /** Whether this row itself holds an error cell (it must then come out as an error). */
  readonly rowHasError: boolean;
  /**
   * Whether a yes/no, date or horizon input of this row cannot be read: such a value is
   * unreadable whatever the other inputs are, so the row is #VALUE! on every branch of the
   * rule, even one that does not need the input.
   */
  readonly unreadable: boolean;
  /** The cells of the row, in parameter order (options included). */
  readonly row: readonly unknown[];
}

export type Expected =
  | { readonly kind: "rangeAsOption" }
  | {
      readonly kind: "lifted";
      readonly rows: number;
      readonly cols: number;
      readonly cells: readonly (readonly ExpectedCell[])[];
    };

type Matrix = readonly (readonly unknown[])[];

/** A range as a single value: a 1×1 range is its cell; a larger range is not one value. */
function singleValue(arg: unknown): { ok: boolean; value: unknown } {
  if (!Array.isArray(arg)) return { ok: true, value: arg ?? null };
  const m = arg as Matrix;
  return m.length === 1 && m[0].length === 1
    ? { ok: true, value: m[0][0] }
    : { ok: false, value: null };
}

/** Excel's broadcasting: a single row goes down every row, a single column across. */
function cellAt(arg: unknown, r: number, c: number): { inside: boolean; value: unknown } {
  if (!Array.isArray(arg)) return { inside: true, value: arg ?? null };
  const m = arg as Matrix;
  const line = m.length === 1 ? m[0] : m[r];
  if (line === undefined) return { inside: false, value: undefined };
  const col = line.length === 1 ? 0 : c;
  return col < line.length
    ? { inside: true, value: line[col] }
    : { inside: false, value: undefined };
}

/** The codes of the error cells in a value or range. */
export function codesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(codesIn);
  return isErrorCell(value) ? [passedThroughCode(value)] : [];
}

/** The readers whose verdict does not depend on the rest of the row. */
const READERS: Partial<Record<Param["kind"], (cell: Cell, p: Param) => unknown>> = {
  yesno: readYesNo,
  date: readDate,
  horizon: (cell, p) => readHorizon(cell, p, "months"),
};

function unreadable(p: Param, v: unknown): boolean {
  const read = READERS[p.kind];
  if (!read || !isLiftedParam(p) || isBlankCell(v) || isErrorCell(v)) return false;
  try {
    read(v as Cell, p);
    return false;
  } catch {
    return true;
  }
}

export function expectedOf(fn: GradingFunction, args: readonly unknown[]): Expected {
  const options: unknown[] = [];
  for (let i = 0; i < fn.params.length; i++) {
    const p = fn.params[i];
    if (isLiftedParam(p) || p.kind === "population") continue;
    const single = singleValue(args[i]);
    if (!single.ok) return { kind: "rangeAsOption" };
    options[i] = single.value;
  }

  let rows = 1;
  let cols = 1;
  fn.params.forEach((p, i) => {
    const arg = args[i];
    if (isLiftedParam(p) && Array.isArray(arg)) {
      rows = Math.max(rows, arg.length);
      cols = Math.max(cols, (arg as Matrix)[0]?.length ?? 0);
    }
  });

  const populationCodes = fn.params.flatMap((p, i) =>
    p.kind === "population" ? codesIn(args[i]) : []
  );
  const cells: ExpectedCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: ExpectedCell[] = [];
    for (let c = 0; c < cols; c++) {
      let outside = false;
      const row = fn.params.map((p, i) => {
        if (p.kind === "population") return args[i] ?? null;
        if (!isLiftedParam(p)) return options[i];
        const at = cellAt(args[i], r, c);
        if (!at.inside) outside = true;
        return at.value;
      });
      const counted = fn.params.filter(countsForBlank);
      const blank =
        counted.length > 0 && fn.params.every((p, i) => !countsForBlank(p) || isBlankCell(row[i]));
      const rowCodes = row.flatMap((v, i) =>
        fn.params[i].kind === "population" ? [] : codesIn(v)
      );
      line.push({
        outside,
        blank,
        inputErrors: [...rowCodes, ...populationCodes],
        rowHasError: rowCodes.length > 0,
        unreadable: fn.params.some((p, i) => unreadable(p, row[i])),
        row,
      });
    }
    cells.push(line);
  }
  return { kind: "lifted", rows, cols, cells };
}
