/**
 * The arguments of one call, arranged the way Excel calls a custom function: grading
 * parameters as 2-D ranges of every shape (1×1, n×1, 1×n, n×m, mismatched, blank rows),
 * omitted optional arguments as null, options as single values.
 */
import fc, { Arbitrary } from "fast-check";
import { GradingFunction, Param } from "../../src/grading/types";
import { blankArb, Cell, cellArb, editionArb, errorArb, plausibleCellArb, textArb } from "./cells";
import { isLiftedParam } from "./model";

/** A range of `rows` × `cols` filled from `cells` in turn (so shrinking `cells` shrinks it). */
function fill(cells: readonly Cell[], rows: number, cols: number): Cell[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => cells[(r * cols + c) % cells.length])
  );
}

/** The call's own range size, which most lifted arguments share. */
interface Shape {
  readonly rows: number;
  readonly cols: number;
}

type Build = (shape: Shape) => unknown;

/** Cells of either kind, mostly plausible ones. */
function cellsArb(fn: GradingFunction, p: Param) {
  const cell = fc.oneof(
    { weight: 4, arbitrary: plausibleCellArb(fn, p) },
    { weight: 1, arbitrary: cellArb(fn, p) }
  );
  return fc.array(cell, { minLength: 1, maxLength: 20 });
}

// Forms of a lifted argument, the first (a 1×1 range, Excel's single value) being where
// shrinking ends. "scalar" is how the CLI's formula engine hands a single value over.
const LIFTED_FORMS = ["1x1", "1x1", "call", "call", "call", "column", "row", "other", "scalar"];

/** A lifted argument: a range of the call's shape, a row, a column, a single cell or another shape. */
function liftedArgArb(fn: GradingFunction, p: Param): Arbitrary<Build> {
  const forms = p.optional ? [...LIFTED_FORMS, "omitted", "omitted"] : LIFTED_FORMS;
  return fc
    .record({
      form: fc.constantFrom(...forms),
      rows: fc.integer({ min: 1, max: 5 }),
      cols: fc.integer({ min: 1, max: 4 }),
      cells: cellsArb(fn, p),
    })
    .map(({ form, rows, cols, cells }) => (shape: Shape) => {
      if (form === "omitted") return null;
      if (form === "scalar") return cells[0];
      if (form === "1x1") return fill(cells, 1, 1);
      if (form === "column") return fill(cells, shape.rows, 1);
      if (form === "row") return fill(cells, 1, shape.cols);
      if (form === "other") return fill(cells, rows, cols);
      return fill(cells, shape.rows, shape.cols);
    });
}

/** An option (edition, property): a single value, omitted, or wrongly a range. */
function optionArgArb(fn: GradingFunction, p: Param): Arbitrary<Build> {
  const value = p.kind === "edition" ? editionArb(fn) : plausibleCellArb(fn, p);
  return fc
    .record({
      form: fc.constantFrom("value", "value", "value", "omitted", "omitted", "1x1", "2x1"),
      value: fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: cellArb(fn, p) }),
    })
    .map(({ form, value }) => () => {
      if (form === "omitted") return null;
      if (form === "1x1") return [[value]];
      if (form === "2x1") return [[value], [value]];
      return value;
    });
}

/** A population (a whole column passed as one argument). */
function populationArgArb(fn: GradingFunction, p: Param): Arbitrary<Build> {
  return fc
    .record({ omitted: fc.boolean(), rows: fc.integer({ min: 1, max: 8 }), cells: cellsArb(fn, p) })
    .map(
      ({ omitted, rows, cells }) =>
        () =>
          omitted && p.optional ? null : fill(cells, rows, 1)
    );
}

/** Blanks a result row in every lifted range, so blank rows occur often enough to test. */
function blankRow(fn: GradingFunction, args: unknown[], row: number, blank: Cell): unknown[] {
  return args.map((arg, i) => {
    const p = fn.params[i];
    if (!isLiftedParam(p) || arg === null) return arg;
    if (!Array.isArray(arg)) return blank;
    const m = arg as Cell[][];
    if (m.length === 1) return [m[0].map(() => blank)];
    return m.map((r, k) => (k === row % m.length ? r.map(() => blank) : r));
  });
}

/** The arguments of one call of `fn`, in parameter order. */
export function argsArb(fn: GradingFunction): Arbitrary<unknown[]> {
  const params = fn.params.map((p) =>
    isLiftedParam(p)
      ? liftedArgArb(fn, p)
      : p.kind === "population"
        ? populationArgArb(fn, p)
        : optionArgArb(fn, p)
  );
  return fc
    .record({
      rows: fc.integer({ min: 1, max: 5 }),
      cols: fc.integer({ min: 1, max: 4 }),
      builds: fc.tuple(...params),
      blank: fc.oneof(
        { weight: 3, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.tuple(fc.nat(4), blankArb) }
      ),
    })
    .map(({ rows, cols, builds, blank }) => {
      const args = builds.map((build) => build({ rows, cols }));
      return blank ? blankRow(fn, args, blank[0], blank[1]) : args;
    });
}

/** How EXPLAIN names the function, and whether trailing omitted arguments are left off. */
export function explainCallArb(fn: GradingFunction) {
  return fc.record({
    name: fc.constantFrom(fn.id, fn.name.zh, fn.id.toLowerCase(), `GRADE.${fn.id}`),
    trimTrailing: fc.boolean(),
  });
}

/** Ranges Excel never passes (empty, ragged) — the functions must still not throw. */
export function degenerateArgsArb(fn: GradingFunction): Arbitrary<unknown[]> {
  const odd = fc.oneof(
    fc.constant([]),
    fc.constant([[]]),
    fc.array(fc.array(cellArb(fn, fn.params[0]), { maxLength: 3 }), { maxLength: 3 }),
    fc.constant(undefined)
  );
  return fc.tuple(...fn.params.map(() => fc.oneof(odd, cellArb(fn, fn.params[0]))));
}

/** What EXPLAIN may be handed as a function name: any text, numbers, blanks and errors. */
export const functionNameArb = fc.oneof(textArb, fc.integer(), fc.constant(null), errorArb);
