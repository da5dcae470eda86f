/**
 * Choosing the edition a user asked for. Editions match ignoring case, spaces and
 * punctuation, and a year (2007, "2007", 97) names the edition of that year.
 */
import { invalid } from "./failure";
import { messages } from "./messages";
import { foldWidth } from "./read/number-text";
import { isBlank } from "./read/inputs";
import { Cell, Edition, GradingFunction } from "./types";

export function normaliseEditionName(s: string): string {
  return foldWidth(s)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

function namesOf(edition: Edition): string[] {
  const years = edition.year > 0 ? [String(edition.year), String(edition.year).slice(2)] : [];
  return [edition.id, ...(edition.aliases ?? []), ...years].map(normaliseEditionName);
}

/** The edition named by `cell`, or the function's default edition when it is blank. */
export function pickEdition(fn: GradingFunction, cell: Cell): Edition {
  if (isBlank(cell)) return fn.editions[0];
  const wanted = normaliseEditionName(String(cell));
  const found = fn.editions.find((e) => namesOf(e).includes(wanted));
  if (found) return found;
  throw invalid(messages.unknownEdition(cell, fn.editions.map((e) => e.id).join("、")));
}
