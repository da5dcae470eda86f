/**
 * Formula text as Excel stores it in sheet XML, turned into what the formula engine reads:
 * custom-function prefixes removed, and shared formulas moved to each cell they cover.
 *
 * Excel saves a JavaScript custom function as `_xldudf_GRADE_ID(` (the namespace's dot
 * becomes an underscore); a broken link to another add-in shows up as `[2]!_xldudf_…`; a
 * name typed before the add-in was known is saved as `_xludf.GRADE.ID(`; XLL-style saves use
 * `_xll.`. Newer built-in functions carry `_xlfn.` (and `_xlws.` for sheet functions).
 */

/** Calls `each` on the parts of a formula outside string literals and quoted sheet names. */
function mapOutsideQuotes(formula: string, each: (code: string) => string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const quote = formula[i];
    if (quote === '"' || quote === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === quote && formula[j + 1] === quote) j += 2;
        else if (formula[j] === quote) break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j++;
    out += each(formula.slice(i, j));
    i = j;
  }
  return out;
}

const GRADE_CALL =
  /(?<![\w.])(?:\[\d+\]!)?(?:_xldudf_|_xludf\.|_xll\.)?(GRADE(?:DEV)?)[._]([A-Z][A-Z0-9]*)(?=\s*\()/gi;
const FUTURE_PREFIX = /\b_xl(?:fn|ws)\./gi;

/** The formula in the engine's spelling: GRADE.ID( for every stored spelling, 1e6 for 1E6. */
export function toEngineFormula(stored: string): string {
  const formula = withLowerCaseExponents(stored);
  return mapOutsideQuotes(formula, (code) =>
    code
      .replace(
        GRADE_CALL,
        (_m, ns: string, id: string) => `${ns.toUpperCase()}.${id.toUpperCase()}`
      )
      .replace(FUTURE_PREFIX, "")
  );
}

/**
 * A number with a capital E exponent (1E6, 1.2E+7, .5E-3), not part of a name, function or
 * reference: E7, A1E5, LOG10E2(…), Sheet1E5!A1 and names like 成本1E5 are left alone.
 */
const CAPITAL_EXPONENT =
  /(?<![\p{L}\p{N}_.$\\])(\d+\.?\d*|\.\d+)E([+-]?\d+)(?![\p{L}\p{N}_.(!:$\\])/gu;

/**
 * Excel writes exponents with a capital E; HyperFormula's lexer reads only a small e. Numbers
 * become `1.2e+7` outside string literals, quoted sheet names and [bracketed] parts.
 */
export function withLowerCaseExponents(formula: string): string {
  return mapOutsideQuotes(formula, (code) =>
    code
      .split(/(\[[^\]]*\])/)
      .map((part, i) => (i % 2 === 1 ? part : part.replace(CAPITAL_EXPONENT, "$1e$2")))
      .join("")
  );
}

/** Whether a stored formula calls a GRADE function. */
export function callsGrade(stored: string): boolean {
  let found = false;
  mapOutsideQuotes(stored, (code) => {
    GRADE_CALL.lastIndex = 0;
    if (GRADE_CALL.test(code)) found = true;
    return code;
  });
  return found;
}

// A cell reference not part of a name or function: $A$1, A1, $A1, A$1 (optionally Sheet!A1).
const REFERENCE = /(^|[^A-Za-z0-9_.!$:]|!|:)(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnNumber(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * A shared formula as it applies `rows` rows down and `cols` columns across from the cell
 * that holds its text: relative references move, absolute ($) parts stay.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return mapOutsideQuotes(formula, (code) =>
    code.replace(
      REFERENCE,
      (_m, before: string, dc: string, col: string, dr: string, row: string) => {
        const c = dc ? col : letters(columnNumber(col) + cols);
        const r = dr ? row : String(Number(row) + rows);
        return `${before}${dc}${c}${dr}${r}`;
      }
    )
  );
}

/** "B12" → { row: 11, col: 1 } (zero-based). */
export function parseAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnNumber(m[1]) };
}

/** "E2:E100" → its corners (zero-based); a single address is a 1×1 range. */
export function parseRange(ref: string): {
  top: number;
  left: number;
  bottom: number;
  right: number;
} {
  const [a, b = a] = ref.split(":");
  const start = parseAddress(a);
  const end = parseAddress(b);
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

export { letters as columnLetters };
