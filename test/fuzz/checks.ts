/**
 * Checks on single values: what Excel can show (property 1), messages (2), blank rows,
 * unreadable inputs and labels (3, 4), EXPLAIN's agreement (5) and English wording (6).
 * Each throws a FuzzViolation naming the cell, the broken property and the value.
 */
import { pickEdition } from "../../src/grading/edition";
import { GradingFunction } from "../../src/grading/types";
import { ExpectedCell } from "./model";
import { untranslated } from "./vocabulary";

export class FuzzViolation extends Error {}

export type Lang = "zh" | "en";

interface ExcelError {
  readonly code: string;
  readonly message?: string;
}

const MESSAGE_CODES = new Set(["#VALUE!", "#N/A"]);
const INTERNAL = /内部错误|internal error/i;
const NOISE = ["undefined", "[object Object]", "NaN", "Infinity"];

export function isExcelError(v: unknown): v is ExcelError {
  return v instanceof CustomFunctions.Error;
}

export function show(v: unknown): string {
  if (isExcelError(v))
    return `Error(${v.code}${v.message ? `, ${JSON.stringify(v.message)}` : ""})`;
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  return JSON.stringify(v) ?? String(v);
}

export function fail(where: string, what: string, got?: unknown): never {
  throw new FuzzViolation(`${where}: ${what}${got === undefined ? "" : `; got ${show(got)}`}`);
}

export function call(where: string, run: () => unknown): unknown[][] {
  let result: unknown;
  try {
    result = run();
  } catch (e) {
    fail(where, `threw ${e instanceof Error ? e.stack : String(e)}`);
  }
  if (!Array.isArray(result) || result.length === 0) fail(where, "not a 2-D array", result);
  const width = (result[0] as unknown[])?.length;
  for (const row of result as unknown[]) {
    if (!Array.isArray(row) || row.length === 0 || row.length !== width)
      fail(where, "rows are not arrays of one width", result);
  }
  return result as unknown[][];
}

/** Property 1 and 2: a value Excel can show, and messages only where Excel shows them. */
export function checkValue(
  where: string,
  v: unknown,
  allowedCodes: readonly string[],
  inputs: string
) {
  if (isExcelError(v)) {
    if (!MESSAGE_CODES.has(v.code) && !allowedCodes.includes(v.code))
      fail(where, `error code not #VALUE!, #N/A or an input's (${allowedCodes.join(" ")})`, v);
    if (MESSAGE_CODES.has(v.code)) {
      if (typeof v.message !== "string" || v.message.trim() === "")
        fail(where, `${v.code} without a message`, v);
      if (INTERNAL.test(v.message)) fail(where, "internal error", v);
      checkNoise(where, v.message, inputs);
    } else if (v.message) fail(where, `${v.code} carries a message Excel drops`, v);
    return;
  }
  if (typeof v === "string" || typeof v === "boolean") return;
  if (typeof v === "number" && Number.isFinite(v)) return;
  fail(where, "not a string, finite number, boolean or CustomFunctions.Error", v);
}

/** No leaked undefined / NaN / [object Object] unless the input itself said so. */
export function checkNoise(where: string, text: string, inputs: string) {
  for (const word of NOISE)
    if (text.includes(word) && !inputs.includes(word)) fail(where, `text contains ${word}`, text);
}

export function inputText(row: readonly unknown[]): string {
  const flat = (v: unknown): string[] =>
    Array.isArray(v) ? v.flatMap(flat) : typeof v === "object" && v !== null ? [] : [String(v)];
  return row.flatMap(flat).join("\u0000");
}

export function stringsIn(row: readonly unknown[]): string[] {
  const flat = (v: unknown): string[] =>
    Array.isArray(v) ? v.flatMap(flat) : typeof v === "string" ? [v] : [];
  return row.flatMap(flat);
}

/** The labels a value may take: the chosen edition's, when it declares any. */
function allowedLabels(fn: GradingFunction, cell: ExpectedCell): readonly unknown[] | null {
  const at = fn.params.findIndex((p) => p.kind === "edition");
  let labels = fn.editions[0].labels;
  if (at >= 0) {
    try {
      labels = pickEdition(fn, cell.row[at] as never).labels;
    } catch {
      return [];
    }
  }
  return labels.length > 0 ? labels : null;
}

/** Properties 3 and 4 for one cell of the function's own result. */
export function checkCell(where: string, fn: GradingFunction, v: unknown, cell: ExpectedCell) {
  const inputs = inputText(cell.row);
  checkValue(where, v, cell.inputErrors, inputs);
  if (cell.outside) {
    if (!isExcelError(v) || v.code !== "#N/A")
      fail(where, "outside a smaller range but not #N/A", v);
    return;
  }
  if (cell.blank) {
    if (v !== "") fail(where, 'every required input blank but not ""', v);
    return;
  }
  if (v === "") fail(where, 'a row with inputs gives ""');
  if (cell.rowHasError && !isExcelError(v)) fail(where, "an input error was not passed on", v);
  // An error cell in the row may pass its own code on instead.
  if (cell.unreadable && !cell.rowHasError && (!isExcelError(v) || v.code !== "#VALUE!"))
    fail(where, "an input that cannot be read is not #VALUE!", v);
  if (isExcelError(v)) return;
  const labels = allowedLabels(fn, cell);
  if (labels && !labels.includes(v as never))
    fail(where, `not one of the edition's labels (${labels.join(" / ")})`, v);
}

/** Property 5: EXPLAIN opens with the very label, fails with the same code, is blank alike. */
export function checkExplained(
  where: string,
  v: unknown,
  said: unknown,
  lang: Lang,
  inputs: string
) {
  if (isExcelError(v)) {
    if (!isExcelError(said) || said.code !== v.code) fail(where, `EXPLAIN is not ${v.code}`, said);
    return;
  }
  if (v === "") {
    if (said !== "") fail(where, 'EXPLAIN of a blank row is not ""', said);
    return;
  }
  // Excel shows a logical result as TRUE / FALSE, and EXPLAIN may name it either way.
  const names = typeof v === "boolean" ? [String(v).toUpperCase(), String(v)] : [String(v)];
  const openings = names.map((name) => `${name}${lang === "en" ? ": " : "："}`);
  const opens = (o: string) =>
    typeof said === "string" && said.startsWith(o) && said.length > o.length;
  if (!openings.some(opens)) fail(where, `EXPLAIN does not open with "${openings[0]}"`, said);
  checkNoise(where, said as string, inputs);
}

/** Property 6: English differs from Chinese and carries no Chinese wording of its own. */
export function checkEnglish(where: string, zh: unknown, en: unknown, quoted: readonly string[]) {
  if (isExcelError(zh)) {
    if (!isExcelError(en) || en.code !== zh.code) fail(where, "English gives another outcome", en);
    if (zh.message && en.message === zh.message) fail(where, "English message is the Chinese", en);
    const han = untranslated(en.message ?? "", quoted);
    if (han.length)
      fail(where, `English message has Chinese wording or typography ${han.join(" ")}`, en);
    return;
  }
  if (typeof zh === "string" && typeof en === "string" && zh.length > 0 && zh.includes("：")) {
    if (en === zh) fail(where, "English EXPLAIN is the Chinese", en);
    const han = untranslated(en, quoted);
    if (han.length)
      fail(where, `English EXPLAIN has Chinese wording or typography ${han.join(" ")}`, en);
  }
}
