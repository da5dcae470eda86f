/**
 * Where each parameter of a graded file comes from: a column (found by the shared header
 * matcher in src/grading/columns.ts, or named with --map), a value for every row (--set),
 * a value the CLI computes (--derive), or nothing.
 */
import {
  headerName,
  headerTail,
  mapColumns,
  moneyUnit,
  namesFor,
  normaliseHeader,
} from "../grading/columns";
import { isLifted } from "../grading/evaluate";
import { messages } from "../grading/messages";
import { parseBareNumber, round10 } from "../grading/read/number-text";
import { Cell, GradingFunction, Param, Text } from "../grading/types";

export type Source =
  | {
      readonly kind: "column";
      readonly index: number;
      readonly header: string;
      /** Multiplier for plain numbers, from a unit in the header (万元 → 10000); 1 if none. */
      readonly scale: number;
      /** How the column was chosen: named by the user or matched by header. */
      readonly how: "map" | "header";
    }
  | { readonly kind: "constant"; readonly value: Cell }
  | { readonly kind: "derived" }
  | { readonly kind: "absent" };

export interface SourceMapping {
  readonly sources: readonly Source[];
}

/** A mapping that cannot be built, with the reason for the user. */
export class MappingError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** A header or column name as the user's options compare it: no unit, case or width. */
export function sameHeader(a: string, b: string): boolean {
  return headerName(a) === headerName(b);
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

/** The parameter a user names in --map, --set or --derive: by name, label or header. */
export function findParam(fn: GradingFunction, name: string): number {
  const wanted = headerName(name);
  const exact = fn.params.findIndex((p) =>
    [p.name, p.label.zh, p.label.en].some((n) => headerName(n) === wanted)
  );
  return exact >= 0 ? exact : fn.params.findIndex((p) => namesFor(p).includes(wanted));
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
  return new MappingError(messages.unknownParameter(name, fn.id, fn.params));
}

/**
 * Parameter i read from column `index`. A money column's unit is the one its header names,
 * or the one the user's --map text names when the header names none (--map
 * "directLoss=损失(万元)"); a --map unit that contradicts the header's, or is no money unit,
 * is refused rather than guessed.
 */
function column(
  fn: GradingFunction,
  i: number,
  headers: readonly string[],
  index: number,
  how: "map" | "header",
  named?: string
): Source {
  const header = String(headers[index]);
  if (fn.params[i].kind !== "money") return { kind: "column", index, header, scale: 1, how };
  const own = moneyUnit(header);
  const tail = named === undefined ? undefined : headerTail(named);
  const given = named === undefined ? undefined : moneyUnit(named);
  if (tail !== undefined && given === undefined) {
    throw new MappingError(messages.unknownMoneyUnit(named as string, tail));
  }
  if (own !== undefined && given !== undefined && own !== given) {
    throw new MappingError(messages.unitConflict(named as string, header));
  }
  return { kind: "column", index, header, scale: own ?? given ?? 1, how };
}

/**
 * --set, --derive and --map first; every other parameter takes the column the shared header
 * matcher finds among the columns left. A required parameter with no source is an error
 * that lists the headers found.
 */
export function mapSources(
  fn: GradingFunction,
  headers: readonly string[],
  request: MappingRequest = {}
): SourceMapping {
  const sources: Source[] = fn.params.map(() => ({ kind: "absent" }));
  const index = (name: string) => {
    const i = findParam(fn, name);
    if (i < 0) throw unknownParam(fn, name);
    return i;
  };
  for (const [name, value] of Object.entries(request.set ?? {})) {
    sources[index(name)] = { kind: "constant", value };
  }
  for (const name of request.derived ?? []) sources[index(name)] = { kind: "derived" };
  const taken = new Set<number>();
  for (const [name, header] of Object.entries(request.map ?? {})) {
    const i = index(name);
    const exact = headers.findIndex(
      (h) => normaliseHeader(String(h ?? "")) === normaliseHeader(header)
    );
    const found =
      exact >= 0 ? exact : headers.findIndex((h) => sameHeader(String(h ?? ""), header));
    if (found < 0) throw new MappingError(messages.noSuchColumn(header, headers.map(String)));
    // The user's text names a unit only when it is not the header itself.
    sources[i] = column(fn, i, headers, found, "map", exact >= 0 ? undefined : header);
    taken.add(found);
  }

  const given = new Set(
    fn.params.filter((_, i) => sources[i].kind !== "absent").map((p) => p.name)
  );
  const free = headers.map((h, j) => (taken.has(j) ? "" : String(h ?? "")));
  const matched = mapColumns(free, fn, given);
  for (const c of matched.columns) {
    const i = fn.params.indexOf(c.param);
    if (c.column !== null && isLifted(c.param))
      sources[i] = column(fn, i, headers, c.column, "header");
  }
  // Several headers that contain the parameter's name alike: guessing could grade the wrong
  // column (一般火灾直接经济损失 for 直接经济损失), so the user names it.
  const [tie] = matched.ambiguous;
  if (tie) {
    const candidates = tie.columns.map((j) => String(headers[j]));
    throw new MappingError(messages.ambiguousColumns(tie.param, candidates));
  }

  const missing = fn.params.filter((p, i) => isRequired(p) && sources[i].kind === "absent");
  if (missing.length > 0) {
    throw new MappingError(messages.missingColumns(missing, headers.map(String)));
  }
  return { sources };
}

/**
 * The parameter cells for one table row, with header units applied, written into `into`
 * when given (the grading loop reuses one array: a grade keeps nothing of its input row).
 */
export function rowInputs(mapping: SourceMapping, row: readonly Cell[], into?: Cell[]): Cell[] {
  const inputs = into ?? new Array<Cell>(mapping.sources.length);
  for (let i = 0; i < mapping.sources.length; i++) {
    const s = mapping.sources[i];
    if (s.kind === "constant") inputs[i] = s.value;
    else if (s.kind === "column") inputs[i] = scaleCell(row[s.index] ?? null, s.scale);
    else inputs[i] = null;
  }
  return inputs;
}

/**
 * Why a row cannot be graded as read: an input column's cell lies in a merged area, whose
 * value Excel gives to the first cell only, or holds a formula whose result the workbook
 * does not hold. undefined when every input cell can be read.
 */
export function unreadableInput(
  mapping: SourceMapping,
  merged: ReadonlyMap<number, string> | undefined,
  uncalculated: ReadonlyMap<number, string> | undefined
): Text | undefined {
  if (!merged && !uncalculated) return undefined;
  for (const s of mapping.sources) {
    if (s.kind !== "column") continue;
    const area = merged?.get(s.index);
    if (area) return messages.mergedInput(s.header, area);
    const cell = uncalculated?.get(s.index);
    if (cell) return messages.uncalculatedInput(s.header, cell);
  }
  return undefined;
}

/** One line per parameter saying where it comes from, for the user to check. */
export function describeMapping(fn: GradingFunction, mapping: SourceMapping): Text[] {
  return fn.params.map((p, i) => {
    const s = mapping.sources[i];
    const name = { zh: `${p.name}（${p.label.zh}）`, en: p.name };
    if (s.kind === "constant") return messages.mappedConstant(name, s.value);
    if (s.kind === "absent") return messages.mappedAbsent(name);
    if (s.kind === "derived") return messages.mappedDerived(name);
    return messages.mappedColumn(name, s.header, s.how === "map", s.scale);
  });
}
