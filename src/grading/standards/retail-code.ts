/**
 * 零售户分类码 — 客户等级划分管理办法, 零售客户分类标识方法: format letter + scale digit +
 * market digit + law digit, with L after a chain supermarket's code (Z121, C111L, ZX21).
 *
 * - Scale 1 / 2 / 3 (RETAILSCALE gives it), or X for a new store with no sales history yet.
 * - Market: 城市 1, 农村 2. The source counts county towns as urban (城市市区(含县城)), so
 *   城市, 市区, 县城 and 城区 are 1 and 农村, 乡村 and 乡镇 are 2; words that could be either,
 *   such as 城镇, are refused rather than guessed.
 * - Law: 守法 1, 违法 2. A new store's law digit is always 1 (默认其为合法); EXPLAIN notes a
 *   违法 input that was overridden. A blank law input is refused except for a new store.
 * - Chain (连锁): only supermarkets are split into chain and non-chain, so chain TRUE for any
 *   other format is refused.
 */
import { invalid } from "../failure";
import { messages } from "../messages";
import { param } from "../params";
import { Choice, isBlank, readChoice, readYesNo } from "../read/inputs";
import { joinTexts } from "../text";
import { Cell, GradingFunction, Param, Text } from "../types";
import { FORMAT_NAMES, readFormat, retailEdition } from "./retail-formats";

const SCALES: readonly Choice<string>[] = [
  { value: "1", words: [1, "大", "大型"] },
  { value: "2", words: [2, "中", "中型"] },
  { value: "3", words: [3, "小", "小型"] },
  { value: "X", words: ["X", "新", "新店", "新户", "新增"] },
];

const MARKETS: readonly Choice<string>[] = [
  { value: "1", words: [1, "城市", "市区", "县城", "城区", "城市客户", "urban"] },
  { value: "2", words: [2, "农村", "乡村", "乡镇", "农村客户", "rural"] },
];
const MARKET_WORDS = {
  zh: "城市、市区、县城、城区（1）或 农村、乡村、乡镇（2）",
  en: "城市, 市区, 县城, 城区 (1) or 农村, 乡村, 乡镇 (2)",
};

const LAW: readonly Choice<string>[] = [
  { value: "1", words: [1, "守法", "合法", "是", "true", "yes"] },
  { value: "2", words: [2, "违法", "否", "false", "no"] },
];

const format = param(
  "format",
  "text",
  { zh: "业态", en: "format" },
  {
    zh: "业态：食杂店 Z、便利店 B、超市 C、商场 S、烟酒商店 Y、娱乐服务类 F、其他类 Q",
    en: "Format name or letter: Z, B, C (超市), S (商场), Y, F or Q",
  },
  { headers: ["业态", "零售业态", "format"] }
);
const scale = param(
  "scale",
  "text",
  { zh: "经营规模", en: "scale" },
  { zh: "经营规模 1、2、3，新户填 X 或 新", en: "Scale 1, 2 or 3; X or 新 for a new store" },
  { headers: ["经营规模", "规模", "scale"] }
);
const market = param(
  "market",
  "text",
  { zh: "市场类型", en: "market" },
  { zh: `市场类型：${MARKET_WORDS.zh}`, en: "Market: 城市 (urban, 1) or 农村 (rural, 2)" },
  { headers: ["市场类型", "城乡", "market"] }
);
const lawful = param(
  "lawful",
  "text",
  { zh: "守法情况", en: "lawful" },
  { zh: "守法情况：守法（1）或 违法（2）", en: "Law record: 守法 (1) or 违法 (2)" },
  { headers: ["守法情况", "守法", "lawful"] }
);
const chain = param(
  "chain",
  "yesno",
  { zh: "连锁", en: "chain" },
  { zh: "是否连锁经营（可选，仅超市）", en: "Chain store (optional, supermarkets only)" },
  { optional: true, headers: ["连锁", "是否连锁", "chain"] }
);

const edition = retailEdition({ zh: "零售客户分类标识方法", en: "retail customer code" }, [], []);

function required<T>(cell: Cell, p: Param, choices: readonly Choice<T>[]): T {
  const value = readChoice(cell, p, choices);
  if (value === null) throw invalid(messages.blankRequired(p.label));
  return value;
}

function readMarket(cell: Cell): string {
  try {
    return required(cell, market, MARKETS);
  } catch (e) {
    // A blank market is reported as blank; anything else lists both markets' words.
    if (isBlank(cell)) throw e;
    throw invalid(messages.notOneOf(market.label, cell, MARKET_WORDS));
  }
}

export const retailCode: GradingFunction = {
  id: "RETAILCODE",
  name: { zh: "零售户分类码", en: "RETAILCODE" },
  description: {
    zh: "由业态、经营规模、市场类型、守法情况和连锁生成卷烟零售客户分类码",
    en: "Tobacco retail customer code from format, scale, market, law record and chain",
  },
  group: "customers",
  params: [format, scale, market, lawful, chain],
  editions: [edition],
  grade(row) {
    const letter = readFormat(row[0], format);
    if (letter === null) throw invalid(messages.blankRequired(format.label));
    const size = required(row[1], scale, SCALES);
    const place = readMarket(row[2]);
    const isNew = size === "X";
    const law = isNew ? readChoice(row[3], lawful, LAW) : required(row[3], lawful, LAW);
    const isChain = readYesNo(row[4], chain);
    if (isChain && letter !== "C")
      throw invalid(messages.chainOnlySupermarket(FORMAT_NAMES[letter]));

    const notes: Text[] = [];
    if (isNew && law === "2") {
      notes.push({
        zh: "新增零售户的守法代码一律为1（默认合法），输入的“违法”未采用",
        en: "a new store's law digit is always 1 (lawful by default); the 违法 input was not used",
      });
    }
    const code = `${letter}${size}${place}${isNew ? "1" : law}${isChain ? "L" : ""}`;
    const lawfulDigit = isNew || law === "1";
    const parts: Text[] = [
      { zh: `${FORMAT_NAMES[letter]} ${letter}`, en: `${FORMAT_NAMES[letter]} ${letter}` },
      isNew ? { zh: "新户 X", en: "new store X" } : { zh: `规模 ${size}`, en: `scale ${size}` },
      place === "1" ? { zh: "城市 1", en: "urban 1" } : { zh: "农村 2", en: "rural 2" },
      lawfulDigit ? { zh: "守法 1", en: "lawful 1" } : { zh: "违法 2", en: "unlawful 2" },
      ...(isChain ? [{ zh: "连锁 L", en: "chain L" }] : []),
    ];
    const reason = joinTexts(parts);
    return { kind: "grade", value: code, edition, reason: () => reason, notes };
  },
};
