/**
 * Turns a keyword match into a grade with its EXPLAIN sentence, for the functions that grade
 * a description by a source document's lists (COMPLAINTCATEGORY, GASHAZARD).
 */
import { notCovered } from "../../failure";
import { messages } from "../../messages";
import { Edition, Grade, Text } from "../../types";
import { KeywordItem, KeywordMatch, matchKeywords, mostSevere, Occurrence } from "./matcher";

export interface KeywordStandard<L extends string> {
  readonly table: readonly KeywordItem<L>[];
  /** The levels, most severe first. */
  readonly levels: readonly L[];
  readonly edition: Edition;
  /** What the lists are called in messages: 客诉内容 / 燃气隐患. */
  readonly lists: Text;
  /** Added to the #N/A message when nothing matches. */
  readonly hint?: Text;
}

const quoted = (o: Occurrence<string>) => `“${o.phrase}”`;

function notes<L extends string>(
  match: KeywordMatch<L>,
  chosen: KeywordItem<L>,
  phrase: string
): Text[] {
  const out: Text[] = [];
  for (const o of match.found) {
    for (const item of o.items) {
      if (item === chosen) continue;
      if (o.phrase === phrase) {
        out.push({
          zh: `“${phrase}”同时列于${item.level}，取较严重的${chosen.level}`,
          en: `“${phrase}” is also listed under ${item.level}; the more severe ${chosen.level} applies`,
        });
      } else {
        out.push({
          zh: `另有“${o.phrase}”（${item.level}），取最严重者`,
          en: `“${o.phrase}” (${item.level}) also appears; the most severe applies`,
        });
      }
    }
  }
  for (const o of match.negated) {
    out.push({
      zh: `“${o.phrase}”前有否定词“${o.negatedBy}”，不计`,
      en: `“${o.phrase}” follows the negation “${o.negatedBy}” and does not count`,
    });
  }
  return out;
}

/** Grades `description` by the standard's lists; #N/A when no phrase counts. */
export function gradeByKeywords<L extends string>(
  standard: KeywordStandard<L>,
  description: string
): Grade {
  const match = matchKeywords(standard.table, description);
  const best = mostSevere(match, standard.levels);
  if (!best) {
    if (match.negated.length > 0) {
      const negated = match.negated.map(quoted).join("、");
      throw notCovered(messages.onlyNegatedKeywords(standard.lists, description, negated));
    }
    throw notCovered(messages.noKeywordFound(standard.lists, description, standard.hint));
  }
  const { item, phrase } = best;
  const reason: Text = {
    zh: `描述中的“${phrase}”属于${item.level}“${item.source}”`,
    en: `the description mentions “${phrase}”, listed under ${item.level} as “${item.source}”`,
  };
  return {
    kind: "grade",
    value: item.level,
    edition: standard.edition,
    reason: () => reason,
    notes: notes(match, item, phrase),
  };
}
