/**
 * Readers for every kind of input the standards take. Each reader accepts what people type
 * in Chinese office sheets and raises a GradeFailure (#VALUE!) naming the parameter and the
 * value when it cannot. Numbers are rounded to 10 significant digits before any comparison.
 */
import { invalid } from "../failure";
import { messages } from "../messages";
import { Cell, Text } from "../types";
import { foldWidth, round10, splitNumberAndUnit } from "./number-text";
import { isoFromParts, serialFromParts } from "./dates";

/** Anything with a label that messages can name. */
export interface Named {
  readonly label: Text;
}

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

const COUNT_UNITS = new Set([
  "",
  "人",
  "名",
  "位",
  "户",
  "家",
  "次",
  "起",
  "封",
  "个",
  "件",
  "处",
  "条",
  "辆",
  "艘",
  "台",
  "人次",
  "例",
  "people",
  "persons",
  "times",
]);
const MONEY_UNITS: ReadonlyMap<string, number> = new Map([
  ["", 1],
  ["元", 1],
  ["块", 1],
  ["万", 1e4],
  ["万元", 1e4],
  ["亿", 1e8],
  ["亿元", 1e8],
  ["千元", 1e3],
  ["百万", 1e6],
  ["百万元", 1e6],
  ["千万", 1e7],
  ["千万元", 1e7],
  ["yuan", 1],
  ["cny", 1],
  ["rmb", 1],
]);

function readNumberWithUnit(
  cell: Cell,
  p: Named,
  allowed: (unit: string) => boolean,
  units: string
) {
  if (typeof cell === "boolean") throw invalid(messages.booleanNotNumber(p.label, cell));
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw invalid(messages.notFinite(p.label, cell));
    return { value: cell, unit: "" };
  }
  const parsed = splitNumberAndUnit(String(cell));
  if (!parsed) throw invalid(messages.notANumber(p.label, cell));
  if (!allowed(parsed.unit)) throw invalid(messages.unknownUnit(p.label, cell, units));
  if (!Number.isFinite(parsed.value)) throw invalid(messages.notFinite(p.label, cell));
  return parsed;
}

/** Below this, a negative result is arithmetic residue (=1*(0.3-0.1-0.2) is -2.8e-17), i.e. 0. */
const RESIDUE = 1e-9;

function nonNegative(value: number, cell: Cell, p: Named): number {
  const v = round10(value);
  if (v < 0 && v > -RESIDUE) return 0;
  if (v < 0) throw invalid(messages.negative(p.label, cell));
  return v === 0 ? 0 : v;
}

/** A whole, non-negative count of people, households, letters…; blank is 0. */
export function readCount(cell: Cell, p: Named): number {
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= 0) return cell;
  if (isBlank(cell)) return 0;
  const { value } = readNumberWithUnit(cell, p, (u) => COUNT_UNITS.has(u), "人、户、次、起…");
  const v = nonNegative(value, cell, p);
  if (!Number.isInteger(v)) throw invalid(messages.notWhole(p.label, cell));
  return v;
}

/** A non-negative quantity that may be fractional (months, days, volumes, measures). */
export function readAmount(cell: Cell, p: Named, units: readonly string[] = []): number {
  if (typeof cell === "number" && cell >= 0 && Number.isFinite(cell)) return round10(cell);
  if (isBlank(cell)) return 0;
  const known = new Set(["", ...units]);
  const { value } = readNumberWithUnit(cell, p, (u) => known.has(u), units.join("、") || "无");
  return nonNegative(value, cell, p);
}

/** Money in yuan; text may carry 元, 万, 万元, 亿, 亿元 and thousands separators. */
export function readMoney(cell: Cell, p: Named): number {
  if (typeof cell === "number" && cell >= 0 && Number.isFinite(cell)) return round10(cell);
  if (isBlank(cell)) return 0;
  let source: Cell = cell;
  // ￥ (U+FFE5) is the sign a Chinese input method types; width folding leaves it as it is.
  if (typeof cell === "string")
    source = foldWidth(cell)
      .trim()
      .replace(/^[¥￥$]\s*/, "");
  const { value, unit } = readNumberWithUnit(
    source,
    p,
    (u) => MONEY_UNITS.has(u),
    "元、万元、亿元"
  );
  return nonNegative(value * (MONEY_UNITS.get(unit) as number), cell, p);
}

