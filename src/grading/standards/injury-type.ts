/**
 * 伤害程度 — one injured person by lost workdays, GB 6441-86 第4条 and 附录B: 重伤 when the
 * loss "等于和超过105日", 轻伤 from 1 day up to 低于105日. Less than one lost workday is not a
 * minor injury under the standard: #N/A. Workdays may be fractional (104.5 is 轻伤).
 * Deaths are not an output here: 附录B counts a death as 6000 lost workdays, and such a count
 * is still graded 重伤, because only injuries are classified by this function.
 */
import { severityScale } from "../colours";
import { atLeast, countOf, firstLevelReached, Level, quantity } from "../criteria";
import { notCovered } from "../failure";
import { messages } from "../messages";
import { param } from "../params";
import { readAmount } from "../read/inputs";
import { Edition, GradingFunction } from "../types";

interface Injury {
  readonly lostWorkdays: number;
}

const lostWorkdays = param(
  "lostWorkdays",
  "amount",
  { zh: "损失工作日", en: "lost workdays" },
  { zh: "受伤者的损失工作日数", en: "Workdays lost by the injured person" },
  {
    headers: [
      "损失工作日",
      "损失工作日(日)",
      "歇工天数",
      "休工天数",
      "lost workdays",
      "lostworkdays",
    ],
  }
);

const days = quantity<Injury>(lostWorkdays.label, (i) => i.lostWorkdays, countOf("日", "days"));

const edition: Edition = {
  id: "GB 6441-86",
  aliases: ["GB 6441", "GB/T 6441-86"],
  year: 1986,
  source: { zh: "GB 6441-86《企业职工伤亡事故分类》", en: "GB 6441-86 (casualty classification)" },
  clause: { zh: "第4条及附录B", en: "clause 4 and annex B" },
  labels: ["重伤", "轻伤"],
  colours: severityScale(2),
};

// 第4条: 重伤 损失工作日等于和超过105日; 轻伤 1日以上、低于105日.
const levels: Level<Injury>[] = [
  { label: "重伤", any: [atLeast(days, 105)] },
  { label: "轻伤", any: [atLeast(days, 1)] },
];

export const injuryType: GradingFunction = {
  id: "INJURYTYPE",
  name: { zh: "伤害程度", en: "INJURYTYPE" },
  description: {
    zh: "按损失工作日判定伤害程度：重伤或轻伤（GB 6441-86）",
    en: "Injury severity, serious or minor, from lost workdays (GB 6441-86)",
  },
  group: "accidents",
  params: [lostWorkdays],
  editions: [edition],
  grade(row) {
    const input: Injury = {
      lostWorkdays: readAmount(row[0], lostWorkdays, [
        "日",
        "天",
        "工作日",
        "个工作日",
        "d",
        "days",
      ]),
    };
    const decision = firstLevelReached(levels, input, "");
    if (decision.label === "")
      throw notCovered(messages.belowOneLostWorkday(lostWorkdays.label, row[0]));
    return { kind: "grade", value: decision.label, edition, reason: decision.reason };
  },
};
