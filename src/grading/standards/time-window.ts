/**
 * "Within one week / one month / three months" windows shared by the customer rules. A date
 * is compared with the report date using calendar months (EDATE); a count of days converts
 * at 30 days a month; the end of every window is included (以内 includes the number).
 */
import { addCalendarMonths, isoFromSerial } from "../read/dates";
import { DAYS_PER_MONTH, Horizon } from "../read/horizon";
import { showNumber } from "../text";
import { Text } from "../types";

export type Window = { readonly days: number } | { readonly months: number };

export function windowText(w: Window): Text {
  if ("days" in w) return { zh: `${w.days}天内`, en: `within ${w.days} days` };
  return { zh: `${w.months}个月内`, en: `within ${w.months} month${w.months === 1 ? "" : "s"}` };
}

/**
 * EDATE(asOf, months) for the report date last asked about: every row of a column usually
 * shares one report date, and the calendar arithmetic is the costly part of a dated row.
 */
let monthEnds = { asOf: NaN, ends: new Map<number, number>() };

function monthsAfter(asOf: number, months: number): number {
  if (monthEnds.asOf !== asOf) monthEnds = { asOf, ends: new Map() };
  let end = monthEnds.ends.get(months);
  if (end === undefined) {
    end = addCalendarMonths(asOf, months);
    monthEnds.ends.set(months, end);
  }
  return end;
}

function within(h: Horizon, w: Window, asOf: number): boolean {
  if (h.kind === "date") {
    if ("days" in w) return h.serial - asOf <= w.days;
    return h.serial <= monthsAfter(asOf, w.months);
  }
  const days = h.kind === "days" ? h.days : h.months * DAYS_PER_MONTH;
  const limit = "days" in w ? w.days : w.months * DAYS_PER_MONTH;
  if (h.kind === "months" && "months" in w) return h.months <= w.months;
  return days <= limit;
}

export function isOverdue(h: Horizon, asOf: number): boolean {
  if (h.kind === "date") return h.serial < asOf;
  return (h.kind === "days" ? h.days : h.months) < 0;
}

/** The index of the first window the horizon falls in, or windows.length when none. */
export function windowIndex(h: Horizon, windows: readonly Window[], asOf: number): number {
  if (isOverdue(h, asOf)) return 0;
  for (let i = 0; i < windows.length; i++) if (within(h, windows[i], asOf)) return i;
  return windows.length;
}

/** How the horizon reads in a sentence: 2026-04-01 / 45天 / 3个月. */
export function horizonText(h: Horizon): Text {
  if (h.kind === "date") return { zh: isoFromSerial(h.serial), en: isoFromSerial(h.serial) };
  if (h.kind === "days") return { zh: `${showNumber(h.days)}天`, en: `${showNumber(h.days)} days` };
  return { zh: `${showNumber(h.months)}个月`, en: `${showNumber(h.months)} months` };
}

let lastNote = { asOf: NaN, defaulted: false, note: { zh: "", en: "" } };

/**
 * Names the report date used, saying when it was today by default. Every dated row of a
 * column names the same date, so the last note is kept and handed out again.
 */
export function asOfNote(asOf: number, defaulted: boolean): Text {
  if (lastNote.asOf !== asOf || lastNote.defaulted !== defaulted) {
    lastNote = { asOf, defaulted, note: noteFor(asOf, defaulted) };
  }
  return lastNote.note;
}

function noteFor(asOf: number, defaulted: boolean): Text {
  const iso = isoFromSerial(asOf);
  return defaulted
    ? {
        zh: `起算日期为计算当天 ${iso}（未提供 asOf）`,
        en: `counted from today, ${iso} (no asOf given)`,
      }
    : { zh: `起算日期 ${iso}`, en: `counted from ${iso}` };
}

export const overdueNote: Text = {
  zh: "已过起算日期，视为逾期",
  en: "already past the report date: overdue",
};
