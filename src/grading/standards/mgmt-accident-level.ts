/**
 * 管理事故等级 — the source's internal 事故等级划分及扣分标准, part 一 (管理事故). Any one
 * criterion of a level is enough and the most severe level reached wins. In this internal
 * standard "N人以下" includes N (2人以下 = at most 2) and "超过" / "未超过…（含）" exclude and
 * include as written, so:
 * - 一级: any death or serious injury; treatment 超过50个工作日; leave 超过6个月; 罢工15人以上;
 *   or more than 5 minor injuries (二级 covers "5人以下轻伤", so a sixth is beyond it);
 * - 二级: 3–5 minor injuries; treatment 超过20 working days; leave 超过2个月; 罢工5–14人;
 * - 三级: otherwise (at most 2 minor injuries, ≤20 days, ≤2 months, fewer than 5 strikers),
 *   including a row of zeros that was entered.
 * 15 strikers is both "15人以上" (一级) and "15人以下" (二级): the more severe 一级 wins.
 */
import { severityScale } from "../colours";
import {
  atLeast,
  between,
  countOf,
  Criterion,
  custom,
  firstLevelReached,
  Level,
  Quantity,
  quantity,
} from "../criteria";
import { deaths, minorInjuries, param, seriousInjuries } from "../params";
import { readAmount, readCount } from "../read/inputs";
import { Edition, GradingFunction } from "../types";

interface Incident {
  readonly deaths: number;
  readonly seriousInjuries: number;
  readonly minorInjuries: number;
  readonly treatmentDays: number;
  readonly leaveMonths: number;
  readonly strikers: number;
}

const treatmentDays = param(
  "treatmentDays",
  "amount",
  { zh: "治疗时间", en: "treatment" },
  { zh: "治疗天数（工作日）", en: "Working days of medical treatment" },
  { headers: ["治疗工作日", "治疗天数", "治疗时间", "treatment days", "treatmentdays"] }
);

const leaveMonths = param(
  "leaveMonths",
  "amount",
  { zh: "工伤假", en: "injury leave" },
  {
    zh: "受伤者合计休工伤假月数",
    en: "Months of injury leave taken by all the injured together",
  },
  { headers: ["工伤假", "工伤假(月)", "休工伤假", "工伤假月数", "leave months", "leavemonths"] }
);

const strikers = param(
  "strikers",
  "count",
  { zh: "罢工人数", en: "strikers" },
  { zh: "因管理事故罢工的人数", en: "People on strike because of the management incident" },
  { headers: ["罢工人数", "罢工", "strikers"] }
);

const people = countOf("人", "people");
const dead = quantity<Incident>(deaths.label, (i) => i.deaths, people);
const injured = quantity<Incident>(seriousInjuries.label, (i) => i.seriousInjuries, people);
const minor = quantity<Incident>(minorInjuries.label, (i) => i.minorInjuries, people);
const treatment = quantity<Incident>(
  treatmentDays.label,
  (i) => i.treatmentDays,
  countOf("个工作日", "working days")
);
const leave = quantity<Incident>(
  leaveMonths.label,
  (i) => i.leaveMonths,
  countOf("个月", "months")
);
const strike = quantity<Incident>(strikers.label, (i) => i.strikers, people);

/** quantity > n ("超过N", N excluded). */
function moreThan(q: Quantity<Incident>, n: number): Criterion<Incident> {
  const shown = q.show(n);
  return custom((i) => q.get(i) > n, { zh: `超过${shown.zh}`, en: `more than ${shown.en}` }, [q]);
}

const edition: Edition = {
  id: "事故等级划分及扣分标准",
  aliases: ["管理事故"],
  // The internal standard is undated; 2013 is the date of the source bundle it came in.
  year: 2013,
  source: { zh: "《事故等级划分及扣分标准》", en: "Internal accident levels and penalty points" },
  clause: { zh: "一、管理事故", en: "part 1, management accidents" },
  labels: ["一级事故", "二级事故", "三级事故"],
  colours: severityScale(3),
};

const levels: Level<Incident>[] = [
  {
    // 1、一级事故 A: 死亡或重伤，治疗超过50个工作日，工伤假合计超过6个月; B: 15人以上罢工.
    label: "一级事故",
    any: [
      atLeast(dead, 1),
      atLeast(injured, 1),
      moreThan(treatment, 50),
      moreThan(leave, 6),
      atLeast(strike, 15),
      moreThan(minor, 5),
    ],
  },
  {
    // 2、二级事故 A: 5人以下轻伤 (beyond 三级's 2人以下), 治疗超过20个工作日 (三级 allows
    // 20（含）), 工伤假超过2个月; B: 5人以上15人以下罢工.
    label: "二级事故",
    any: [
      between(minor, 3, 5),
      moreThan(treatment, 20),
      moreThan(leave, 2),
      between(strike, 5, 14),
    ],
  },
];

export const mgmtAccidentLevel: GradingFunction = {
  id: "MGMTACCIDENTLEVEL",
  name: { zh: "管理事故等级", en: "MGMTACCIDENTLEVEL" },
  description: {
    zh: "按内部《事故等级划分及扣分标准》划分管理事故等级：一级、二级、三级事故",
    en: "Internal management accident level 1–3 from injuries, treatment, leave and strikes",
  },
  group: "accidents",
  params: [deaths, seriousInjuries, minorInjuries, treatmentDays, leaveMonths, strikers],
  editions: [edition],
  grade(row) {
    const input: Incident = {
      deaths: readCount(row[0], deaths),
      seriousInjuries: readCount(row[1], seriousInjuries),
      minorInjuries: readCount(row[2], minorInjuries),
      treatmentDays: readAmount(row[3], treatmentDays, ["天", "日", "工作日", "个工作日"]),
      leaveMonths: readAmount(row[4], leaveMonths, ["月", "个月"]),
      strikers: readCount(row[5], strikers),
    };
    const decision = firstLevelReached(levels, input, "三级事故");
    return { kind: "grade", value: decision.label, edition, reason: decision.reason };
  },
};
