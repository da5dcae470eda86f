/**
 * The large fuzzing run: `npm run fuzz [-- --runs 20000 --seed 42 --only FIRELEVEL]`.
 * Same arbitraries and properties as test/fuzz (see there), many more runs per function;
 * prints the seed, counts per function and every failure shrunk to a small counterexample.
 * Exits 1 when any property fails.
 */
import fc from "fast-check";
import { installCustomFunctionsRuntime } from "../src/functions/node-runtime";
import { catalogue, findFunction } from "../src/grading/catalogue";
import {
  argsArb,
  degenerateArgsArb,
  explainCallArb,
  functionNameArb,
} from "../test/fuzz/arguments";
import {
  checkCall,
  checkDegenerateCall,
  checkStandardsTable,
  checkUnknownFunction,
  emptyTally,
} from "../test/fuzz/properties";

installCustomFunctionsRuntime();

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
}

const runs = Number(option("runs") ?? process.env.FUZZ_RUNS ?? 20000);
const seed = Number(option("seed") ?? process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const only = option("only")?.toUpperCase();

let failures = 0;

function report<T>(name: string, details: fc.RunDetails<T>, extra = ""): void {
  const ran = details.numRuns;
  const seconds = (performance.now() - started) / 1000;
  if (!details.failed) {
    console.log(
      `${name.padEnd(22)} ${String(ran).padStart(6)} runs ${extra} ${seconds.toFixed(1)}s`
    );
    return;
  }
  failures++;
  console.log(`${name.padEnd(22)} FAILED after ${ran} runs`);
  console.log(fc.defaultReportMessage(details));
  const cause = details.errorInstance;
  console.log(`cause: ${cause instanceof Error ? cause.message : String(cause)}\n`);
}

let started = performance.now();
console.log(`GradeKit fuzz: ${runs} runs per function, seed ${seed}`);
console.log(
  `rerun with: npm run fuzz -- --seed ${seed} --runs ${runs}${only ? ` --only ${only}` : ""}`
);

for (const fn of catalogue) {
  if (only && fn.id !== only) continue;
  started = performance.now();
  const tally = emptyTally();
  const details = fc.check(
    fc.property(argsArb(fn), explainCallArb(fn), (args, how) => checkCall(fn, args, how, tally)),
    // Functions with the same parameters (INCIDENTLEVEL, WATERACCIDENTLEVEL) get other cases.
    { numRuns: runs, seed: seed + catalogue.indexOf(fn) }
  );
  const cells =
    tally.grades + tally.blanks + tally.valueErrors + tally.notCovered + tally.passedThrough;
  report(
    fn.id,
    details,
    `${String(cells).padStart(7)} cells: ${tally.grades} graded, ${tally.blanks} blank, ` +
      `${tally.valueErrors} #VALUE!, ${tally.notCovered} #N/A, ${tally.passedThrough} passed on,`
  );

  started = performance.now();
  const odd = fc.check(
    fc.property(degenerateArgsArb(fn), (args) => checkDegenerateCall(fn, args)),
    { numRuns: Math.ceil(runs / 10), seed }
  );
  report(`${fn.id} (odd ranges)`, odd);
}

if (!only) {
  try {
    checkStandardsTable();
    console.log("STANDARDS table            ok");
  } catch (e) {
    failures++;
    console.log(`STANDARDS table FAILED: ${e instanceof Error ? e.message : String(e)}`);
  }
  started = performance.now();
  const unknown = fc.check(
    fc.property(functionNameArb, (name) => {
      fc.pre(typeof name !== "string" || findFunction(name) === undefined);
      checkUnknownFunction(name, [[[1]]]);
    }),
    { numRuns: Math.ceil(runs / 10), seed }
  );
  report("EXPLAIN (unknown id)", unknown);
}

console.log(
  failures ? `${failures} propert${failures === 1 ? "y" : "ies"} failed` : "all properties hold"
);
process.exitCode = failures ? 1 : 0;
