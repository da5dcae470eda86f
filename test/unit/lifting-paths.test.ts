/**
 * liftOver takes a quicker path when the result is one column (a filled-down range). Both
 * paths must pair cells exactly as the plain rule below does, for any mix of columns,
 * rows, single cells, values, ragged and empty ranges.
 */
import fc from "fast-check";
import { Arg, Cell, GradingFunction, liftOver, Param } from "../../src/grading";

function paramOf(kind: Param["kind"], i: number): Param {
  return {
    name: `p${i}`,
    kind,
    label: { zh: `p${i}`, en: `p${i}` },
    description: { zh: "", en: "" },
  };
}

function fnWith(kinds: Param["kind"][]): GradingFunction {
  return { params: kinds.map(paramOf) } as unknown as GradingFunction;
}

const isMatrix = (a: unknown): a is Cell[][] => Array.isArray(a);
const lifted = (p: Param) => p.kind !== "option" && p.kind !== "population";

/** The pairing rule, written as plainly as possible. */
function reference(fn: GradingFunction, args: Arg[]): unknown[][] {
  const fixed: unknown[] = [];
  for (const [i, p] of fn.params.entries()) {
    const arg = args[i] ?? null;
    if (lifted(p) || p.kind === "population" || !isMatrix(arg)) fixed.push(arg);
    else if (arg.length === 1 && arg[0].length === 1) fixed.push(arg[0][0]);
    else return [["#VALUE!"]];
  }
  let [rows, cols] = [1, 1];
  fn.params.forEach((p, i) => {
    const arg = args[i];
    if (lifted(p) && isMatrix(arg)) {
      rows = Math.max(rows, arg.length);
      cols = Math.max(cols, arg[0]?.length ?? 0);
    }
  });
  const out: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: unknown[] = [];
    for (let c = 0; c < cols; c++) {
      const row = fn.params.map((p, i) => {
        const arg = fixed[i];
        if (!lifted(p) || !isMatrix(arg)) return arg;
        const cells = arg.length === 1 ? arg[0] : arg[r];
        if (cells === undefined) return undefined;
        const cell = cells.length === 1 ? cells[0] : cells[c];
        return cell === undefined && c < cells.length ? null : cell;
      });
      const outside = row.some((cell, i) => cell === undefined && lifted(fn.params[i]));
      line.push(outside ? "#N/A" : JSON.stringify(row));
    }
    out.push(line);
  }
  return out;
}

const cell = fc.oneof(fc.integer({ min: 0, max: 99 }), fc.constantFrom<Cell>("x", "", null));
const matrix = (rows: number, cols: number) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });
const arg = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 6 }).chain((n) => matrix(n, 1)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }))
      .chain(([r, c]) => matrix(r, c)),
  },
  { weight: 1, arbitrary: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 4 }) },
  { weight: 2, arbitrary: cell }
);
const kind = fc.constantFrom<Param["kind"]>("count", "count", "money", "option", "population");

test("liftOver pairs cells as the plain rule does", () => {
  fc.assert(
    fc.property(
      fc.array(kind, { minLength: 1, maxLength: 4 }),
      fc.array(arg, { maxLength: 4 }),
      (kinds, args) => {
        const fn = fnWith(kinds);
        const got = liftOver(
          fn,
          args as Arg[],
          (row) => JSON.stringify(row.slice(0, kinds.length)),
          (f) => f.code
        );
        expect(got).toEqual(reference(fn, args as Arg[]));
      }
    ),
    { numRuns: 3000 }
  );
});
