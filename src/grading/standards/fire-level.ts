/**
 * 火灾等级 — three editions of the fire-grade rules, each with its own labels.
 *
 * 2025 (default), 《火灾统计管理规定》（消防〔2025〕17号）: the loss bands rise to 3000万 / 1亿 /
 * 3亿; the casualty bands are taken as unchanged from 2007 because the grading article itself
 * was not retrieved. 轻微火灾 is the part of 一般火灾 with no deaths, no serious injuries and a
 * loss below 1000 yuan; minor injuries are not an input, so a fire whose only casualties are
 * minor injuries cannot be told apart. The edition reinstates 受灾户 but its household
 * thresholds are not confirmed: households are read (bad input is still #VALUE!) and EXPLAIN
 * says they were not graded, instead of guessing a threshold.
 *
 * 2007, 公安部《关于调整火灾等级标准的通知》: the 493 bands with fire labels; households dropped,
 * and EXPLAIN says so when they are given.
 *
 * 1996, 《火灾统计管理规定》（公通字〔1996〕82号）第六条: every threshold 含本数, and
 * "死亡、重伤20人以上" counts deaths and serious injuries together.
 */
import { severityScale } from "../colours";
import { atLeast, countOf, custom, firstLevelReached, Level, quantity, yuan } from "../criteria";
import { pickEdition } from "../edition";
import { messages } from "../messages";
import { deaths, directLoss, editionParam, param, seriousInjuries } from "../params";
import { isBlank, readCount, readMoney } from "../read/inputs";
import { Edition, Grade, GradingFunction, Text } from "../types";
import { bands493 } from "./incident-level";

interface Fire {
  readonly deaths: number;
  readonly seriousInjuries: number;
  readonly directLoss: number;
  readonly households: number;
}

const households = param(
  "households",
  "count",
  { zh: "受灾户", en: "households" },
  {
    zh: "受灾户数（可选；1996版参与评级，2025版门槛未确认暂不评级，2007版无此标准）",
    en: "Households affected (optional; graded by the 1996 edition only)",
  },
  { optional: true, headers: ["受灾户", "受灾户数", "受灾户数(户)", "households"] }
);

const people = countOf("人", "people");
const dead = quantity<Fire>(deaths.label, (i) => i.deaths, people);
const injured = quantity<Fire>(seriousInjuries.label, (i) => i.seriousInjuries, people);
const loss = quantity<Fire>(directLoss.label, (i) => i.directLoss, yuan);
const homes = quantity<Fire>(households.label, (i) => i.households, countOf("户", "households"));
const together = quantity<Fire>(
  { zh: "死亡、重伤合计", en: "deaths and serious injuries together" },
  (i) => i.deaths + i.seriousInjuries,
  people
);

const edition2025: Edition = {
  id: "消防〔2025〕17号",
  aliases: ["火灾统计管理规定2025"],
  year: 2025,
  source: {
    zh: "《火灾统计管理规定》（消防〔2025〕17号）",
    en: "Fire Statistics Management Rules (消防〔2025〕17号)",
  },
  clause: { zh: "火灾等级", en: "fire grades" },
  labels: ["特别重大火灾", "重大火灾", "较大火灾", "一般火灾", "轻微火灾"],
  colours: severityScale(5),
};

const edition2007: Edition = {
  id: "2007年火灾等级标准",
  aliases: ["关于调整火灾等级标准的通知"],
  year: 2007,
  source: {
    zh: "公安部《关于调整火灾等级标准的通知》（2007）",
    en: "Ministry of Public Security notice adjusting fire grades (2007)",
  },
  clause: { zh: "火灾等级标准", en: "fire grade bands" },
  labels: ["特别重大火灾", "重大火灾", "较大火灾", "一般火灾"],
  colours: severityScale(4),
};

