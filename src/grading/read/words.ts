/**
 * Readers for inputs given as words: yes/no, a choice among named values, free text. Words
 * are matched after folding full-width letters, trimming and lower-casing.
 */
import { invalid } from "../failure";
import { messages } from "../messages";
import { Cell } from "../types";
import { isBlank, Named } from "./cell";
import { foldWidth } from "./number-text";

const YES = new Set(["true", "1", "是", "有", "对", "y", "yes", "√", "✓", "✔"]);
const NO = new Set(["false", "0", "否", "无", "没有", "错", "n", "no", "×", "✗", "✘", "x"]);

/** Yes/no: TRUE/FALSE, 1/0, 是/否, 有/无, 对/错, Y/N, yes/no, √/×; blank is no. */
export function readYesNo(cell: Cell, p: Named): boolean {
  if (typeof cell === "boolean") return cell;
  // Each word is already folded, trimmed and lower-case, so a cell that is one as written
  // is that word.
  if (typeof cell === "string") {
    if (YES.has(cell)) return true;
    if (NO.has(cell)) return false;
  }
  if (isBlank(cell)) return false;
  if (typeof cell === "number") {
    if (cell === 1) return true;
    if (cell === 0) return false;
    throw invalid(messages.notYesNo(p.label, cell));
  }
  const word = foldWidth(String(cell)).trim().toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  throw invalid(messages.notYesNo(p.label, cell));
}

/** A choice among named values; words are matched after folding width and case. */
export interface Choice<T> {
  readonly value: T;
  readonly words: readonly (string | number | boolean)[];
}

/**
 * For each list of choices, the index of the choice each word picks, for words that reading
 * leaves as they are (folded, trimmed, lower-case): a cell holding one as written needs no
 * folding. The first choice with the word wins, as in the scan below.
 */
const wordIndexes = new WeakMap<readonly Choice<unknown>[], Map<string, number>>();
/** The list a column's rows keep asking about, to skip even the WeakMap lookup. */
let last: { choices: readonly Choice<unknown>[]; index: Map<string, number> } | undefined;

function wordIndex(choices: readonly Choice<unknown>[]): Map<string, number> {
  if (last !== undefined && last.choices === choices) return last.index;
  let index = wordIndexes.get(choices);
  if (index === undefined) {
    index = new Map();
    for (let i = 0; i < choices.length; i++) {
      for (const w of choices[i].words) {
        const word = String(w).toLowerCase();
        const asRead = foldWidth(word).trim().toLowerCase() === word;
        if (word !== "" && asRead && !index.has(word)) index.set(word, i);
      }
    }
    wordIndexes.set(choices, index);
  }
  last = { choices, index };
  return index;
}

export function readChoice<T>(cell: Cell, p: Named, choices: readonly Choice<T>[]): T | null {
  if (typeof cell === "string") {
    const i = wordIndex(choices).get(cell);
    if (i !== undefined) return choices[i].value;
  }
  if (isBlank(cell)) return null;
  const word = foldWidth(String(cell)).trim().toLowerCase();
  for (const choice of choices) {
    if (choice.words.some((w) => String(w).toLowerCase() === word)) return choice.value;
  }
  const shown = choices.map((c) => String(c.words[0])).join(" / ");
  throw invalid(messages.notOneOf(p.label, cell, shown));
}

/** Free text (descriptions); blank is "". */
export function readText(cell: Cell): string {
  if (isBlank(cell)) return "";
  return foldWidth(String(cell)).trim();
}
