/**
 * 客诉归类 — the complaint lists of 客诉程度判定标准预案, section 二「抱怨内容具体包含内容」:
 * a description is matched against every item of the 严重 / 批量 / 一般 lists (see
 * keywords/complaint-keywords.ts for the table and keywords/matcher.ts for how text is read)
 * and the most severe item named wins. Nothing named → #N/A. The rule items of the lists
 * (30%比例以上不良, 当月发生3次以上) are numbers, not words: COMPLAINTLEVEL grades them.
 */
import { severityScale } from "../colours";
import { param } from "../params";
import { readText } from "../read/inputs";
import { messages } from "../messages";
import { Edition, GradingFunction } from "../types";
import { COMPLAINT_SOURCE } from "./complaint-level";
import {
  COMPLAINT_KEYWORDS,
  COMPLAINT_LEVELS,
  ComplaintLevel,
} from "./keywords/complaint-keywords";
import { gradeByKeywords, KeywordStandard } from "./keywords/keyword-grade";

const description = param(
  "description",
  "text",
  { zh: "客诉内容", en: "description" },
  {
    zh: "客户抱怨的内容，如“芯轴断裂”“色差”“纸箱破损”",
    en: "What the customer complained about, e.g. 芯轴断裂, 色差, 纸箱破损",
  },
  { headers: ["客诉内容", "抱怨内容", "投诉内容", "问题描述", "description", "complaint"] }
);

const edition: Edition = {
  id: "客诉程度判定标准预案",
  aliases: ["客诉程度判定标准"],
  year: 2013,
  source: COMPLAINT_SOURCE,
  clause: { zh: "二、抱怨内容具体包含内容", en: "section 2, the listed complaint contents" },
  labels: COMPLAINT_LEVELS,
  colours: severityScale(3),
};

const standard: KeywordStandard<ComplaintLevel> = {
  table: COMPLAINT_KEYWORDS,
  levels: COMPLAINT_LEVELS,
  edition,
  lists: { zh: "客诉内容", en: "complaint content" },
  hint: messages.complaintRulesHint,
};

export const complaintCategory: GradingFunction = {
  id: "COMPLAINTCATEGORY",
  name: { zh: "客诉归类", en: "COMPLAINTCATEGORY" },
  description: {
    zh: "按客诉程度判定标准的抱怨内容清单把客诉描述归入严重、批量或一般程度",
    en: "Files a complaint description under the 严重, 批量 or 一般 lists of the complaint standard",
  },
  group: "quality",
  params: [description],
  editions: [edition],
  grade(row) {
    return gradeByKeywords(standard, readText(row[0]));
  },
};