const edition1996: Edition = {
  id: "公通字〔1996〕82号",
  aliases: ["火灾统计管理规定1996"],
  year: 1996,
  source: {
    zh: "《火灾统计管理规定》（公通字〔1996〕82号）",
    en: "Fire Statistics Management Rules (公通字〔1996〕82号)",
  },
  clause: { zh: "第六条", en: "art. 6" },
  labels: ["特大火灾", "重大火灾", "一般火灾"],
  colours: severityScale(3),
};

// 消防〔2025〕17号: loss bands 3000万 / 1亿 / 3亿 (以上 includes); casualty bands as in 2007.
const levels2025: Level<Fire>[] = [
  { label: "特别重大火灾", any: [atLeast(dead, 30), atLeast(injured, 100), atLeast(loss, 3e8)] },
  { label: "重大火灾", any: [atLeast(dead, 10), atLeast(injured, 50), atLeast(loss, 1e8)] },
  { label: "较大火灾", any: [atLeast(dead, 3), atLeast(injured, 10), atLeast(loss, 3e7)] },
];

// 消防〔2025〕17号: 轻微火灾 = no casualties and a direct loss 不足1000元 (1000 itself is 一般).
const slight = custom<Fire>(
  (i) => i.deaths === 0 && i.seriousInjuries === 0 && i.directLoss < 1000,
  { zh: "无人员伤亡且直接损失不足1000元", en: "no casualties and a loss below CNY 1,000" },
  [dead, injured, loss]
);

// 2007 notice: the 国务院令第493号 第三条 bands, 以上 includes and 以下 excludes.
const levels2007 = bands493(["特别重大火灾", "重大火灾", "较大火灾"]);

// 公通字〔1996〕82号 第六条: "以上（含本数）" for every criterion.
const levels1996: Level<Fire>[] = [
  {
    label: "特大火灾",
    any: [
      atLeast(dead, 10),
      atLeast(injured, 20),
      atLeast(together, 20),
      atLeast(homes, 50),
      atLeast(loss, 1e6),
    ],
  },
  {
    label: "重大火灾",
    any: [
      atLeast(dead, 3),
      atLeast(injured, 10),
      atLeast(together, 10),
      atLeast(homes, 30),
      atLeast(loss, 3e5),
    ],
  },
];

function graded(edition: Edition, value: string, reason: () => Text, notes: Text[]): Grade {
  return { kind: "grade", value, edition, reason, notes };
}

export const fireLevel: GradingFunction = {
  id: "FIRELEVEL",
  name: { zh: "火灾等级", en: "FIRELEVEL" },
  description: {
    zh: "按《火灾统计管理规定》划分火灾等级（2025版默认，可选2007、1996版）",
    en: "Fire grade by the fire statistics rules (2025 by default; 2007 and 1996 editions)",
  },
  group: "accidents",
  params: [
    deaths,
    seriousInjuries,
    directLoss,
    households,
    editionParam("2025（默认）、2007、1996"),
  ],
  editions: [edition2025, edition2007, edition1996],
  grade(row) {
    const edition = pickEdition(fireLevel, row[4]);
    const input: Fire = {
      deaths: readCount(row[0], deaths),
      seriousInjuries: readCount(row[1], seriousInjuries),
      directLoss: readMoney(row[2], directLoss),
      households: readCount(row[3], households),
    };
    const homesGiven = !isBlank(row[3]);

    if (edition === edition1996) {
      const decision = firstLevelReached(levels1996, input, "一般火灾");
      return graded(edition, decision.label as string, decision.reason, []);
    }
    if (edition === edition2007) {
      const notes = homesGiven
        ? [messages.householdsNotInEdition(input.households, edition.id)]
        : [];
      const decision = firstLevelReached(levels2007, input, "一般火灾");
      return graded(edition, decision.label as string, decision.reason, notes);
    }
    const notes = homesGiven ? [messages.householdsNotGraded2025(input.households)] : [];
    const decision = firstLevelReached(levels2025, input, "一般火灾");
    if (decision.label === "一般火灾" && slight.test(input)) {
      return graded(edition, "轻微火灾", () => slight.describe(input), notes);
    }
    return graded(edition, decision.label as string, decision.reason, notes);
  },
};
