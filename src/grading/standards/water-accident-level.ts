/**
 * 水上交通事故等级 — 《水上交通事故统计办法》（交通运输部令2014年第15号，2021年第23号令修正）
 * 第六条. The three upper levels copy the 国务院令第493号 bands; deaths include the missing.
 * 一般事故 is 死亡（含失踪）1人以上, 重伤1人以上, or a direct loss of 100万元以上 up to the
 * 较大 band; anything below is 小事故. The retrieved 2021 text breaks off after "1000万元以下",
 * so the 100万 floor of 一般事故 is kept from the 2014 text rather than dropped: without it
 * every loss, however small, would be 一般 and 小事故 could only mean "nothing happened".
 * "以上" includes the number and "以下" excludes it.
 */
import { severityScale } from "../colours";
import { atLeast, countOf, firstLevelReached, Level, quantity, yuan } from "../criteria";
import { deaths, directLoss, seriousInjuries } from "../params";
import { readCount, readMoney } from "../read/inputs";
import { Edition, GradingFunction } from "../types";
import { bands493 } from "./incident-level";

interface Water {
  readonly deaths: number;
  readonly seriousInjuries: number;
  readonly directLoss: number;
}

const people = countOf("人", "people");
const dead = quantity<Water>(deaths.label, (i) => i.deaths, people);
const injured = quantity<Water>(seriousInjuries.label, (i) => i.seriousInjuries, people);
const loss = quantity<Water>(directLoss.label, (i) => i.directLoss, yuan);

const edition: Edition = {
  id: "交通运输部令2021年第23号",
  aliases: ["水上交通事故统计办法", "交通运输部令2014年第15号"],
  year: 2021,
  source: {
    zh: "《水上交通事故统计办法》（交通运输部令2014年第15号，2021年修正）",
    en: "Water Traffic Accident Statistics Measures (MOT Order 2014 No. 15, amended 2021)",
  },
  clause: { zh: "第六条", en: "art. 6" },
  labels: ["特别重大事故", "重大事故", "较大事故", "一般事故", "小事故"],
  colours: severityScale(5),
};

const levels: Level<Water>[] = [
  // 第六条 (一)至(三): 30人 / 100人 / 1亿元, 10人 / 50人 / 5000万元, 3人 / 10人 / 1000万元.
  ...bands493(["特别重大事故", "重大事故", "较大事故"]),
  // 第六条 (四): 死亡（含失踪）1人以上 / 重伤1人以上 / 100万元以上（2014年文本）.
  { label: "一般事故", any: [atLeast(dead, 1), atLeast(injured, 1), atLeast(loss, 1e6)] },
];

export const waterAccidentLevel: GradingFunction = {
  id: "WATERACCIDENTLEVEL",
  name: { zh: "水上事故等级", en: "WATERACCIDENTLEVEL" },
  description: {
    zh: "按《水上交通事故统计办法》（2021年修正）第六条划分水上交通事故等级",
    en: "Water traffic accident level by the statistics measures (amended 2021), art. 6",
  },
  group: "accidents",
  params: [deaths, seriousInjuries, directLoss],
  editions: [edition],
  grade(row) {
    const input: Water = {
      deaths: readCount(row[0], deaths),
      seriousInjuries: readCount(row[1], seriousInjuries),
      directLoss: readMoney(row[2], directLoss),
    };
    const decision = firstLevelReached(levels, input, "小事故");
    return { kind: "grade", value: decision.label, edition, reason: decision.reason };
  },
};
