/**
 * The properties every custom function must keep whatever it is given. `checkCall` calls
 * the function and EXPLAIN in Chinese and in English and throws a FuzzViolation naming the
 * first broken property; it never uses Jest, so the `npm run fuzz` script shares it.
 */
import { GradingFunction } from "../../src/grading/types";
import { useLanguage } from "../../src/functions/excel-values";
import { customFunctionsById } from "../../src/functions/registry";
import {
  call,
  checkCell,
  checkEnglish,
  checkExplained,
  checkValue,
  fail,
  inputText,
  isExcelError,
  Lang,
  show,
  stringsIn,
} from "./checks";
import { codesIn, Expected, expectedOf, isErrorCell, passedThroughCode } from "./model";

export { FuzzViolation } from "./checks";
/** What the calls gave, for the script's tallies. */
export interface Tally {
  grades: number;
  blanks: number;
  valueErrors: number;
  notCovered: number;
  passedThrough: number;
}

export function emptyTally(): Tally {
  return { grades: 0, blanks: 0, valueErrors: 0, notCovered: 0, passedThrough: 0 };
}

interface Results {
  values: unknown[][];
  explained: unknown[][];
}

function runIn(
  lang: Lang,
  fn: GradingFunction,
  args: readonly unknown[],
  explainName: string,
  explainArgs: readonly unknown[]
): Results {
  const custom = customFunctionsById[fn.id];
  const explain = customFunctionsById.EXPLAIN;
  useLanguage(lang);
  try {
    return {
      values: call(`${fn.id} (${lang})`, () => custom(...args)),
      explained: call(`EXPLAIN ${fn.id} (${lang})`, () => explain(explainName, ...explainArgs)),
    };
  } finally {
    useLanguage(undefined);
  }
}

function trimTrailingOmitted(args: readonly unknown[]): unknown[] {
  const out = [...args];
  while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === undefined))
    out.pop();
  return out;
}

function checkShape(where: string, got: unknown[][], expected: Expected) {
  const [rows, cols] = expected.kind === "lifted" ? [expected.rows, expected.cols] : [1, 1];
  if (got.length !== rows || got[0].length !== cols)
    fail(where, `shape ${got.length}×${got[0].length}, lifted shape is ${rows}×${cols}`);
}

/** Calls `fn` and EXPLAIN with `args` in both languages and checks every property. */
export function checkCall(
  fn: GradingFunction,
  args: readonly unknown[],
  explainCall: { name: string; trimTrailing: boolean },
  tally: Tally = emptyTally()
): void {
  const explainArgs = explainCall.trimTrailing ? trimTrailingOmitted(args) : args;
  const zh = runIn("zh", fn, args, explainCall.name, explainArgs);
  const en = runIn("en", fn, args, explainCall.name, explainArgs);
  const expected = expectedOf(fn, args);
  for (const [lang, got] of [
    ["zh", zh],
    ["en", en],
  ] as const) {
    checkShape(`${fn.id} (${lang})`, got.values, expected);
    checkShape(`EXPLAIN ${fn.id} (${lang})`, got.explained, expected);
  }

  if (expected.kind === "rangeAsOption") {
    const v = zh.values[0][0];
    if (!isExcelError(v) || v.code !== "#VALUE!")
      fail(fn.id, "a range as an option is not #VALUE!", v);
    checkValue(fn.id, v, [], "");
    checkExplained(`EXPLAIN ${fn.id}`, v, zh.explained[0][0], "zh", "");
    checkEnglish(fn.id, v, en.values[0][0], []);
    tally.valueErrors++;
    return;
  }

  expected.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      const where = `${fn.id} cell (${r},${c})`;
      const inputs = inputText(cell.row);
      const quoted = stringsIn(cell.row);
      for (const [lang, got] of [
        ["zh", zh],
        ["en", en],
      ] as const) {
        checkCell(`${where} ${lang}`, fn, got.values[r][c], cell);
        checkValue(`EXPLAIN ${where} ${lang}`, got.explained[r][c], cell.inputErrors, inputs);
        checkExplained(`${where} ${lang}`, got.values[r][c], got.explained[r][c], lang, inputs);
      }
      const v = zh.values[r][c];
      if (!isExcelError(v) && en.values[r][c] !== v)
        fail(where, `the value depends on the language (${show(v)})`, en.values[r][c]);
      checkEnglish(where, v, en.values[r][c], quoted);
      checkEnglish(`EXPLAIN ${where}`, zh.explained[r][c], en.explained[r][c], quoted);
      count(tally, v);
    })
  );
}

function count(tally: Tally, v: unknown) {
  if (v === "") tally.blanks++;
  else if (!isExcelError(v)) tally.grades++;
  else if (v.code === "#VALUE!") tally.valueErrors++;
  else if (v.code === "#N/A") tally.notCovered++;
  else tally.passedThrough++;
}

/** Ranges Excel never passes (empty or ragged): still a well-formed result, never a throw. */
export function checkDegenerateCall(fn: GradingFunction, args: readonly unknown[]): void {
  for (const lang of ["zh", "en"] as const) {
    const got = runIn(lang, fn, args, fn.id, args);
    for (const result of [got.values, got.explained])
      for (const row of result)
        for (const v of row) checkValue(`${fn.id} (${lang})`, v, codesIn(args), inputText(args));
  }
}

/**
 * EXPLAIN of a name that is no function: one #VALUE! naming the known ids, or the error
 * itself when the name is an error cell.
 */
export function checkUnknownFunction(name: unknown, args: readonly unknown[]): void {
  const code = isErrorCell(name) ? passedThroughCode(name) : "#VALUE!";
  for (const lang of ["zh", "en"] as const) {
    useLanguage(lang);
    try {
      const got = call(`EXPLAIN ${show(name)}`, () => customFunctionsById.EXPLAIN(name, ...args));
      const v = got[0][0];
      if (got.length !== 1 || got[0].length !== 1 || !isExcelError(v) || v.code !== code)
        fail(`EXPLAIN ${show(name)}`, `an unknown function is not a single ${code}`, got);
      checkValue(`EXPLAIN ${show(name)}`, v, [code], "");
    } finally {
      useLanguage(undefined);
    }
  }
}

/** STANDARDS: a rectangular table (call() checks that) of values Excel can show. */
export function checkStandardsTable(): void {
  for (const lang of ["zh", "en"] as const) {
    useLanguage(lang);
    try {
      const table = call(`STANDARDS (${lang})`, () => customFunctionsById.STANDARDS());
      for (const row of table)
        for (const v of row) {
          checkValue(`STANDARDS (${lang})`, v, [], "");
          if (isExcelError(v)) fail(`STANDARDS (${lang})`, "the table holds an error", v);
        }
    } finally {
      useLanguage(undefined);
    }
  }
}
