/**
 * The seven tobacco retail formats (烟草零售业态, 国烟法〔2005〕845号) and their code letters
 * as the source's 客户等级划分管理办法 writes them (C = 超市 and S = 商场; the national notice
 * letters them differently). Shared by RETAILSCALE, which ranks stores within a format, and
 * RETAILCODE, whose code starts with the letter.
 */
import { GradeFailure, invalid } from "../failure";
import { messages } from "../messages";
import { Choice, Named, readChoice } from "../read/inputs";
import { Cell, Edition, Text } from "../types";

export type FormatLetter = "Z" | "B" | "C" | "S" | "Y" | "F" | "Q";

export const FORMATS: readonly Choice<FormatLetter>[] = [
  { value: "Z", words: ["Z", "食杂店", "食杂"] },
  { value: "B", words: ["B", "便利店", "便利"] },
  { value: "C", words: ["C", "超市"] },
  { value: "S", words: ["S", "商场"] },
  { value: "Y", words: ["Y", "烟酒商店", "烟酒店"] },
  { value: "F", words: ["F", "娱乐服务类", "娱乐服务"] },
  { value: "Q", words: ["Q", "其他类", "其他"] },
];

export const FORMAT_NAMES: Readonly<Record<FormatLetter, string>> = {
  Z: "食杂店",
  B: "便利店",
  C: "超市",
  S: "商场",
  Y: "烟酒商店",
  F: "娱乐服务类",
  Q: "其他类",
};

/** 食杂店 Z、便利店 B … 其他类 Q, read from FORMAT_NAMES. */
const KNOWN_FORMATS: Text = (() => {
  const named = Object.entries(FORMAT_NAMES).map(([letter, name]) => `${name} ${letter}`);
  return {
    zh: named.join("、"),
    en: `${named.slice(0, -1).join(", ")} or ${named[named.length - 1]}`,
  };
})();

/**
 * A format by name or letter (食杂店 = Z); null for a blank. Anything else is #VALUE!
 * listing the seven formats: a local name is not guessed into one of them.
 */
export function readFormat(cell: Cell, p: Named): FormatLetter | null {
  try {
    return readChoice(cell, p, FORMATS);
  } catch (e) {
    if (!(e instanceof GradeFailure)) throw e;
    throw invalid(messages.notOneOf(p.label, cell, KNOWN_FORMATS));
  }
}

/** The national classification the source's 管理办法 applies. */
export function retailEdition(
  clause: Edition["clause"],
  labels: Edition["labels"],
  colours: Edition["colours"]
): Edition {
  return {
    id: "中烟销网〔2006〕12号",
    aliases: ["卷烟零售客户分类标准"],
    year: 2006,
    source: {
      zh: "《客户等级划分管理办法》（依据国烟法〔2005〕845号、中烟销网〔2006〕12号）",
      en: "Retail customer classification rules (after 国烟法〔2005〕845号 and 中烟销网〔2006〕12号)",
    },
    clause,
    labels,
    colours,
  };
}
