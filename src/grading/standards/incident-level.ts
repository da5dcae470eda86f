/**
 * 生产安全事故等级 — 《生产安全事故报告和调查处理条例》（国务院令第493号）第三条.
 * Any one of deaths, serious injuries (acute industrial poisoning included) or direct loss
 * reaching a band is enough; "以上" includes the number and "以下" excludes it (art. 3).
 */
import { severityScale } from "../colours";
import { atLeast, countOf, firstLevelReached, Level, quantity, yuan } from "../criteria";
import { deaths, directLoss, seriousInjuries } from "../params";
import { readCount, readMoney } from "../read/inputs";
import { Edition, GradingFunction } from "../types";

interface Casualties {
  readonly deaths: number;
  readonly seriousInjuries: number;
  readonly directLoss: number;
}

const dead = quantity<Casualties>(deaths.label, (i) => i.deaths, countOf("人", "people"));
const injured = quantity<Casualties>(
  seriousInjuries.label,
  (i) => i.seriousInjuries,
  countOf("人", "people")
);
const loss = quantity<Casualties>(directLoss.label, (i) => i.directLoss, yuan);

/** The 493 bands, shared by the standards that adopted them (fires 2007, water 2021). */
export function bands493(labels: readonly [string, string, string]): Level<Casualties>[] {
  return [
    { label: labels[0], any: [atLeast(dead, 30), atLeast(injured, 100), atLeast(loss, 1e8)] },
    { label: labels[1], any: [atLeast(dead, 10), atLeast(injured, 50), atLeast(loss, 5e7)] },
    { label: labels[2], any: [atLeast(dead, 3), atLeast(injured, 10), atLeast(loss, 1e7)] },
  ];
}

const edition: Edition = {
  id: "国务院令第493号",
  aliases: ["493", "2007"],
  year: 2007,
  source: {
    zh: "《生产安全事故报告和调查处理条例》（国务院令第493号）",
    en: "Regulations on Reporting, Investigation and Handling of Production Safety Accidents (State Council Decree 493)",
  },
  clause: { zh: "第三条", en: "art. 3" },
  labels: ["特别重大事故", "重大事故", "较大事故", "一般事故"],
  colours: severityScale(4),
};

const levels = bands493(["特别重大事故", "重大事故", "较大事故"]);

export const incidentLevel: GradingFunction = {
  id: "INCIDENTLEVEL",
  name: { zh: "事故等级", en: "INCIDENTLEVEL" },
  description: {
    zh: "按国务院令第493号第三条划分生产安全事故等级",
    en: "Production-safety accident level by State Council Decree 493, art. 3",
  },
  group: "accidents",
  params: [deaths, seriousInjuries, directLoss],
  editions: [edition],
  grade(row) {
    const input: Casualties = {
      deaths: readCount(row[0], deaths),
      seriousInjuries: readCount(row[1], seriousInjuries),
      directLoss: readMoney(row[2], directLoss),
    };
    const decision = firstLevelReached(levels, input, "一般事故");
    return { kind: "grade", value: decision.label, edition, reason: decision.reason };
  },
};
