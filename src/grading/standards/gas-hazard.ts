/**
 * 燃气隐患等级 — the gas company's 等级划分标准 (一级 / 二级 / 三级隐患) in the source document.
 * A description is matched against every item of the three lists (keywords/gas-keywords.ts;
 * keywords/matcher.ts says how text is read) and the most severe item named wins, so
 * 燃气表严重锈蚀, listed under both 一级 and 三级, is 一级隐患. Nothing named → #N/A.
 */
import { severityScale } from "../colours";
import { param } from "../params";
import { readText } from "../read/inputs";
import { Edition, GradingFunction } from "../types";
import { GAS_KEYWORDS, GAS_LEVELS, GasLevel } from "./keywords/gas-keywords";
import { gradeByKeywords, KeywordStandard } from "./keywords/keyword-grade";

const description = param(
  "description",
  "text",
  { zh: "隐患描述", en: "description" },
  {
    zh: "安检发现的隐患，如“胶管老化”“阀门内漏”“管道一般锈蚀”",
    en: "The hazard found at inspection, e.g. 胶管老化, 阀门内漏, 管道一般锈蚀",
  },
  { headers: ["隐患描述", "隐患内容", "隐患", "安检结果", "description", "hazard"] }
);

/** The source document does not say when the company issued it: year 0 means undated. */
const edition: Edition = {
  id: "燃气安全隐患等级划分标准",
  aliases: ["燃气隐患等级划分标准"],
  year: 0,
  source: {
    zh: "燃气企业《等级划分标准》（一级、二级、三级隐患）",
    en: "Gas utility hazard classification (level 1, 2 and 3 hazards)",
  },
  clause: { zh: "一级隐患、二级隐患、三级隐患清单", en: "lists of level 1, 2 and 3 hazards" },
  labels: GAS_LEVELS,
  colours: severityScale(3),
};

const standard: KeywordStandard<GasLevel> = {
  table: GAS_KEYWORDS,
  levels: GAS_LEVELS,
  edition,
  lists: { zh: "燃气隐患", en: "gas hazard" },
};

export const gasHazard: GradingFunction = {
  id: "GASHAZARD",
  name: { zh: "燃气隐患等级", en: "GASHAZARD" },
  description: {
    zh: "按燃气隐患等级划分标准的清单判定隐患描述属于一级、二级或三级隐患",
    en: "Level 1, 2 or 3 gas-safety hazard from a description, by the utility's hazard lists",
  },
  group: "other",
  params: [description],
  editions: [edition],
  grade(row) {
    return gradeByKeywords(standard, readText(row[0]));
  },
};
