/**
 * Preparing a table whose columns do not say what a standard asks for: mapping a column's
 * own words onto the standard's (--value-map), setting rows aside (--skip), and deriving a
 * date from another (--derive expectedClose=engage_date+median(close_date-engage_date|…)).
 */
import { Cell, GradingFunction, Text } from "../grading";
import { messages } from "../grading/messages";
import { findParam, sameHeader } from "./column-sources";
import { isBlank, readDate } from "../grading/read/inputs";
import { foldWidth } from "../grading/read/number-text";
import { InputError, rowsOf, Table } from "./table";

/** A column value → the word the standard uses, for one parameter. */
export interface ValueMap {
  readonly param: number;
  readonly pairs: ReadonlyMap<string, string>;
}

/** Rows whose column holds this value are counted apart, not graded. */
export interface SkipRule {
  readonly column: number;
  readonly header: string;
  readonly value: string;
}

/** A parameter computed as a date column plus a number of days. */
export interface Derivation {
  readonly param: number;
  readonly dateColumn: number;
  readonly days: number;
  /** How the days were found, for the user: "57 days = median(…) over 4238 rows". */
  readonly how: Text;
}

export interface Preparation {
  readonly valueMaps: readonly ValueMap[];
  readonly skips: readonly SkipRule[];
  readonly derivations: readonly Derivation[];
}

export const NO_PREPARATION: Preparation = { valueMaps: [], skips: [], derivations: [] };

/** The key a value is matched by: width folded, trimmed, case ignored (as Excel's =). */
export function matchKey(cell: Cell): string {
  return isBlank(cell) ? "" : foldWidth(String(cell)).trim().toLowerCase();
}

function columnOf(table: Table, header: string): number {
  const i = table.headers.findIndex((h) => sameHeader(String(h ?? ""), header));
  if (i < 0) {
    throw new InputError(messages.noSuchColumn(header, table.headers.map(String)));
  }
  return i;
}

function paramOf(fn: GradingFunction, name: string): number {
  const i = findParam(fn, name);
  if (i < 0) {
    throw new InputError(messages.unknownParameter(name, fn.id, fn.params));
  }
  return i;
}

/** Parses `need:Engaging=明确,Prospecting=潜在,Lost=无`. */
export function parseValueMap(fn: GradingFunction, spec: string): ValueMap {
  const colon = spec.indexOf(":");
  if (colon < 0) throw new InputError(messages.valueMapForm(spec));
  const pairs = new Map<string, string>();
  for (const pair of spec.slice(colon + 1).split(",")) {
    const eq = pair.indexOf("=");
    if (eq < 0) throw new InputError(messages.valueMapPair(pair));
    pairs.set(matchKey(pair.slice(0, eq)), pair.slice(eq + 1).trim());
  }
  return { param: paramOf(fn, spec.slice(0, colon).trim()), pairs };
}

/** Parses `deal_stage=Won`. */
export function parseSkip(table: Table, spec: string): SkipRule {
  const eq = spec.indexOf("=");
  if (eq < 0) throw new InputError(messages.skipForm(spec));
  const header = spec.slice(0, eq).trim();
  return { column: columnOf(table, header), header, value: matchKey(spec.slice(eq + 1)) };
}

const DERIVE = /^([^=]+)=([^+]+)\+\s*(.+)$/;
const MEDIAN = /^median\(\s*([^-|)]+?)\s*-\s*([^|)]+?)\s*(?:\|\s*([^=)]+?)\s*=\s*([^)]*?)\s*)?\)$/i;

/** The day number of a date cell, or null when blank or not a date. */
function dayOf(cell: Cell, header: string): number | null {
  try {
    return readDate(cell, { label: { zh: header, en: header } });
  } catch {
    return null;
  }
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Parses `expectedClose=engage_date+30` or
 * `expectedClose=engage_date+median(close_date-engage_date|deal_stage=Won)`; the median is
 * taken over the rows where both dates are present (and the filter holds), in whole days.
 */
export async function parseDerivation(
  fn: GradingFunction,
  table: Table,
  spec: string
): Promise<Derivation> {
  const m = DERIVE.exec(spec.trim());
  if (!m) throw new InputError(messages.deriveForm(spec));
  const param = paramOf(fn, m[1].trim());
  // A derived value is a date (a day serial): only a date or a horizon may take one.
  const kind = fn.params[param].kind;
  if (kind !== "date" && kind !== "horizon") {
    throw new InputError({
      zh: `--derive 计算的是日期，而 ${fn.id} 的参数 ${fn.params[param].name} 不是日期`,
      en: `--derive computes a date, and ${fn.id}'s parameter ${fn.params[param].name} is not one`,
    });
  }
  const dateColumn = columnOf(table, m[2].trim());
  const offset = m[3].trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(offset)) {
    return { param, dateColumn, days: Number(offset), how: messages.derivedDays(Number(offset)) };
  }
  const med = MEDIAN.exec(offset);
  if (!med) throw new InputError(messages.deriveOffset(offset));
  const [end, start] = [columnOf(table, med[1]), columnOf(table, med[2])];
  const filter = med[3] ? { column: columnOf(table, med[3]), value: matchKey(med[4]) } : null;

  const spans: number[] = [];
  for await (const { cells } of rowsOf(table)) {
    if (filter && matchKey(cells[filter.column]) !== filter.value) continue;
    const a = dayOf(cells[end], med[1]);
    const b = dayOf(cells[start], med[2]);
    if (a !== null && b !== null) spans.push(a - b);
  }
  if (spans.length === 0) throw new InputError(messages.deriveNoRows(med[1], med[2]));
  const days = Math.round(median(spans));
  return { param, dateColumn, days, how: messages.derivedMedian(days, offset, spans.length) };
}

/** The reason a row is set aside, or null when it is graded. */
export function skipReason(prep: Preparation, cells: readonly Cell[]): string | null {
  for (const s of prep.skips) {
    if (matchKey(cells[s.column]) === s.value) return `${s.header}=${String(cells[s.column])}`;
  }
  return null;
}

/** Applies value maps and derivations to a row's parameter inputs (in place). */
export function prepareInputs(prep: Preparation, cells: readonly Cell[], inputs: Cell[]): Cell[] {
  for (const d of prep.derivations) {
    const day = dayOf(cells[d.dateColumn], "");
    inputs[d.param] = day === null ? (cells[d.dateColumn] ?? null) : day + d.days;
    if (isBlank(cells[d.dateColumn])) inputs[d.param] = null;
  }
  for (const vm of prep.valueMaps) {
    const mapped = vm.pairs.get(matchKey(inputs[vm.param]));
    if (mapped !== undefined) inputs[vm.param] = mapped;
  }
  return inputs;
}