/** A share as a fraction: 0.3, 30% and "30%" are 0.3; a bare number above 1 is a percentage. */
export function readPercent(cell: Cell, p: Named): number {
  if (isBlank(cell)) return 0;
  const { value, unit } = readNumberWithUnit(cell, p, (u) => u === "" || u === "%", "%");
  // Rounded before the "above 1" test: =0.1*3/0.3 is 1.0000000000000002, which is 100 %.
  const bare = round10(value);
  let share = unit === "%" || bare > 1 ? bare / 100 : bare;
  share = nonNegative(share, cell, p);
  if (share > 1) throw invalid(messages.percentTooLarge(p.label, cell));
  return share;
}

const YES = new Set(["true", "1", "是", "有", "对", "y", "yes", "√", "✓", "✔"]);
const NO = new Set(["false", "0", "否", "无", "没有", "错", "n", "no", "×", "✗", "✘", "x"]);

/** Yes/no: TRUE/FALSE, 1/0, 是/否, 有/无, 对/错, Y/N, yes/no, √/×; blank is no. */
export function readYesNo(cell: Cell, p: Named): boolean {
  if (typeof cell === "boolean") return cell;
  if (isBlank(cell)) return false;
  if (typeof cell === "number") {
    if (cell === 1) return true;
    if (cell === 0) return false;
    throw invalid(messages.notYesNo(p.label, cell));
  }
  const word = foldWidth(String(cell)).trim().toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  throw invalid(messages.notYesNo(p.label, cell));
}

const ISO_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const CHINESE_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const DAY_OR_MONTH_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/**
 * A date: an Excel serial, or text as 2026-05-01, 2026/5/1, 2026.5.1 or 2026年5月1日.
 * Day-first or month-first text is refused, naming both readings when both exist.
 * Returns null for a blank.
 */
export function readDate(cell: Cell, p: Named): number | null {
  if (isBlank(cell)) return null;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < 1) throw invalid(messages.notADate(p.label, cell));
    return Math.floor(cell);
  }
  if (typeof cell === "boolean") throw invalid(messages.notADate(p.label, cell));
  const serial = parseDateText(String(cell), p, cell);
  if (serial === undefined) throw invalid(messages.notADate(p.label, cell));
  return serial;
}

/** Parses date text; undefined when the text is not a date at all. */
export function parseDateText(raw: string, p: Named, cell: Cell): number | undefined {
  const s = foldWidth(raw).trim();
  const iso = ISO_DATE.exec(s) ?? CHINESE_DATE.exec(s);
  if (iso) {
    const [year, month, day] =
      iso.length === 5 ? [iso[1], iso[3], iso[4]] : [iso[1], iso[2], iso[3]];
    const serial = serialFromParts(Number(year), Number(month), Number(day));
    if (serial === null) throw invalid(messages.noSuchDate(p.label, cell));
    return serial;
  }
  const dm = DAY_OR_MONTH_FIRST.exec(s);
  if (dm) {
    const [a, b, year] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
    const monthFirst = serialFromParts(year, a, b) !== null ? isoFromParts(year, a, b) : null;
    const dayFirst = serialFromParts(year, b, a) !== null ? isoFromParts(year, b, a) : null;
    if (monthFirst && dayFirst && monthFirst !== dayFirst) {
      throw invalid(messages.ambiguousDate(p.label, cell, monthFirst, dayFirst));
    }
    const only = monthFirst ?? dayFirst;
    if (only) throw invalid(messages.dayFirstDate(p.label, cell, only));
    throw invalid(messages.noSuchDate(p.label, cell));
  }
  return undefined;
}

/** A choice among named values; words are matched after folding width and case. */
export interface Choice<T> {
  readonly value: T;
  readonly words: readonly (string | number | boolean)[];
}

export function readChoice<T>(cell: Cell, p: Named, choices: readonly Choice<T>[]): T | null {
  if (isBlank(cell)) return null;
  const word = foldWidth(String(cell)).trim().toLowerCase();
  for (const choice of choices) {
    if (choice.words.some((w) => String(w).toLowerCase() === word)) return choice.value;
  }
  const shown = choices.map((c) => String(c.words[0])).join(" / ");
  throw invalid(messages.notOneOf(p.label, cell, shown));
}

/** Free text (descriptions); blank is "". */
export function readText(cell: Cell): string {
  if (isBlank(cell)) return "";
  return foldWidth(String(cell)).trim();
}
