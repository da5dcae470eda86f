/**
 * 客诉等级 — 客诉程度判定标准预案 (客服课, 2013-02-22), 一「抱怨内容影响程度的判定标准」 and
 * the rule items of 二. 严重程度客诉: the goods affect follow-up orders (影响后续订单), or the
 * same problem comes back 3 times or more in the month (当月发生3次以上, 以上 includes 3).
 * 批量程度客诉: 30% or more defective (30%比例以上, includes 30%), or a whole delivery cannot
 * go on the line (一个批次的送货量…无法正常上线使用). Otherwise 一般程度客诉. When both a
 * 严重 and a 批量 trigger hold, 严重 wins (levels are checked most severe first).
 */
import { severityScale } from "../colours";
import { atLeast, countOf, Criterion, firstLevelReached, Level, quantity } from "../criteria";
import { param } from "../params";
import { readCount, readPercent, readYesNo } from "../read/inputs";
import { showNumber } from "../text";
import { Edition, GradingFunction, Text } from "../types";
import { COMPLAINT_LEVELS } from "./keywords/complaint-keywords";

/** The source document both complaint functions grade by. */
export const COMPLAINT_SOURCE: Text = {
  zh: "《客诉程度判定标准预案》（客服课，2013年2月22日）",
  en: "Customer complaint severity proposal (customer service section, 2013-02-22)",
};

const defectRate = param(
  "defectRate",
  "percent",
  { zh: "不良比例", en: "defectRate" },
  {
    zh: '不良比例：0.3、30% 或 "30%"；大于1的数字按百分数读',
    en: 'Share of defective parts: 0.3, 30% or "30%"; a bare number above 1 is a percentage',
  },
  { headers: ["不良比例", "不良率", "不良比率", "defect rate", "defectrate"] }
);

const batchUnusable = param(
  "batchUnusable",
  "yesno",
  { zh: "整批无法使用", en: "batchUnusable" },
  {
    zh: "一个批次的送货量无法正常上线使用（是/否）",
    en: "A whole delivered batch cannot be used on the line (yes/no)",
  },
  { headers: ["整批无法使用", "批次无法使用", "batch unusable", "batchunusable"] }
);

const affectsOrders = param(
  "affectsOrders",
  "yesno",
  { zh: "影响后续订单", en: "affectsOrders" },
  {
    zh: "影响后续订单或功能性能无法满足客户要求（是/否）",
    en: "Affects follow-up orders, or the function falls short of the customer's needs (yes/no)",
  },
  { headers: ["影响后续订单", "影响订单", "affects orders", "affectsorders"] }
);

const repeatsThisMonth = param(
  "repeatsThisMonth",
  "count",
  { zh: "当月发生次数", en: "repeatsThisMonth" },
  {
    zh: "同一问题当月发生的次数",
    en: "How many times the same problem occurred this month",
  },
  { headers: ["当月发生次数", "当月次数", "重复次数", "repeats", "repeats this month"] }
);

interface Complaint {
  readonly defectRate: number;
  readonly batchUnusable: boolean;
  readonly affectsOrders: boolean;
  readonly repeats: number;
}

const percent = (n: number): Text => ({
  zh: `${showNumber(n * 100)}%`,
  en: `${showNumber(n * 100)}%`,
});
const rate = quantity<Complaint>(
  { zh: "不良比例", en: "defect rate" },
  (i) => i.defectRate,
  percent
);
const repeats = quantity<Complaint>(
  { zh: "当月发生", en: "occurrences this month" },
  (i) => i.repeats,
  countOf("次", "times")
);

/** A yes/no criterion: met when the answer is yes. */
function answeredYes(label: Text, get: (i: Complaint) => boolean): Criterion<Complaint> {
  const answer = quantity<Complaint>(
    label,
    (i) => (get(i) ? 1 : 0),
    (n) => (n ? { zh: "：是", en: "= yes" } : { zh: "：否", en: "= no" })
  );
  return { test: get, describe: () => label, threshold: label, reads: [answer] };
}

const levels: Level<Complaint>[] = [
  {
    label: "严重程度客诉",
    any: [
      answeredYes({ zh: "影响后续订单", en: "affects follow-up orders" }, (i) => i.affectsOrders),
      atLeast(repeats, 3),
    ],
  },
  {
    label: "批量程度客诉",
    any: [
      atLeast(rate, 0.3),
      answeredYes({ zh: "整批无法使用", en: "whole batch unusable" }, (i) => i.batchUnusable),
    ],
  },
];

const edition: Edition = {
  id: "客诉程度判定标准预案",
  aliases: ["客诉程度判定标准"],
  year: 2013,
  source: COMPLAINT_SOURCE,
  clause: {
    zh: "一、抱怨内容影响程度的判定标准",
    en: "section 1, how far a complaint's content affects the customer",
  },
  labels: COMPLAINT_LEVELS,
  colours: severityScale(3),
};

export const complaintLevel: GradingFunction = {
  id: "COMPLAINTLEVEL",
  name: { zh: "客诉等级", en: "COMPLAINTLEVEL" },
  description: {
    zh: "按不良比例、整批可用性、对后续订单的影响和当月重复次数判定客诉程度",
    en: "Complaint severity from the defect rate, batch usability, effect on orders and repeats",
  },
  group: "quality",
  params: [defectRate, batchUnusable, affectsOrders, repeatsThisMonth],
  editions: [edition],
  grade(row) {
    const input: Complaint = {
      defectRate: readPercent(row[0], defectRate),
      batchUnusable: readYesNo(row[1], batchUnusable),
      affectsOrders: readYesNo(row[2], affectsOrders),
      repeats: readCount(row[3], repeatsThisMonth),
    };
    const decision = firstLevelReached(levels, input, "一般程度客诉");
    return { kind: "grade", value: decision.label, edition, reason: decision.reason };
  },
};
