/**
 * 损失事故等级 — accidents by economic loss, GB/T 15236-94 as quoted by the source:
 * 一般损失事故 1万元以下, 较大损失事故 "1万元或1万元以上，10万元以下", 重大损失事故 10万至
 * 不足100万, 特大损失事故 "100万元或100万元以上". Each lower bound is included, so the upper
 * "以下" excludes the number. A loss of 0 that was entered is 一般损失事故.
 */
import { severityScale } from "../colours";
import { atLeast, firstLevelReached, Level, quantity, yuan } from "../criteria";
import { directLoss } from "../params";
import { readMoney } from "../read/inputs";
import { Edition, GradingFunction } from "../types";

interface Loss {
  readonly directLoss: number;
}

const loss = quantity<Loss>(directLoss.label, (i) => i.directLoss, yuan);

const edition: Edition = {
  id: "GB/T 15236-94",
  aliases: ["GB/T 15236"],
  year: 1994,
  source: {
    zh: "GB/T 15236-94《职业安全卫生术语》",
    en: "GB/T 15236-94 (as quoted by the source)",
  },
  clause: { zh: "事故按经济损失程度分类", en: "accidents by economic loss" },
  labels: ["特大损失事故", "重大损失事故", "较大损失事故", "一般损失事故"],
  colours: severityScale(4),
};

// "100万元或100万元以上" / "10万元或10万元以上" / "1万元或1万元以上": lower bounds included.
const levels: Level<Loss>[] = [
  { label: "特大损失事故", any: [atLeast(loss, 1e6)] },
  { label: "重大损失事故", any: [atLeast(loss, 1e5)] },
  { label: "较大损失事故", any: [atLeast(loss, 1e4)] },
];

export const lossLevel: GradingFunction = {
  id: "LOSSLEVEL",
  name: { zh: "损失事故等级", en: "LOSSLEVEL" },
  description: {
    zh: "按一次事故的经济损失划分损失事故等级（GB/T 15236-94）",
    en: "Accident class by the economic loss of one accident (GB/T 15236-94)",
  },
  group: "accidents",
  params: [directLoss],
  editions: [edition],
  grade(row) {
    const input: Loss = { directLoss: readMoney(row[0], directLoss) };
    const decision = firstLevelReached(levels, input, "一般损失事故");
    return { kind: "grade", value: decision.label, edition, reason: decision.reason };
  },
};
