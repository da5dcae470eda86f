/**
 * Matching a table's column headers to a grading function's parameters, and the unit a
 * header names ("直接经济损失(万元)"). Pure code: the CLI and the task pane both use it.
 */
import { foldWidth, parseBareNumber, round10 } from "./read/number-text";
import { Cell, GradingFunction, Param, Text } from "./types";
import { isLifted } from "./evaluate";
import { messages } from "./messages";

/** Where one parameter's value comes from. */
export type Source =
  | {
      readonly kind: "column";
      readonly index: number;
      readonly header: string;
      /** Multiplier for plain numbers, from a unit in the header (万元 → 10000); 1 if none. */
      readonly scale: number;
      /** The unit as the header wrote it, "" when there was none. */
      readonly unit: string;
      /** How the column was chosen: named by the user or matched by header. */
      readonly how: "map" | "header";
    }
  | { readonly kind: "constant"; readonly value: Cell }
  /** Computed from other columns by the caller (the CLI's --derive). */
  | { readonly kind: "derived" }
  | { readonly kind: "absent" };

export interface ColumnMapping {
  readonly sources: readonly Source[];
}

/** A mapping that cannot be built, with the reason for the user. */
export class MappingError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

const BRACKETED_TAIL = /\s*[(（[【]([^()（）[\]【】]*)[)）\]】]\s*$/;

/** A header as compared: width folded, lower case, no spaces, no trailing unit in brackets. */
export function normaliseHeader(header: string): string {
  return foldWidth(header).replace(BRACKETED_TAIL, "").toLowerCase().replace(/\s+/g, "");
}

/** The unit in a header's trailing brackets: "直接经济损失(万元)" → "万元". */
export function headerUnit(header: string): string {
  const m = BRACKETED_TAIL.exec(foldWidth(header).trim());
  return m ? m[1].trim() : "";
}

const MONEY_SCALES: ReadonlyMap<string, number> = new Map([
  ["元", 1],
  ["yuan", 1],
  ["cny", 1],
  ["rmb", 1],
  ["千元", 1e3],
  ["万", 1e4],
  ["万元", 1e4],
  ["百万", 1e6],
  ["百万元", 1e6],
  ["千万", 1e7],
  ["千万元", 1e7],
  ["亿", 1e8],
  ["亿元", 1e8],
]);

/** The multiplier a header's unit sets for a parameter; only money is scaled. */
export function unitScale(p: Param, unit: string): number {
  if (p.kind !== "money") return 1;
  return MONEY_SCALES.get(unit.toLowerCase().replace(/\s+/g, "")) ?? 1;
}

/**
 * A cell of a column whose header names a unit: plain numbers (and text that is only a
 * number) are multiplied; text with its own unit ("0.8亿元") and blanks are left as they are.
 */
export function scaleCell(cell: Cell, scale: number): Cell {
  if (scale === 1) return cell;
  if (typeof cell === "number") return round10(cell * scale);
  if (typeof cell === "string" && cell.trim() !== "") {
    const n = parseBareNumber(cell);
    if (!Number.isNaN(n)) return round10(n * scale);
  }
  return cell;
}

/** Whether a parameter must have a column or a constant. */
export function isRequired(p: Param): boolean {
  return !p.optional && isLifted(p);
}

/** The names a user may give a parameter in --map or --set: its name and labels. */
export function paramNames(p: Param): string[] {
  return [p.name, p.label.zh, p.label.en].map(normaliseHeader);
}

export function findParam(fn: GradingFunction, name: string): number {
  const wanted = normaliseHeader(name);
  return fn.params.findIndex((p) => paramNames(p).includes(wanted));
}

function candidates(p: Param): Set<string> {
  return new Set([...(p.headers ?? []), p.name, p.label.zh, p.label.en].map(normaliseHeader));
}

export interface MappingRequest {
  /** Parameter name → header, from --map. */
  readonly map?: Readonly<Record<string, string>>;
  /** Parameter name → the value for every row, from --set. */
  readonly set?: Readonly<Record<string, Cell>>;
  /** Parameters the caller computes itself. */
  readonly derived?: readonly string[];
}

function unknownParam(fn: GradingFunction, name: string): MappingError {
  const known = fn.params.map((p) => `${p.name}（${p.label.zh}）`).join("、");
  return new MappingError(messages.unknownParameter(name, fn.id, known));
}

/**
 * Builds the mapping: --set and --map first, then each remaining parameter takes the first
 * unused column whose header matches one of its declared headers. A required parameter with
 * no column is an error that lists the headers found.
 */
export function mapColumns(
  fn: GradingFunction,
  headers: readonly string[],
  request: MappingRequest = {}
): ColumnMapping {
  const normalised = headers.map((h) => normaliseHeader(String(h ?? "")));
  const sources: Source[] = fn.params.map(() => ({ kind: "absent" }));
  const used = new Set<number>();

  const column = (i: number, index: number, how: "map" | "header"): Source => {
    const unit = headerUnit(String(headers[index]));
    const scale = unitScale(fn.params[i], unit);
    return { kind: "column", index, header: String(headers[index]), scale, unit, how };
  };

  for (const [name, value] of Object.entries(request.set ?? {})) {
    const i = findParam(fn, name);
    if (i < 0) throw unknownParam(fn, name);
    sources[i] = { kind: "constant", value };
  }
  for (const name of request.derived ?? []) {
    const i = findParam(fn, name);
    if (i < 0) throw unknownParam(fn, name);
    sources[i] = { kind: "derived" };
  }
  for (const [name, header] of Object.entries(request.map ?? {})) {
    const i = findParam(fn, name);
    if (i < 0) throw unknownParam(fn, name);
    const index = normalised.indexOf(normaliseHeader(header));
    if (index < 0) {
      throw new MappingError(messages.noSuchColumn(header, headers.join("、")));
    }
    sources[i] = column(i, index, "map");
    used.add(index);
  }

  fn.params.forEach((p, i) => {
    if (sources[i].kind !== "absent" || !isLifted(p)) return;
    const wanted = candidates(p);
    const index = normalised.findIndex((h, j) => !used.has(j) && h !== "" && wanted.has(h));
    if (index < 0) return;
    sources[i] = column(i, index, "header");
    used.add(index);
  });

  const missing = fn.params.filter((p, i) => isRequired(p) && sources[i].kind === "absent");
  if (missing.length > 0) {
    const names = missing.map((p) => `${p.name}（${p.label.zh}）`).join("、");
    throw new MappingError(messages.missingColumns(names, headers.join("、") || "（无）"));
  }
  return { sources };
}

/** The parameter cells for one table row, with header units applied. */
export function rowInputs(mapping: ColumnMapping, row: readonly Cell[]): Cell[] {
  return mapping.sources.map((s) => {
    if (s.kind === "constant") return s.value;
    if (s.kind === "absent" || s.kind === "derived") return null;
    return scaleCell(row[s.index] ?? null, s.scale);
  });
}

/** One line per parameter saying where it comes from, for the user to check. */
export function describeMapping(fn: GradingFunction, mapping: ColumnMapping): Text[] {
  return fn.params.map((p, i) => {
    const s = mapping.sources[i];
    const name = { zh: `${p.name}（${p.label.zh}）`, en: p.name };
    if (s.kind === "constant") return messages.mappedConstant(name, s.value);
    if (s.kind === "absent") return messages.mappedAbsent(name);
    if (s.kind === "derived") return messages.mappedDerived(name);
    return messages.mappedColumn(name, s.header, s.how === "map", s.scale);
  });
}
