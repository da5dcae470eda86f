/**
 * Running a grading function over what Excel passes: single values or ranges, lifted the way
 * Excel's own arithmetic lifts over arrays, one outcome per cell of the lifted shape.
 *
 * This is the loop a million-row column goes through, so what depends only on the function
 * (which parameters are lifted, which count towards a blank row) is worked out once per
 * function, and a column, the shape Excel passes a filled-down range in, takes a path that
 * does no per-row work beyond reading the cells.
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

/** What lifting and the blank-row rule need to know about a function's parameters. */
interface Plan {
  readonly lifted: readonly boolean[];
  readonly countsForBlank: readonly boolean[];
  readonly anyCounted: boolean;
}

const plans = new WeakMap<GradingFunction, Plan>();

function planOf(fn: GradingFunction): Plan {
  let plan = plans.get(fn);
  if (plan === undefined) {
    const counted = fn.params.map(countsForBlank);
    plan = {
      lifted: fn.params.map(isLifted),
      countsForBlank: counted,
      anyCounted: counted.includes(true),
    };
    plans.set(fn, plan);
  }
  return plan;
}

function gradeWithPlan(
  fn: GradingFunction,
  plan: Plan,
  row: readonly Cell[],
  context: GradeContext
): Outcome {
  const counted = plan.countsForBlank;
  let allBlank = true;
  let inputError: string | undefined;
  for (let i = 0; i < counted.length; i++) {
    const cell = row[i];
    const isObject = typeof cell === "object" && cell !== null && !Array.isArray(cell);
    if (isObject && inputError === undefined) inputError = errorCodeOf(cell);
    if (allBlank && counted[i] && !isBlank(cell)) allBlank = false;
  }
  // A blank row stays blank even when an optional input (asOf, edition) holds an error.
  if (plan.anyCounted && allBlank) return BLANK;
  if (inputError !== undefined) return failure(inputError, messages.inputError(inputError));
  try {
    return fn.grade(row, context);
  } catch (e) {
    if (e instanceof GradeFailure) return e.toFailure();
    return internalError(e instanceof Error ? e.message : String(e));
  }
}

/** Grades one row of already-lifted cells. Never throws. */
export function gradeRow(
  fn: GradingFunction,
  row: readonly Cell[],
  context: GradeContext
): Outcome {
  return gradeWithPlan(fn, planOf(fn), row, context);
}

/** gradeRow for many rows of one function: the parameter checks are done once. */
export function rowGrader(
  fn: GradingFunction,
  context: GradeContext
): (row: readonly Cell[]) => Outcome {
  const plan = planOf(fn);
  return (row) => gradeWithPlan(fn, plan, row, context);
}

/** The shape of the lifted result: the largest rows and columns among the lifted ranges. */
export function liftedShape(fn: GradingFunction, args: readonly Arg[]): [number, number] {
  const { lifted } = planOf(fn);
  return [liftedRows(lifted, args), liftedColumns(lifted, args)];
}

function liftedRows(lifted: readonly boolean[], args: readonly Arg[]): number {
  let rows = 1;
  for (let i = 0; i < lifted.length; i++) {
    const arg = args[i];
    if (lifted[i] && isMatrix(arg)) rows = Math.max(rows, arg.length);
  }
  return rows;
}

function liftedColumns(lifted: readonly boolean[], args: readonly Arg[]): number {
  let cols = 1;
  for (let i = 0; i < lifted.length; i++) {
    const arg = args[i];
    if (lifted[i] && isMatrix(arg)) cols = Math.max(cols, arg[0]?.length ?? 0);
  }
  return cols;
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
  const { lifted } = planOf(fn);
  const fixed: Arg[] = new Array(lifted.length);
  for (let i = 0; i < lifted.length; i++) {
    const p = fn.params[i];
    const arg = args[i] ?? null;
    if (lifted[i] || p.kind === "population") fixed[i] = arg;
    else {
      try {
        fixed[i] = scalarOf(arg, p);
      } catch (e) {
        return [[onFailure((e as GradeFailure).toFailure())]];
      }
    }
  }
  const rows = liftedRows(lifted, args);
  const cols = liftedColumns(lifted, args);
  if (cols === 1 && rows > 1) return liftColumns(lifted, fixed, rows, each, onFailure);
  return liftGrid(lifted, fixed, rows, cols, each, onFailure);
}

/**
 * One result column: every lifted argument is a column, one row broadcast, or a value. A
 * one-row argument pairs the same cell with every row, so it is read once, up front.
 */
function liftColumns<T>(
  lifted: readonly boolean[],
  fixed: readonly Arg[],
  rows: number,
  each: (row: readonly Cell[]) => T,
  onFailure: (f: Failure) => T
): T[][] {
  const n = fixed.length;
  const columns: (Matrix | null)[] = new Array(n);
  const constants: (Cell | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const arg = fixed[i];
    const column = lifted[i] && isMatrix(arg) && arg.length !== 1;
    columns[i] = column ? (arg as Matrix) : null;
    constants[i] = column ? undefined : lifted[i] ? cellAt(arg, 0, 0) : (arg as Cell);
  }
  const out: T[][] = new Array(rows);
  const row: Cell[] = new Array(n);
  for (let r = 0; r < rows; r++) {
    let outside = false;
    for (let i = 0; i < n; i++) {
      const column = columns[i];
      let cell: Cell | undefined;
      if (column === null) cell = constants[i];
      else {
        const line = column[r];
        cell = line === undefined ? undefined : line[0];
        if (cell === undefined && line !== undefined && line.length > 0) cell = null;
      }
      if (cell === undefined && lifted[i]) outside = true;
      row[i] = cell;
    }
    out[r] = [outside ? onFailure(OUTSIDE) : each(row)];
  }
  return out;
}

function liftGrid<T>(
  lifted: readonly boolean[],
  fixed: readonly Arg[],
  rows: number,
  cols: number,
  each: (row: readonly Cell[]) => T,
  onFailure: (f: Failure) => T
): T[][] {
  const out: T[][] = new Array(rows);
  const row: Cell[] = new Array(fixed.length);
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
  return liftOver<Outcome>(fn, args, rowGrader(fn, context), (f) => f);
}
