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

const ZERO = 48;
const NINE = 57;
const COMMA = 44;
const DOT = 46;

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/**
 * Where the number ends in text typed the common way: ASCII digits, optionally grouped by
 * commas in threes (1,234,567), optionally with a decimal part; 0 when the text does not
 * start so. Whatever follows is the unit. Grading a column of "12人" or "0.8亿元" reads each
 * cell this way instead of through splitNumberAndUnit's folding, trimming and patterns;
 * text of any other shape (signs, spaces, full-width digits, exponents) takes that path.
 */
export function plainNumberEnd(s: string): number {
  const n = s.length;
  let i = 0;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  if (i === 0 || i === n) return i;
  if (i <= 3 && s.charCodeAt(i) === COMMA) {
    while (i < n && s.charCodeAt(i) === COMMA) {
      if (i + 3 >= n || !isDigit(s.charCodeAt(i + 1)) || !isDigit(s.charCodeAt(i + 2))) return 0;
      if (!isDigit(s.charCodeAt(i + 3))) return 0;
      i += 4;
    }
    if (i === n) return i;
    if (isDigit(s.charCodeAt(i))) return 0;
    if (s.charCodeAt(i) !== DOT) return i;
    // A grouped number's decimal point must have digits after it (parseBareNumber).
    if (i + 1 === n || !isDigit(s.charCodeAt(i + 1))) return 0;
    i += 2;
  } else if (s.charCodeAt(i) === DOT) i++;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  return i;
}

/** The value of the first `end` characters, which plainNumberEnd accepted. */
export function plainNumberValue(s: string, end: number): number {
  // Up to 15 digits an integer is exact however it is summed; beyond, or with a decimal
  // point, Number does the correctly rounded conversion.
  let n = 0;
  let digits = 0;
  let grouped = false;
  for (let k = 0; k < end; k++) {
    const code = s.charCodeAt(k);
    if (code === DOT) digits = Infinity;
    else if (code === COMMA) grouped = true;
    else {
      n = n * 10 + (code - ZERO);
      digits++;
    }
  }
  if (digits <= 15) return n;
  const text = s.slice(0, end);
  return Number(grouped ? text.split(",").join("") : text);
}

/**
 * The units, of those given, that the plain path may match as written: the ones
 * splitNumberAndUnit would also find in that text (no digits, nothing folding or trimming
 * or lower-casing changes, no trailing dot, nothing an exponent could swallow).
 */
export function unitsReadAsWritten(units: Iterable<string>): PlainUnits {
  const safe = new Set<string>();
  for (const unit of units) {
    if (foldWidth(unit).trim().toLowerCase() !== unit || /\d/.test(unit)) continue;
    if (unit.endsWith(".") || /^e/i.test(unit)) continue;
    safe.add(unit);
  }
  return new PlainUnits(safe);
}

/**
 * Finds the unit after a number without cutting it out of the text: units of one or two
 * characters (人, 万, 亿元) are looked up by their character codes.
 */
export class PlainUnits {
  private readonly singles = new Map<number, string>();
  private readonly pairs = new Map<number, string>();

  constructor(readonly units: ReadonlySet<string>) {
    for (const unit of units) {
      if (unit.length === 1) this.singles.set(unit.charCodeAt(0), unit);
      if (unit.length === 2) this.pairs.set(pairCode(unit, 0), unit);
    }
  }

  /** The unit that is all of `s` after `end`, or undefined when that is not one of them. */
  after(s: string, end: number): string | undefined {
    const length = s.length - end;
    if (length === 0) return this.units.has("") ? "" : undefined;
    if (length === 1) return this.singles.get(s.charCodeAt(end));
    if (length === 2) return this.pairs.get(pairCode(s, end));
    const unit = s.slice(end);
    return this.units.has(unit) ? unit : undefined;
  }
}

/** Two UTF-16 code units as one 32-bit integer. */
function pairCode(s: string, at: number): number {
  return (s.charCodeAt(at) << 16) | s.charCodeAt(at + 1);
}
