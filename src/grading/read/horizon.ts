/**
 * A point in time a customer rule looks at: a date, or a span from the report date given
 * in days or months. Day counts convert at 30 days a month; dates use calendar months.
 */
import { invalid } from "../failure";
import { messages } from "../messages";
import { Cell } from "../types";
import { isBlank, Named, parseDateText } from "./inputs";
import { LAST_SERIAL } from "./dates";
import { round10, splitNumberAndUnit } from "./number-text";

export type Horizon =
  | { readonly kind: "date"; readonly serial: number }
  | { readonly kind: "days"; readonly days: number }
  | { readonly kind: "months"; readonly months: number };

/** A number at or above this is an Excel date serial, below it a count of days or months. */
export const SERIAL_FLOOR = 1000;
export const DAYS_PER_MONTH = 30;

const DAY_UNITS = new Set(["天", "日", "d", "day", "days"]);
const WEEK_UNITS = new Set(["周", "星期", "个星期", "w", "wk", "week", "weeks"]);
const MONTH_UNITS = new Set(["月", "个月", "m", "mo", "month", "months"]);
const YEAR_UNITS = new Set(["年", "y", "yr", "year", "years"]);

/**
 * Reads a date or a span. A bare number below 1000 is a span in `bareUnit`; negative spans
 * are allowed (they mean overdue). Returns null for a blank.
 */
export function readHorizon(cell: Cell, p: Named, bareUnit: "days" | "months"): Horizon | null {
  if (isBlank(cell)) return null;
  if (typeof cell === "boolean") throw invalid(messages.notAHorizon(p.label, cell));
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw invalid(messages.notFinite(p.label, cell));
    if (cell >= SERIAL_FLOOR) return dateSerial(cell, p, cell);
    return span(round10(cell), bareUnit);
  }
  const serial = parseDateText(String(cell), p, cell);
  if (serial !== undefined) return { kind: "date", serial };

  const parsed = splitNumberAndUnit(String(cell));
  if (!parsed || !Number.isFinite(parsed.value)) throw invalid(messages.notAHorizon(p.label, cell));
  const n = round10(parsed.value);
  // Weeks and years are multiplied out below; a number that would overflow is no span.
  if (!Number.isFinite(n * 12)) throw invalid(messages.notFinite(p.label, cell));
  const unit = parsed.unit;
  if (unit === "") return n >= SERIAL_FLOOR ? dateSerial(n, p, cell) : span(n, bareUnit);
  if (DAY_UNITS.has(unit)) return { kind: "days", days: n };
  if (WEEK_UNITS.has(unit)) return { kind: "days", days: n * 7 };
  if (MONTH_UNITS.has(unit)) return { kind: "months", months: n };
  if (YEAR_UNITS.has(unit)) return { kind: "months", months: n * 12 };
  throw invalid(messages.notAHorizon(p.label, cell));
}

/**
 * Throws what readHorizon would for a cell a rule does not need on this row (a potential
 * customer's expected close), so a value that cannot be read is still #VALUE!. A number
 * is checked in place, so a column of numbers allocates nothing.
 */
export function checkHorizon(cell: Cell, p: Named): void {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw invalid(messages.notFinite(p.label, cell));
    if (cell >= LAST_SERIAL + 1) throw invalid(messages.notADate(p.label, cell));
    return;
  }
  readHorizon(cell, p, "months");
}

/** A number from 1000 up is a date serial; Excel has no date after 9999-12-31. */
function dateSerial(n: number, p: Named, cell: Cell): Horizon {
  if (n >= LAST_SERIAL + 1) throw invalid(messages.notADate(p.label, cell));
  return { kind: "date", serial: Math.floor(n) };
}

function span(n: number, unit: "days" | "months"): Horizon {
  return unit === "days" ? { kind: "days", days: n } : { kind: "months", months: n };
}
