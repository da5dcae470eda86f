/**
 * Dates as Excel serial numbers (days since 1899-12-30) and the calendar arithmetic the
 * rules need. Calendar months follow Excel's EDATE: 31 January + 1 month is 28/29 February.
 */
import { addMonths } from "date-fns/addMonths";

const MS_PER_DAY = 86_400_000;

/** The serial of 9999-12-31, the last date Excel has. */
export const LAST_SERIAL = 2958465;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** The Excel serial of a calendar date; null when the date does not exist (2026-02-30). */
export function serialFromParts(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return null;
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round((utc - SERIAL_EPOCH_UTC) / MS_PER_DAY);
}

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function partsFromSerial(serial: number): DateParts {
  const d = new Date(SERIAL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isoFromSerial(serial: number): string {
  const { year, month, day } = partsFromSerial(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isoFromParts(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * EDATE(serial, months): the same day `months` calendar months later, clamped to month end.
 * Past 9999-12-31, where Excel has no dates, it is Infinity: every real date lies before it.
 */
export function addCalendarMonths(serial: number, months: number): number {
  const { year, month, day } = partsFromSerial(serial);
  const shifted = addMonths(new Date(year, month - 1, day), months);
  const found = serialFromParts(shifted.getFullYear(), shifted.getMonth() + 1, shifted.getDate());
  return found ?? Infinity;
}

/** Today's date in the local time zone as an Excel serial. */
export function todaySerial(now: Date = new Date()): number {
  return serialFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate()) as number;
}
