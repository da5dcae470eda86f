/**
 * 船舶交通事故等级 — 《船舶交通事故统计规则》（交通部令1990年第16号）第四条 and its
 * 《船舶交通事故分级标准表》. The ship's class sets the loss bands; any one criterion of a
 * level is enough ("凡符合表内标准之一"), and the table's note makes "以上" include the number
 * and "以下" exclude it.
 *
 * Class: ships by gross tonnage, tugs and pushers by main-engine power. When both are given
 * and fall in different classes, the higher class (I over II over III) wins and EXPLAIN says
 * so: a ship big enough by either measure is treated as that big. When neither is given the
 * class is unknown: #VALUE!. Gross tonnage may be blank when main-engine power is given, so
 * it is declared optional but still counts for the blank-row rule.
 */
import { severityScale } from "../colours";
import { atLeast, between, countOf, firstLevelReached, Level, quantity, yuan } from "../criteria";
import { invalid } from "../failure";
import { messages } from "../messages";
import { deaths, directLoss, param, seriousInjuries } from "../params";
import { isBlank, readAmount, readCount, readMoney } from "../read/inputs";
import { showNumber } from "../text";
import { Cell, Edition, GradingFunction, Text } from "../types";

interface Ship {
  readonly deaths: number;
  readonly seriousInjuries: number;
  readonly directLoss: number;
}

const grossTonnage = param(
  "grossTonnage",
  "amount",
  { zh: "总吨位", en: "gross tonnage" },
  {
    zh: "船舶总吨位（拖轮、推轮可留空并填写主机功率）",
    en: "Gross tonnage (may be blank for tugs and pushers when main-engine power is given)",
  },
  {
    optional: true,
    countsForBlank: true,
    headers: ["总吨位", "总吨", "吨位", "gross tonnage", "grosstonnage", "gt"],
  }
);

const mainEngineKw = param(
  "mainEngineKw",
  "amount",
  { zh: "主机功率", en: "main-engine power" },
  {
    zh: "主机额定功率，单位千瓦（可选；拖轮、推轮按此定级）",
    en: "Rated main-engine power in kW (optional; classes tugs and pushers)",
  },
  { optional: true, headers: ["主机功率", "主机功率(千瓦)", "功率", "main engine kw", "kw"] }
);

const people = countOf("人", "people");
const dead = quantity<Ship>(deaths.label, (i) => i.deaths, people);
const injured = quantity<Ship>(seriousInjuries.label, (i) => i.seriousInjuries, people);
const loss = quantity<Ship>(directLoss.label, (i) => i.directLoss, yuan);

const edition: Edition = {
  id: "交通部令1990年第16号",
  aliases: ["船舶交通事故统计规则"],
  year: 1990,
  source: {
    zh: "《船舶交通事故统计规则》（交通部令1990年第16号）",
    en: "Ship Traffic Accident Statistics Rules (Ministry of Communications Order 16, 1990)",
  },
  clause: { zh: "第四条及《船舶交通事故分级标准表》", en: "art. 4 and its grading table" },
  labels: ["重大事故", "大事故", "一般事故", "小事故"],
  colours: severityScale(4),
};

type ShipClass = 0 | 1 | 2;

const CLASS_NAMES: readonly Text[] = [
  { zh: "一类船舶", en: "class I ship" },
  { zh: "二类船舶", en: "class II ship" },
  { zh: "三类船舶", en: "class III ship" },
];

// 分级标准表 注: 3000总吨以上 I, 500总吨以上3000总吨以下 II, 500总吨以下 III.
function byTonnage(gt: number): ShipClass {
  return gt >= 3000 ? 0 : gt >= 500 ? 1 : 2;
}

// 分级标准表 注: 拖轮、推轮按主机额定功率 — 3000千瓦以上 I, 1500千瓦以上 II, else III.
function byPower(kw: number): ShipClass {
  return kw >= 3000 ? 0 : kw >= 1500 ? 1 : 2;
}

/** One class's row of the 分级标准表: the loss bands for 重大 / 大 / 一般. */
function bands(major: number, large: number, general: number): Level<Ship>[] {
  return [
    { label: "重大事故", any: [atLeast(dead, 3), atLeast(loss, major)] },
    { label: "大事故", any: [between(dead, 1, 2), atLeast(loss, large)] },
    { label: "一般事故", any: [atLeast(injured, 1), atLeast(loss, general)] },
  ];
}

// 分级标准表, direct loss in yuan (500万 / 300万 / 50万 …); below 一般 is 小事故.
const LEVELS: readonly Level<Ship>[][] = [
  bands(5e6, 3e6, 5e5), // I
  bands(3e6, 5e5, 2e5), // II
  bands(5e5, 2e5, 1e5), // III
];

function optionalAmount(cell: Cell, p: typeof grossTonnage, units: string[]): number | null {
  return isBlank(cell) ? null : readAmount(cell, p, units);
}

export const shipAccidentLevel: GradingFunction = {
  id: "SHIPACCIDENTLEVEL",
  name: { zh: "船舶事故等级", en: "SHIPACCIDENTLEVEL" },
  description: {
    zh: "按《船舶交通事故统计规则》（1990）按船舶等级划分船舶交通事故等级",
    en: "Ship traffic accident grade by ship class (1990 statistics rules)",
  },
  group: "accidents",
  params: [grossTonnage, deaths, seriousInjuries, directLoss, mainEngineKw],
  editions: [edition],
  grade(row) {
    const gt = optionalAmount(row[0], grossTonnage, ["吨", "总吨", "gt", "t"]);
    const kw = optionalAmount(row[4], mainEngineKw, ["千瓦", "kw"]);
    const input: Ship = {
      deaths: readCount(row[1], deaths),
      seriousInjuries: readCount(row[2], seriousInjuries),
      directLoss: readMoney(row[3], directLoss),
    };
    if (gt === null && kw === null) throw invalid(messages.shipClassUnknown);

    const classes: ShipClass[] = [];
    if (gt !== null) classes.push(byTonnage(gt));
    if (kw !== null) classes.push(byPower(kw));
    const shipClass = Math.min(...classes) as ShipClass;
    const notes =
      classes.length === 2 && classes[0] !== classes[1]
        ? [messages.shipClassesDisagree(CLASS_NAMES[classes[0]], CLASS_NAMES[classes[1]])]
        : [];

    const decision = firstLevelReached(LEVELS[shipClass], input, "小事故");
    const name = CLASS_NAMES[shipClass];
    const basis: Text =
      gt !== null && byTonnage(gt) === shipClass
        ? { zh: `总吨位${showNumber(gt)}`, en: `gross tonnage ${showNumber(gt)}` }
        : { zh: `主机功率${showNumber(kw as number)}千瓦`, en: `${showNumber(kw as number)} kW` };
    const reason = (): Text => {
      const r = decision.reason();
      return { zh: `${basis.zh}，${name.zh}；${r.zh}`, en: `${basis.en}, ${name.en}; ${r.en}` };
    };
    return { kind: "grade", value: decision.label, edition, reason, notes };
  },
};
