/**
 * Property-based fuzzing of every custom function through its custom-function entry point,
 * a small run per function (the large one is `npm run fuzz`). Functions are taken from the
 * catalogue, so a standard added later is fuzzed without touching this file.
 */
import fc from "fast-check";
import { catalogue, findFunction } from "../../src/grading/catalogue";
import { customFunctionsById } from "../../src/functions/registry";
import { argsArb, degenerateArgsArb, explainCallArb, functionNameArb } from "./arguments";
import {
  checkCall,
  checkDegenerateCall,
  checkStandardsTable,
  checkUnknownFunction,
} from "./properties";

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

test("every catalogue function has a custom-function entry point", () => {
  expect(Object.keys(customFunctionsById).sort()).toEqual(
    [...catalogue.map((f) => f.id), "EXPLAIN", "STANDARDS"].sort()
  );
});

test("STANDARDS spills a rectangular table of values in both languages", () => {
  checkStandardsTable();
});

describe.each(catalogue.map((fn) => [fn.id, fn] as const))("%s", (_, fn) => {
  test("keeps every property for any mix of inputs", () => {
    fc.assert(
      fc.property(argsArb(fn), explainCallArb(fn), (args, how) => checkCall(fn, args, how)),
      { numRuns: RUNS, seed: SEED }
    );
  });

  test("returns well-formed results for ranges Excel never passes", () => {
    fc.assert(
      fc.property(degenerateArgsArb(fn), (args) => checkDegenerateCall(fn, args)),
      { numRuns: Math.ceil(RUNS / 4), seed: SEED }
    );
  });
});

test("EXPLAIN of an unknown function is one #VALUE! with a message", () => {
  fc.assert(
    fc.property(functionNameArb, (name) => {
      fc.pre(typeof name !== "string" || findFunction(name) === undefined);
      checkUnknownFunction(name, [[[1]]]);
    }),
    { numRuns: RUNS, seed: SEED }
  );
});
