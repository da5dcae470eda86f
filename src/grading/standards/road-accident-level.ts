/**
 * 道路交通事故等级 — two editions with different outputs.
 *
 * 1991 (default, the only graded scale): 《道路交通事故处理办法》第六条 with the bands of
 * 公通字〔1991〕113号. "以上" includes the number and "不足" excludes it; the serious-injury
 * bands only tile (3–10, then 11) when "3人以上10人以下" includes 10. Decisions where the
 * notice is silent:
 * - 一般事故 by loss means a loss from the 轻微 ceiling (1000 yuan, or 200 for a non-motor
 *   accident) up to 不足3万元: a loss of exactly the ceiling is 一般, one yuan less is 轻微.
 * - `nonMotor` TRUE only for an accident with no motor vehicle involved; a mixed accident is a
 *   motor-vehicle accident (the notice names accidents by the vehicles in them), so blank or
 *   FALSE uses the 1000-yuan ceiling.
 * - Minor injuries have no upper bound: 50 minor injuries and nothing else is still 一般事故.
 * - No casualty and no loss is not a graded accident: #N/A.
 *
 * 2004: the current procedure rules (《道路交通事故处理程序规定》, under the 2004 道路交通安全法)
 * classify by kind: any death → 死亡事故, else any injury → 伤人事故, else any loss →
 * 财产损失事故, nothing → #N/A. `nonMotor` plays no part and EXPLAIN says so when it is given.
 */
import { severityScale } from "../colours";
import {
  atLeast,
  between,
  countOf,
  custom,
  firstLevelReached,
  Level,
  quantity,
  yuan,
} from "../criteria";
import { pickEdition } from "../edition";
import { notCovered } from "../failure";
import { messages } from "../messages";
import { deaths, editionParam, minorInjuries, param, seriousInjuries } from "../params";
import { isBlank, readCount, readMoney, readYesNo } from "../read/inputs";
import { Edition, GradingFunction } from "../types";

interface Road {
  readonly deaths: number;
  readonly seriousInjuries: number;
  readonly minorInjuries: number;
  readonly propertyLoss: number;
}

const propertyLoss = param(
  "propertyLoss",
  "money",
  { zh: "财产损失", en: "property loss" },
  {
    zh: "直接财产损失，单位元；可写 2万、3.5万元",
    en: "Direct property loss in yuan; text such as 2万 or 3.5万元 is read too",
  },
  {
    headers: ["财产损失", "直接财产损失", "财产损失(元)", "损失", "property loss", "propertyloss"],
  }
);

const nonMotor = param(
  "nonMotor",
  "yesno",
  { zh: "非机动车", en: "nonMotor" },
  {
    zh: "是否非机动车事故（可选；无机动车参与时为 TRUE，默认按机动车事故）",
    en: "Non-motor-vehicle accident (optional; TRUE only when no motor vehicle was involved)",
  },
  { optional: true, headers: ["非机动车", "非机动车事故", "non-motor", "nonmotor"] }
);

const people = countOf("人", "people");
const dead = quantity<Road>(deaths.label, (i) => i.deaths, people);
const injured = quantity<Road>(seriousInjuries.label, (i) => i.seriousInjuries, people);
const minor = quantity<Road>(minorInjuries.label, (i) => i.minorInjuries, people);
const loss = quantity<Road>(propertyLoss.label, (i) => i.propertyLoss, yuan);

const edition1991: Edition = {
  id: "公通字〔1991〕113号",
  aliases: ["道路交通事故处理办法"],
  year: 1991,
  source: {
    zh: "公安部《关于修订道路交通事故等级划分标准的通知》（公通字〔1991〕113号）",
    en: "Ministry of Public Security notice revising road accident grades (公通字〔1991〕113号)",
  },
  clause: { zh: "《道路交通事故处理办法》第六条", en: "Road Accident Handling Measures, art. 6" },
  labels: ["特大事故", "重大事故", "一般事故", "轻微事故"],
  colours: severityScale(4),
};

const edition2004: Edition = {
  id: "道路交通事故处理程序规定",
  aliases: ["程序规定", "现行", "current"],
  year: 2004,
  source: {
    zh: "《道路交通事故处理程序规定》（依《道路交通安全法》，2004年起施行）",
    en: "Road Traffic Accident Handling Procedure Rules (under the 2004 Road Traffic Safety Law)",
  },
  clause: { zh: "事故分类", en: "accident kinds" },
  labels: ["死亡事故", "伤人事故", "财产损失事故"],
  colours: severityScale(3),
};

