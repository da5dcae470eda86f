/**
 * Grading a free-text description by the items of a source document's lists (客诉内容,
 * 燃气隐患). Shared by COMPLAINTCATEGORY and GASHAZARD so both read a log line the same way:
 *
 * - Longer phrases are looked for first, and a phrase that overlaps a longer one already
 *   found does not count, so 阀门内漏 is not also read as 漏气 and a short phrase never
 *   outranks the longer item that contains it.
 * - A negation word (无, 没有, 未, 未发现, 不存在) earlier in the same clause cancels a phrase:
 *   没有发现漏气 names no hazard. A clause ends at ，。；、,; (a full stop between digits, as in
 *   1.5, is a decimal point), and at the end of a sentence or line (！？!? or a line break);
 *   spaces and colons do not end it, so 没有发现 漏气 and 未发现：漏气 name no hazard. Negation words
 *   that belong to a phrase of the table do not count, so 无牙纹 and 无手柄 are keywords of
 *   their own and 无手柄，阀门内漏 keeps 阀门内漏. 无法, 无论 and 未经 are not negations.
 * - The most severe level among the phrases that count wins.
 */
import { foldWidth } from "../../read/number-text";

/** One item of a source list, with the short phrases people write for it in a log. */
export interface KeywordItem<L extends string> {
  readonly level: L;
  /** Which list of the source the item is in, e.g. 一般程度客诉·脚踏类. */
  readonly list: string;
  /** The item as the source document writes it. */
  readonly source: string;
  /** Phrases that name the item; empty when the item is a rule graded elsewhere. */
  readonly phrases: readonly string[];
  /** For rule items (30%比例以上不良): the function that grades them instead. */
  readonly gradedBy?: string;
}

/** A phrase found in the description, with every table item that lists it. */
export interface Occurrence<L extends string> {
  readonly phrase: string;
  readonly start: number;
  readonly items: readonly KeywordItem<L>[];
  /** The negation word that cancels it, if any. */
  readonly negatedBy?: string;
}

export interface KeywordMatch<L extends string> {
  /** Phrases that count, in the order they appear. */
  readonly found: readonly Occurrence<L>[];
  /** Phrases cancelled by a negation word. */
  readonly negated: readonly Occurrence<L>[];
}

const NEGATIONS = ["未发现", "不存在", "没有", "无", "未"];
const NOT_NEGATIONS = /无法|无论|未经/g;
/** Clause ends after width folding (，→, ；→; 。→. ！→! ？→?). */
const CLAUSE_END = /[,;、!?\n\r]/;

function endsClause(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== ".") return CLAUSE_END.test(ch);
  return !(/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? ""));
}

interface Index<L extends string> {
  /** Phrases longest first; equal lengths keep table order (most severe first). */
  readonly phrases: readonly string[];
  readonly itemsOf: ReadonlyMap<string, KeywordItem<L>[]>;
}

const indexes = new WeakMap<readonly KeywordItem<string>[], Index<string>>();

/** Folds width and case so that table phrases and descriptions compare alike. */
export function normaliseDescription(text: string): string {
  return foldWidth(text).toLowerCase().trim();
}

function indexOf<L extends string>(table: readonly KeywordItem<L>[]): Index<L> {
  const cached = indexes.get(table);
  if (cached) return cached as unknown as Index<L>;
  const itemsOf = new Map<string, KeywordItem<L>[]>();
  for (const item of table) {
    for (const raw of item.phrases) {
      const phrase = normaliseDescription(raw);
      const list = itemsOf.get(phrase) ?? [];
      if (!list.includes(item)) list.push(item);
      itemsOf.set(phrase, list);
    }
  }
  const phrases = [...itemsOf.keys()].sort((a, b) => b.length - a.length);
  const index = { phrases, itemsOf };
  indexes.set(table, index as unknown as Index<string>);
  return index;
}

function clauseStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !endsClause(text, i - 1)) i--;
  return i;
}

/** The negation word before `start` in its clause, ignoring words inside other phrases. */
function negationBefore(
  text: string,
  start: number,
  spans: readonly (readonly [number, number])[]
): string | undefined {
  const from = clauseStart(text, start);
  let prefix = "";
  for (let i = from; i < start; i++) {
    prefix += spans.some(([s, e]) => i >= s && i < e) ? "\u0000" : text[i];
  }
  prefix = prefix.replace(NOT_NEGATIONS, (w) => "\u0000".repeat(w.length));
  return NEGATIONS.find((word) => prefix.includes(word));
}

/** Finds the table's phrases in `description` (see the file comment for the rules). */
export function matchKeywords<L extends string>(
  table: readonly KeywordItem<L>[],
  description: string
): KeywordMatch<L> {
  const text = normaliseDescription(description);
  const { phrases, itemsOf } = indexOf(table);
  const spans: [number, number][] = [];
  const hits: { phrase: string; start: number }[] = [];

  for (const phrase of phrases) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      if (spans.some(([s, e]) => at < e && end > s)) continue;
      spans.push([at, end]);
      hits.push({ phrase, start: at });
    }
  }
  hits.sort((a, b) => a.start - b.start);

  const found: Occurrence<L>[] = [];
  const negated: Occurrence<L>[] = [];
  for (const hit of hits) {
    const items = itemsOf.get(hit.phrase) as KeywordItem<L>[];
    const negatedBy = negationBefore(text, hit.start, spans);
    if (negatedBy) negated.push({ ...hit, items, negatedBy });
    else found.push({ ...hit, items });
  }
  return { found, negated };
}

/** The most severe item among the phrases that count, with the phrase that named it. */
export function mostSevere<L extends string>(
  match: KeywordMatch<L>,
  levels: readonly L[]
): { readonly item: KeywordItem<L>; readonly phrase: string } | undefined {
  let best: { item: KeywordItem<L>; phrase: string } | undefined;
  for (const occurrence of match.found) {
    for (const item of occurrence.items) {
      if (!best || levels.indexOf(item.level) < levels.indexOf(best.item.level)) {
        best = { item, phrase: occurrence.phrase };
      }
    }
  }
  return best;
}
