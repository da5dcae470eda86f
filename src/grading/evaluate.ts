/**
 * Running a grading function over what Excel passes: single values or ranges, lifted the way
 * Excel's own arithmetic lifts over arrays, one outcome per cell of the lifted shape.
 */
import { failure, GradeFailure, internalError } from "./failure";
import { messages } from "./messages";
import { isBlank } from "./read/inputs";
import { Cell, Failure, GradeContext, GradingFunction, InputError, Outcome, Param } from "./types";

/** A matrix as Excel passes a range: rows of cells. */
export type Matrix = readonly (readonly Cell[])[];

/** An argument as it arrives: a single value, or a range. */
export type Arg = Cell | Matrix;

const BLANK: Outcome = { kind: "blank" };
const OUTSIDE: Failure = failure("#N/A", messages.outsideLiftedShape);

export function isMatrix(arg: unknown): arg is Matrix {
  return Array.isArray(arg);
}

export function isInputError(cell: unknown): cell is InputError {
  return typeof cell === "object" && cell !== null && "inputError" in cell;
}

/**
 * The error code of a cell that holds an error or any other object a host might pass (an
 * Excel error object with a `code`, an entity): such cells are never read as values.
 */
export function errorCodeOf(cell: object): string {
  if (isInputError(cell)) return cell.inputError;
  const code = (cell as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#") ? code : "#VALUE!";
}

/** Whether a parameter is lifted cell by cell (populations and options are passed whole). */
export function isLifted(p: Param): boolean {
  if (p.lifted !== undefined) return p.lifted;
  return p.kind !== "edition" && p.kind !== "option" && p.kind !== "population";
}

/** Whether a blank in this parameter counts towards "the whole row is blank". */
function countsForBlank(p: Param): boolean {
  return p.countsForBlank ?? (!p.optional && isLifted(p));
}

/** Grades one row of already-lifted cells. Never throws. */
export function gradeRow(
  fn: GradingFunction,
  row: readonly Cell[],
  context: GradeContext
): Outcome {
  let allBlank = true;
  let anyCounted = false;
  let inputError: string | undefined;
  for (let i = 0; i < fn.params.length; i++) {
    const cell = row[i];
    const isObject = typeof cell === "object" && cell !== null && !Array.isArray(cell);
    if (isObject && inputError === undefined) inputError = errorCodeOf(cell);
    if (countsForBlank(fn.params[i])) {
      anyCounted = true;
      if (!isBlank(cell)) allBlank = false;
    }
  }
  // A blank row stays blank even when an optional input (asOf, edition) holds an error.
  if (anyCounted && allBlank) return BLANK;
  if (inputError !== undefined) return failure(inputError, messages.inputError(inputError));
  try {
    return fn.grade(row, context);
  } catch (e) {
    if (e instanceof GradeFailure) return e.toFailure();
    return internalError(e instanceof Error ? e.message : String(e));
  }
}

/** The shape of the lifted result: the largest rows and columns among the lifted ranges. */
export function liftedShape(fn: GradingFunction, args: readonly Arg[]): [number, number] {
  let rows = 1;
  let cols = 1;
  fn.params.forEach((p, i) => {
    const arg = args[i];
    if (isLifted(p) && isMatrix(arg)) {
      rows = Math.max(rows, arg.length);
      cols = Math.max(cols, arg[0]?.length ?? 0);
    }
  });
  return [rows, cols];
}

/** The cell of `arg` that pairs with result cell (r, c), or undefined when it lies outside. */
function cellAt(arg: Arg, r: number, c: number): Cell | undefined {
  if (!isMatrix(arg)) return arg;
  const row = arg.length === 1 ? arg[0] : arg[r];
  if (row === undefined) return undefined;
  const col = row.length === 1 ? 0 : c;
  return col < row.length ? (row[col] ?? null) : undefined;
}

/** A single value from an argument that must not be a range (options, editions). */
function scalarOf(arg: Arg, p: Param): Cell {
  if (!isMatrix(arg)) return arg;
  if (arg.length === 1 && arg[0].length === 1) return arg[0][0];
  throw new GradeFailure("#VALUE!", messages.rangeNotAllowed(p.label));
}

/**
 * Applies `each` to every cell of the lifted shape. Ranges of the same shape pair cell by
 * cell; a single cell, row or column is broadcast; cells beyond a smaller range are #N/A.
 */
export function liftOver<T>(
  fn: GradingFunction,
  args: readonly Arg[],
  each: (row: readonly Cell[]) => T,
  onFailure: (f: Failure) => T
): T[][] {
  const fixed: (Cell | Matrix)[] = [];
  for (let i = 0; i < fn.params.length; i++) {
    const p = fn.params[i];
    const arg = args[i] ?? null;
    if (isLifted(p) || p.kind === "population") fixed.push(arg);
    else {
      try {
        fixed.push(scalarOf(arg, p));
      } catch (e) {
        return [[onFailure((e as GradeFailure).toFailure())]];
      }
    }
  }
  const lifted = fn.params.map(isLifted);
  const [rows, cols] = liftedShape(fn, args);
  const out: T[][] = new Array(rows);
  const row: Cell[] = new Array(fn.params.length);
  for (let r = 0; r < rows; r++) {
    const line: T[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      let outside = false;
      for (let i = 0; i < fixed.length; i++) {
        const arg = fixed[i];
        if (!lifted[i]) {
          row[i] = arg as Cell;
          continue;
        }
        const cell = cellAt(arg, r, c);
        if (cell === undefined) outside = true;
        row[i] = cell;
      }
      line[c] = outside ? onFailure(OUTSIDE) : each(row);
    }
    out[r] = line;
  }
  return out;
}

/** Grades every cell of the lifted shape. */
export function gradeLifted(
  fn: GradingFunction,
  args: readonly Arg[],
  context: GradeContext
): Outcome[][] {
  return liftOver<Outcome>(
    fn,
    args,
    (row) => gradeRow(fn, row, context),
    (f) => f
  );
}
