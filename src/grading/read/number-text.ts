/**
 * Reading numbers out of what people type into cells: full-width digits, thousands
 * separators, a leading apostrophe, units such as 人 or 万元, percentages.
 */

const FULL_WIDTH_OFFSET = 0xfee0;

/** Folds full-width ASCII (１２，３４５．６％) to half-width and odd spaces to plain ones. */
export function foldWidth(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    else if (ch === "\u3000" || ch === "\u00a0" || ch === "\u202f" || ch === "\u2009") out += " ";
    else if (ch === "\u2212") out += "-";
    else if (ch === "。" || ch === "．") out += ".";
    else out += ch;
  }
  return out;
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:([, ])\d{3})(?:\1\d{3})*(?:\.\d+)?$/;

/** Parses a bare number with optional thousands separators; NaN when it is not one. */
export function parseBareNumber(s: string): number {
  const t = s.trim();
  if (PLAIN_NUMBER.test(t)) return Number(t);
  if (GROUPED_NUMBER.test(t)) return Number(t.replace(/[, ]/g, ""));
  return NaN;
}

export interface NumberWithUnit {
  readonly value: number;
  /** The unit as written, trimmed and lower-cased ("" when there was none). */
  readonly unit: string;
}

const NUMBER_THEN_UNIT =
  /^([+-]?(?:\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.\d*)?(?:e[+-]?\d+)?|[+-]?\.\d+)\s*(\D*?)\.?$/i;

/**
 * Splits text into a number and the unit after it: "12人" → 12 "人", "0.8亿元" → 0.8 "亿元",
 * "3 months" → 3 "months". Returns null when the text does not start with a number.
 */
export function splitNumberAndUnit(raw: string): NumberWithUnit | null {
  let s = foldWidth(raw).trim();
  if (s.startsWith("'")) s = s.slice(1).trim();
  const m = NUMBER_THEN_UNIT.exec(s);
  if (!m) return null;
  const value = parseBareNumber(m[1]);
  if (Number.isNaN(value)) return null;
  return { value, unit: m[2].trim().toLowerCase() };
}

/**
 * Rounds to 10 significant digits so that a value that displays as a threshold counts as
 * the threshold (=0.7-0.4 is 0.3, not 0.29999999999999993), while 0.2999 stays 0.2999.
 * Whole numbers below 1e10 are already exact and skip the string round trip.
 */
export function round10(x: number): number {
  if (Number.isInteger(x) && x < 1e10 && x > -1e10) return x;
  if (!Number.isFinite(x) || x === 0) return x;
  // Near Number.MAX_VALUE rounding up would overflow to Infinity: keep the value as it is.
  const rounded = Number(x.toPrecision(10));
  return Number.isFinite(rounded) ? rounded : x;
}