const motorText = { zh: "机动车事故", en: "motor-vehicle accident" };
const nonMotorText = { zh: "非机动车事故", en: "non-motor-vehicle accident" };

/** The 1991 bands; the 轻微 loss ceiling depends on the kind of vehicle. */
function bands1991(ceiling: number, kind: { zh: string; en: string }): Level<Road>[] {
  const shown = yuan(ceiling);
  return [
    {
      // 特大事故: 死亡3人以上; 重伤11人以上; 死亡1人同时重伤8人以上; 死亡2人同时重伤5人以上;
      // 财产损失6万元以上.
      label: "特大事故",
      any: [
        atLeast(dead, 3),
        atLeast(injured, 11),
        custom(
          (i) => i.deaths === 1 && i.seriousInjuries >= 8,
          { zh: "死亡1人同时重伤8人以上", en: "1 death and 8 or more seriously injured" },
          [dead, injured]
        ),
        custom(
          (i) => i.deaths === 2 && i.seriousInjuries >= 5,
          { zh: "死亡2人同时重伤5人以上", en: "2 deaths and 5 or more seriously injured" },
          [dead, injured]
        ),
        atLeast(loss, 6e4),
      ],
    },
    {
      // 重大事故: 死亡1至2人; 重伤3人以上10人以下; 财产损失3万元以上不足6万元.
      label: "重大事故",
      any: [between(dead, 1, 2), between(injured, 3, 10), atLeast(loss, 3e4)],
    },
    {
      // 一般事故: 重伤1至2人; 轻伤3人以上; 财产损失不足3万元 (from the 轻微 ceiling up).
      label: "一般事故",
      any: [
        between(injured, 1, 2),
        atLeast(minor, 3),
        custom(
          (i) => i.propertyLoss >= ceiling,
          { zh: `${shown.zh}以上（${kind.zh}）`, en: `${shown.en} or more (${kind.en})` },
          [loss]
        ),
      ],
    },
    {
      // 轻微事故: 轻伤1至2人; 机动车事故财产损失不足1000元, 非机动车事故不足200元.
      label: "轻微事故",
      any: [
        between(minor, 1, 2),
        custom(
          (i) => i.propertyLoss > 0 && i.propertyLoss < ceiling,
          { zh: `不足${shown.zh}（${kind.zh}）`, en: `below ${shown.en} (${kind.en})` },
          [loss]
        ),
      ],
    },
  ];
}

const motor1991 = bands1991(1000, motorText);
const nonMotor1991 = bands1991(200, nonMotorText);

// 程序规定 事故分类: 死亡事故 / 伤人事故 / 财产损失事故.
const kinds2004: Level<Road>[] = [
  { label: "死亡事故", any: [atLeast(dead, 1)] },
  { label: "伤人事故", any: [atLeast(injured, 1), atLeast(minor, 1)] },
  {
    label: "财产损失事故",
    any: [
      custom((i) => i.propertyLoss > 0, { zh: "有财产损失", en: "some property loss" }, [loss]),
    ],
  },
];

/** No level reached: a sentinel that is never a label. */
const NOTHING = "";

export const roadAccidentLevel: GradingFunction = {
  id: "ROADACCIDENTLEVEL",
  name: { zh: "道路事故等级", en: "ROADACCIDENTLEVEL" },
  description: {
    zh: "按公通字〔1991〕113号划分道路交通事故等级，或按现行程序规定（2004）划分事故类型",
    en: "Road accident grade by the 1991 notice, or accident kind by the current rules (2004)",
  },
  group: "accidents",
  params: [
    deaths,
    seriousInjuries,
    minorInjuries,
    propertyLoss,
    nonMotor,
    editionParam("1991（默认）、2004"),
  ],
  editions: [edition1991, edition2004],
  grade(row) {
    const edition = pickEdition(roadAccidentLevel, row[5]);
    const input: Road = {
      deaths: readCount(row[0], deaths),
      seriousInjuries: readCount(row[1], seriousInjuries),
      minorInjuries: readCount(row[2], minorInjuries),
      propertyLoss: readMoney(row[3], propertyLoss),
    };
    const isNonMotor = readYesNo(row[4], nonMotor);

    const levels = edition === edition2004 ? kinds2004 : isNonMotor ? nonMotor1991 : motor1991;
    const decision = firstLevelReached(levels, input, NOTHING);
    if (decision.label === NOTHING) throw notCovered(messages.noCasualtyOrLoss);
    const notes = edition === edition2004 && !isBlank(row[4]) ? [messages.vehicleKindIgnored] : [];
    return { kind: "grade", value: decision.label, edition, reason: decision.reason, notes };
  },
};
