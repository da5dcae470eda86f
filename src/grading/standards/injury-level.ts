/**
 * 伤亡事故等级 — casualty classes of one accident, in two editions that band deaths
 * differently (do not mix them).
 *
 * GB/T 15236-94 (default), as quoted by the source: 特大死亡事故 10人以上（含10人）, 重大死亡事故
 * 3–9人, 死亡事故 1–2人, 重伤事故 (重伤, no death), 轻伤事故 (only minor injuries).
 * GB 6441-86 第5条: 特大伤亡事故 死亡3人以上, 重大伤亡事故 死亡1–2人, 重伤事故, 轻伤事故.
 *
 * A row with no death and no injury of either kind is no casualty accident at all, so it is
 * #N/A in both editions (a row that is entirely blank stays blank).
 */
import { severityScale } from "../colours";
import { atLeast, between, countOf, firstLevelReached, Level, quantity } from "../criteria";
import { pickEdition } from "../edition";
import { notCovered } from "../failure";
import { messages } from "../messages";
import { deaths, editionParam, minorInjuries, seriousInjuries } from "../params";
import { readCount } from "../read/inputs";
import { Edition, GradingFunction } from "../types";

interface Casualties {
  readonly deaths: number;
  readonly seriousInjuries: number;
  readonly minorInjuries: number;
}

const people = countOf("人", "people");
const dead = quantity<Casualties>(deaths.label, (i) => i.deaths, people);
const injured = quantity<Casualties>(seriousInjuries.label, (i) => i.seriousInjuries, people);
const minor = quantity<Casualties>(minorInjuries.label, (i) => i.minorInjuries, people);

const gbt15236: Edition = {
  id: "GB/T 15236-94",
  aliases: ["GB/T 15236", "GB 15236-94"],
  year: 1994,
  source: {
    zh: "GB/T 15236-94《职业安全卫生术语》",
    en: "GB/T 15236-94 (as quoted by the source)",
  },
  clause: { zh: "伤亡事故按伤害程度分类", en: "accidents by injury severity" },
  labels: ["特大死亡事故", "重大死亡事故", "死亡事故", "重伤事故", "轻伤事故"],
  colours: severityScale(5),
};

const gb6441: Edition = {
  id: "GB 6441-86",
  aliases: ["GB 6441", "GB/T 6441-86", "GB/T 6441"],
  year: 1986,
  source: { zh: "GB 6441-86《企业职工伤亡事故分类》", en: "GB 6441-86 (casualty classification)" },
  clause: { zh: "第5条", en: "clause 5" },
  labels: ["特大伤亡事故", "重大伤亡事故", "重伤事故", "轻伤事故"],
  colours: severityScale(4),
};

// GB/T 15236-94 as quoted: 死亡10人以上（含10人）/ 3–9人 / 1–2人, then 重伤, then 轻伤.
const levels15236: Level<Casualties>[] = [
  { label: "特大死亡事故", any: [atLeast(dead, 10)] },
  { label: "重大死亡事故", any: [between(dead, 3, 9)] },
  { label: "死亡事故", any: [between(dead, 1, 2)] },
  { label: "重伤事故", any: [atLeast(injured, 1)] },
  { label: "轻伤事故", any: [atLeast(minor, 1)] },
];

// GB 6441-86 第5条: 死亡3人以上（含3人）/ 1–2人, then 重伤, then 轻伤.
const levels6441: Level<Casualties>[] = [
  { label: "特大伤亡事故", any: [atLeast(dead, 3)] },
  { label: "重大伤亡事故", any: [between(dead, 1, 2)] },
  { label: "重伤事故", any: [atLeast(injured, 1)] },
  { label: "轻伤事故", any: [atLeast(minor, 1)] },
];

/** No level reached: a sentinel that is never a label. */
const NOTHING = "";

export const injuryLevel: GradingFunction = {
  id: "INJURYLEVEL",
  name: { zh: "伤亡事故等级", en: "INJURYLEVEL" },
  description: {
    zh: "按伤害程度划分伤亡事故等级（GB/T 15236-94 默认，可选 GB 6441-86）",
    en: "Casualty accident class by injury severity (GB/T 15236-94 by default, or GB 6441-86)",
  },
  group: "accidents",
  params: [
    deaths,
    seriousInjuries,
    minorInjuries,
    editionParam("GB/T 15236-94（默认）、GB 6441-86"),
  ],
  editions: [gbt15236, gb6441],
  grade(row) {
    const edition = pickEdition(injuryLevel, row[3]);
    const input: Casualties = {
      deaths: readCount(row[0], deaths),
      seriousInjuries: readCount(row[1], seriousInjuries),
      minorInjuries: readCount(row[2], minorInjuries),
    };
    const levels = edition === gb6441 ? levels6441 : levels15236;
    const decision = firstLevelReached(levels, input, NOTHING);
    if (decision.label === NOTHING) throw notCovered(messages.noCasualties);
    return { kind: "grade", value: decision.label, edition, reason: decision.reason };
  },
};
