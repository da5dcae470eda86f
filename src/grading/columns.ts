/**
 * Matching a table's column headers to a grading function's parameters, using the header
 * names each Param declares (Chinese and English). Pure: the task pane and the CLI both use
 * it, and neither hands over anything but header text.
 */
import { isLifted } from "./evaluate";
import { foldWidth } from "./read/number-text";
import { GradingFunction, Param } from "./types";

/** One parameter and the column chosen for it. */
export interface ParamColumn {
  readonly param: Param;
  /** Index into the headers, or null when no column matched. */
  readonly column: number | null;
  /** Multiplier turning the column's plain numbers into the parameter's unit (万元 → 10000). */
  readonly scale: number;
}

export interface ColumnMapping {
  readonly columns: readonly ParamColumn[];
  /** Required parameters no column matched. */
  readonly missing: readonly Param[];
  /**
   * Parameters left without a column because several headers contain one of their names
   * equally well (一般火灾直接经济损失, 较大火灾直接经济损失 … for 直接经济损失): the user chooses.
   */
  readonly ambiguous: readonly { readonly param: Param; readonly columns: readonly number[] }[];
}

/** Money units a header may name, in yuan, longest first so 千万元 wins over 万元 and 元. */
const MONEY_UNITS: readonly (readonly [string, number])[] = (
  [
    ["10kyuan", 1e4],
    ["千万元", 1e7],
    ["百万元", 1e6],
    ["万元", 1e4],
    ["亿元", 1e8],
    ["千元", 1e3],
    ["千万", 1e7],
    ["百万", 1e6],
    ["万", 1e4],
    ["亿", 1e8],
    ["yuan", 1],
    ["rmb", 1],
    ["cny", 1],
    ["元", 1],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** The last bracketed group at the end: 直接经济损失（含保险）（万元） → 万元. */
const BRACKETED = /[(\[{]([^(\[{)\]}]*)[)\]}]\s*$/;
const UNIT_LABEL = /^(单位|unit|units|in)[:：]?/;

/** Folds width and case and drops spaces, so "死亡人数 (人)" and "死亡人数（人）" compare equal. */
export function normaliseHeader(header: string): string {
  return foldWidth(header)
    .toLowerCase()
    .replace(/[（【［｛]/g, "(")
    .replace(/[）】］｝]/g, ")")
    .replace(/\s+/g, "");
}

/** A money unit, or a short Chinese measure word such as 人, 户, 次, 天 or 个月, or %. */
function isUnitWord(word: string): boolean {
  return MONEY_UNITS.some(([u]) => u === word) || /^(%|[\u4e00-\u9fff]{1,2})$/.test(word);
}

/** The unit a header names at its end: in brackets, or after a slash, underscore or space. */
function trailingUnit(header: string): { name: string; unit: string } | null {
  const text = normaliseHeader(header);
  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    return { name: text.slice(0, bracketed.index), unit: bracketed[1].replace(UNIT_LABEL, "") };
  }
  // 损失/万元, 死亡_人: only when the tail is a unit, so snake_case names (Ahead_AADT) stay whole.
  const separated = /^(.+)[/_\-:：](.+)$/.exec(text);
  if (separated) {
    const unit = separated[2].replace(UNIT_LABEL, "");
    if (isUnitWord(unit)) return { name: separated[1], unit };
  }
  for (const [unit] of MONEY_UNITS) {
    if (text.length > unit.length && text.endsWith(unit) && /^[\u4e00-\u9fff]/.test(unit)) {
      return { name: text.slice(0, -unit.length), unit };
    }
  }
  return null;
}

/**
 * The money unit a header names at its end, in yuan (10000 for 直接经济损失（万元） or
 * 损失/万元, 1 for 损失（元）); undefined when it names none.
 */
export function moneyUnit(header: string): number | undefined {
  const found = trailingUnit(header);
  if (!found) return undefined;
  const unit = found.unit.replace(/\s+/g, "");
  return MONEY_UNITS.find(([u]) => u === unit)?.[1];
}

/** The factor that turns a plain number in this column into yuan: 1 when no unit is named. */
export function unitScale(header: string): number {
  return moneyUnit(header) ?? 1;
}

/** The text a header ends with in brackets or after a separator, unit or not (人, 一般火灾). */
export function headerTail(header: string): string | undefined {
  return trailingUnit(header)?.unit;
}

/** The header with any trailing unit removed: 直接经济损失（万元） → 直接经济损失. */
export function headerName(header: string): string {
  const found = trailingUnit(header);
  return found && found.name.length > 0 ? found.name : normaliseHeader(header);
}

/** Every name that may head this parameter's column, normalised. */
export function namesFor(p: Param): string[] {
  const names = [...(p.headers ?? []), p.label.zh, p.label.en, p.name];
  return [...new Set(names.map(normaliseHeader).filter((n) => n.length > 0))];
}

/** Parameters a column can feed: lifted inputs and populations, not editions or options. */
export function mappableParams(fn: GradingFunction): Param[] {
  return fn.params.filter((p) => isLifted(p) || p.kind === "population");
}

function isSiblingOf(population: Param, row: Param): boolean {
  return population.name === `${row.name}s` || population.label.zh.includes(row.label.zh);
}

interface Tier {
  /** Lower score is a better match; Infinity is no match. */
  readonly score: (header: string, names: readonly string[]) => number;
  /** Whether headers that score alike leave the choice to the user instead of the first. */
  readonly tiesAmbiguous: boolean;
}

const TIERS: readonly Tier[] = [
  {
    score: (h, names) => (names.includes(normaliseHeader(h)) ? 0 : Infinity),
    tiesAmbiguous: false,
  },
  // Headers alike but for what follows in brackets (损失（元）, 损失（万元）) leave the choice.
  { score: (h, names) => (names.includes(headerName(h)) ? 0 : Infinity), tiesAmbiguous: true },
  // A header that contains a name (本次事故死亡人数 ⊃ 死亡人数): the longest name wins.
  {
    score: (h, names) => {
      const text = headerName(h);
      const lengths = names.filter((n) => n.length >= 2 && text.includes(n)).map((n) => n.length);
      return lengths.length > 0 ? -Math.max(...lengths) : Infinity;
    },
    tiesAmbiguous: true,
  },
];

/**
 * Maps headers to the function's parameters. Each column feeds at most one parameter, except
 * that a population may share its row parameter's column; an exact header beats a header with
 * a unit, which beats a header that merely contains a name. Money parameters carry the scale
 * of the unit their header names. Parameters named in `skip` (given another way, such as the
 * CLI's --set) are left out, and so are columns whose header is blank.
 */
export function mapColumns(
  headers: readonly string[],
  fn: GradingFunction,
  skip: ReadonlySet<string> = new Set()
): ColumnMapping {
  const params = mappableParams(fn).filter((p) => !skip.has(p.name));
  const chosen = new Map<Param, number>();
  const used = new Set<number>();
  const ties = new Map<Param, number[]>();

  for (const tier of TIERS) {
    for (const p of params) {
      if (chosen.has(p) || ties.has(p)) continue;
      const names = namesFor(p);
      let best = Infinity;
      let bestColumns: number[] = [];
      headers.forEach((h, i) => {
        if (used.has(i) || typeof h !== "string" || h.trim() === "") return;
        const score = tier.score(h, names);
        if (score < best) {
          best = score;
          bestColumns = [i];
        } else if (score === best && score !== Infinity) bestColumns.push(i);
      });
      if (bestColumns.length > 1 && tier.tiesAmbiguous) ties.set(p, bestColumns);
      else if (bestColumns.length > 0) {
        chosen.set(p, bestColumns[0]);
        used.add(bestColumns[0]);
      }
    }
  }

  // A population with no column of its own (RETAILSCALE's volumes) is the whole of the column
  // its row-by-row sibling reads (volume): the sibling's name without the plural s, or the
  // sibling's label inside its own (全部销量 ⊃ 销量).
  for (const p of params) {
    if (chosen.has(p) || p.kind !== "population") continue;
    const sibling = params.find(
      (q) => q !== p && isLifted(q) && isSiblingOf(p, q) && chosen.has(q)
    );
    if (sibling) chosen.set(p, chosen.get(sibling) as number);
  }

  const columns = params.map((param) => {
    const column = chosen.get(param) ?? null;
    const scale = column !== null && param.kind === "money" ? unitScale(headers[column]) : 1;
    return { param, column, scale };
  });
  const missing = columns.filter((c) => c.column === null && !c.param.optional).map((c) => c.param);
  const ambiguous = [...ties]
    .filter(([param]) => !chosen.has(param))
    .map(([param, candidates]) => ({ param, columns: candidates }));
  return { columns, missing, ambiguous };
}

/** The mapping with one parameter pointed at another column (or none), for user corrections. */
export function remapColumn(
  mapping: ColumnMapping,
  headers: readonly string[],
  paramName: string,
  column: number | null
): ColumnMapping {
  const columns = mapping.columns.map((c) => {
    if (c.param.name !== paramName) return c;
    const scale = column !== null && c.param.kind === "money" ? unitScale(headers[column]) : 1;
    return { param: c.param, column, scale };
  });
  const missing = columns.filter((c) => c.column === null && !c.param.optional).map((c) => c.param);
  const ambiguous = mapping.ambiguous.filter((a) => a.param.name !== paramName);
  return { columns, missing, ambiguous };
}
