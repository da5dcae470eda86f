/**
 * Decisions about a data region that need no Excel: which of its first rows is the header,
 * which columns already hold GradeKit grades, and where a new grade column goes.
 */
import { GradingFunction, Lang } from "../../grading";
import { mapColumns } from "../../grading/columns";
import { gradeFunctionOf } from "./formula";

/** How many rows at the top of a plain range may be titles above the header. */
export const HEADER_SEARCH_ROWS = 5;

export interface RegionColumn {
  readonly header: string;
  /** The grading function this column's formula calls, when it is a GradeKit grade column. */
  readonly grade: GradingFunction | null;
}

export interface DataRegion {
  readonly sheet: string;
  /** The Excel Table holding the data, or null for a plain range. */
  readonly table: string | null;
  /** Absolute 0-based sheet indexes, as Range.rowIndex and columnIndex report them. */
  readonly headerRow: number;
  readonly firstRow: number;
  readonly rowCount: number;
  readonly left: number;
  readonly columns: readonly RegionColumn[];
}

export interface GradeTarget {
  /** Column index within the region; columns.length means a new column beside the data. */
  readonly column: number;
  readonly header: string;
  /** True when the target is an earlier grade column of the same function. */
  readonly replacing: boolean;
}

export function headerText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  return String(cell).trim();
}

/**
 * Picks the header among the first rows: the row whose cells name most of the function's
 * inputs. A title row above the header (often merged across the table) names none, so the
 * header below it wins; with no matches at all the first row is the header.
 */
export function pickHeaderRow(rows: readonly (readonly unknown[])[], fn: GradingFunction): number {
  let best = 0;
  let bestScore = 0;
  const last = Math.min(rows.length - 1, HEADER_SEARCH_ROWS);
  for (let i = 0; i < last; i++) {
    const headers = rows[i].map(headerText);
    const score = mapColumns(headers, fn).columns.filter((c) => c.column !== null).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** Columns paired with the function their first data cell's formula calls. */
export function regionColumns(
  headers: readonly unknown[],
  firstFormulas: readonly unknown[] | undefined
): RegionColumn[] {
  return headers.map((h, i) => ({
    header: headerText(h),
    grade: gradeFunctionOf(firstFormulas?.[i]),
  }));
}

/** Headers with GradeKit grade columns blanked, so they are never mapped as inputs. */
export function inputHeaders(region: DataRegion): string[] {
  return region.columns.map((c) => (c.grade ? "" : c.header));
}

/** The header a new grade column gets: the function's name, made unique among the headers. */
export function gradeHeader(fn: GradingFunction, lang: Lang, taken: readonly string[]): string {
  const base = lang === "en" ? fn.name.en : fn.name.zh;
  let name = base;
  for (let n = 2; taken.includes(name); n++) name = `${base} ${n}`;
  return name;
}

/**
 * An earlier grade column of the same function is replaced (after the user agrees);
 * otherwise the grades go in a new column right of the data.
 */
export function chooseTarget(region: DataRegion, fn: GradingFunction, lang: Lang): GradeTarget {
  const earlier = region.columns.findIndex((c) => c.grade?.id === fn.id);
  if (earlier >= 0) {
    return { column: earlier, header: region.columns[earlier].header, replacing: true };
  }
  const taken = region.columns.map((c) => c.header);
  return { column: region.columns.length, header: gradeHeader(fn, lang, taken), replacing: false };
}

/** The column of the region holding this function's grades, or -1. */
export function gradeColumnOf(region: DataRegion, fn: GradingFunction): number {
  return region.columns.findIndex((c) => c.grade?.id === fn.id);
}
