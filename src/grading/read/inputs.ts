/**
 * Readers for every kind of input the standards take. Each reader accepts what people type
 * in Chinese office sheets and raises a GradeFailure (#VALUE!) naming the parameter and the
 * value when it cannot. Numbers are rounded to 10 significant digits before any comparison.
 */
import { invalid } from "../failure";
import { messages } from "../messages";
import { Cell } from "../types";
import {
  foldWidth,
  plainNumberEnd,
  plainNumberValue,
  PlainUnits,
  round10,
  splitNumberAndUnit,
  unitsReadAsWritten,
} from "./number-text";
import { isoFromParts, LAST_SERIAL, serialFromParts } from "./dates";
import { isBlank as blank, Named } from "./cell";
import { readChoice as choice, readText as text, readYesNo as yesNo } from "./words";

// Constants rather than `export … from`, which compiles to a getter read on every call.
export const isBlank = blank;
export const readChoice = choice;
export const readText = text;
export const readYesNo = yesNo;
export type { Named } from "./cell";
export type { Choice } from "./words";

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
const COUNT_UNITS_AS_WRITTEN = unitsReadAsWritten(COUNT_UNITS);
const MONEY_UNITS_AS_WRITTEN = unitsReadAsWritten(MONEY_UNITS.keys());

/**
 * The unit of text such as "12人" when the number ends at `end` (see plainNumberEnd) and
 * the rest is one of `units` exactly as written; undefined otherwise.
 */
function plainUnit(s: string, end: number, units: PlainUnits): string | undefined {
  return end === 0 ? undefined : units.after(s, end);
}

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
  // A unit can push a finite number past the largest double ("1e301亿").
  if (!Number.isFinite(value)) throw invalid(messages.notFinite(p.label, cell));
  const v = round10(value);
  if (v < 0 && v > -RESIDUE) return 0;
  if (v < 0) throw invalid(messages.negative(p.label, cell));
  return v === 0 ? 0 : v;
}

/** A whole, non-negative count of people, households, letters…; blank is 0. */
export function readCount(cell: Cell, p: Named): number {
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= 0) return cell;
  if (typeof cell === "string") {
    const end = plainNumberEnd(cell);
    if (plainUnit(cell, end, COUNT_UNITS_AS_WRITTEN) !== undefined) {
      const value = plainNumberValue(cell, end);
      if (Number.isFinite(value)) return wholeCount(value, cell, p);
    }
  }
  if (isBlank(cell)) return 0;
  const { value } = readNumberWithUnit(cell, p, (u) => COUNT_UNITS.has(u), "人、户、次、起…");
  return wholeCount(value, cell, p);
}

function wholeCount(value: number, cell: Cell, p: Named): number {
  const v = nonNegative(value, cell, p);
  if (!Number.isInteger(v)) throw invalid(messages.notWhole(p.label, cell));
  return v;
}

const NO_UNITS: readonly string[] = [];
const amountUnits = new WeakMap<readonly string[], { all: Set<string>; asWritten: PlainUnits }>();

function unitsOfAmount(units: readonly string[]) {
  let known = amountUnits.get(units);
  if (known === undefined) {
    const all = new Set(["", ...units]);
    known = { all, asWritten: unitsReadAsWritten(all) };
    amountUnits.set(units, known);
  }
  return known;
}

/** A non-negative quantity that may be fractional (months, days, volumes, measures). */
export function readAmount(cell: Cell, p: Named, units: readonly string[] = NO_UNITS): number {
  if (typeof cell === "number" && cell >= 0 && Number.isFinite(cell)) return round10(cell);
  const known = unitsOfAmount(units);
  if (typeof cell === "string") {
    const end = plainNumberEnd(cell);
    if (plainUnit(cell, end, known.asWritten) !== undefined) {
      const value = plainNumberValue(cell, end);
      if (Number.isFinite(value)) return nonNegative(value, cell, p);
    }
  }
  if (isBlank(cell)) return 0;
  const { value } = readNumberWithUnit(cell, p, (u) => known.all.has(u), units.join("、") || "无");
  return nonNegative(value, cell, p);
}

/** Money in yuan; text may carry 元, 万, 万元, 亿, 亿元 and thousands separators. */
export function readMoney(cell: Cell, p: Named): number {
  if (typeof cell === "number" && cell >= 0 && Number.isFinite(cell)) return round10(cell);
  if (typeof cell === "string") {
    const end = plainNumberEnd(cell);
    const unit = plainUnit(cell, end, MONEY_UNITS_AS_WRITTEN);
    if (unit !== undefined) {
      const value = plainNumberValue(cell, end);
      const factor = MONEY_UNITS.get(unit) as number;
      if (Number.isFinite(value)) return nonNegative(value * factor, cell, p);
    }
  }
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
    if (!(cell >= 1 && cell < LAST_SERIAL + 1)) throw invalid(messages.notADate(p.label, cell));
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
