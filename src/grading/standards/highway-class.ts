/**
 * 公路等级 — technical grade of a highway from its lanes, access control and design-year
 * average daily traffic (远景设计年限年平均日交通量), as the source's 公路等级划分标准 quotes it.
 *
 * Four or more lanes: fully access-controlled → 高速公路, otherwise 一级公路 (the two share
 * traffic ranges; access control is what tells them apart). One lane → 四级公路. Two or three
 * lanes by traffic:
 * - JTG B01-2014 clause 3.1 (passenger-car units): 二级 5000～15000, 三级 2000～6000, 四级
 *   two-lane 2000以下 → 5000 or more is 二级, 2000 or more 三级, else 四级.
 * - JTJ 001-97 as the source quotes it (medium-truck units for 二/三/四级): 二级 3000～7500,
 *   三级 1000～4000, 四级 1500以下 → 3000 or more is 二级, 1000 or more 三级, else 四级.
 * The ranges overlap (5000～6000 and 3000～4000, and 1000～1500 in JTJ 97); the higher class
 * wins and EXPLAIN names the overlap, as it names traffic outside the chosen class's design
 * range (two lanes above 15000, four lanes below 15000). Traffic 0 → #N/A; lanes blank or 0
 * → #VALUE!.
 */
import { severityScale } from "../colours";
import { invalid, notCovered } from "../failure";
import { messages } from "../messages";
import { editionParam, param } from "../params";
import { pickEdition } from "../edition";
import { isBlank, readAmount, readCount, readYesNo } from "../read/inputs";
import { showNumber } from "../text";
import { Edition, GradingFunction, Text } from "../types";
import { designRangeNotes, HighwayLabel, HighwayRanges, rangesFor } from "./highway-ranges";

const LABELS: readonly HighwayLabel[] = [
  "高速公路",
  "一级公路",
  "二级公路",
  "三级公路",
  "四级公路",
];

const aadt = param(
  "aadt",
  "amount",
  { zh: "年平均日交通量", en: "aadt" },
  {
    zh: "远景设计年限年平均日交通量（辆/日，按所选版本的折算车型）",
    en: "Design-year average daily traffic, in the edition's own vehicle units",
  },
  { headers: ["年平均日交通量", "交通量", "设计交通量", "aadt", "traffic"] }
);

const lanes = param(
  "lanes",
  "count",
  { zh: "车道数", en: "lanes" },
  { zh: "车道数（1以上的整数）", en: "Number of lanes (a whole number, 1 or more)" },
  { headers: ["车道数", "车道", "lanes"] }
);

const accessControlled = param(
  "accessControlled",
  "yesno",
  { zh: "全部控制出入", en: "accessControlled" },
  {
    zh: "是否全部控制出入（可选，四车道以上时区分高速公路与一级公路）",
    en: "Full access control (optional; tells an expressway from a class 1 road)",
  },
  { optional: true, headers: ["全部控制出入", "控制出入", "access controlled"] }
);

const COLOURS = severityScale(5);
const TRAFFIC_UNITS = ["辆", "辆/日", "辆/天", "pcu", "pcu/d"];

const JTG_2014: Edition = {
  id: "JTG B01-2014",
  aliases: ["JTG B01", "JTGB01-2014"],
  year: 2014,
  source: {
    zh: "《公路工程技术标准》JTG B01-2014",
    en: "Technical Standard of Highway Engineering JTG B01-2014",
  },
  clause: { zh: "3.1 公路分级", en: "clause 3.1, highway classes" },
  labels: LABELS,
  colours: COLOURS,
};

const JTJ_97: Edition = {
  id: "JTJ 001-97",
  aliases: ["JTJ001"],
  year: 1997,
  source: {
    zh: "《公路工程技术标准》JTJ 001-97",
    en: "Technical Standard of Highway Engineering JTJ 001-97",
  },
  clause: {
    zh: "公路分级（交通量按源文件所引）",
    en: "highway classes (traffic figures as the source quotes them)",
  },
  labels: LABELS,
  colours: COLOURS,
};

function lanesText(n: number): Text {
  return n === 1 ? { zh: "单车道", en: "one lane" } : { zh: `${n}车道`, en: `${n} lanes` };
}

function classify(r: HighwayRanges, traffic: number, n: number, access: boolean) {
  const seen = lanesText(n);
  if (n >= 4) {
    const label: HighwayLabel = access ? "高速公路" : "一级公路";
    const how = access
      ? { zh: "全部控制出入", en: "fully access-controlled" }
      : { zh: "未全部控制出入", en: "not fully access-controlled" };
    return { label, reason: { zh: `${seen.zh}、${how.zh}`, en: `${seen.en}, ${how.en}` } };
  }
  if (n === 1) {
    return {
      label: "四级公路" as HighwayLabel,
      reason: { zh: "单车道公路", en: "a single-lane road" },
    };
  }
  const shown = {
    zh: `${showNumber(traffic)}辆（${r.unit(n).zh}）`,
    en: `${showNumber(traffic)} ${r.unit(n).en}`,
  };
  const step = r.twoLane.find((s) => traffic >= s.from);
  if (step) {
    return {
      label: step.label,
      reason: {
        zh: `${seen.zh}，交通量${shown.zh}，达到“${showNumber(step.from)}辆以上”`,
        en: `${seen.en}, traffic ${shown.en}, which meets “${showNumber(step.from)} or more”`,
      },
    };
  }
  const lowest = r.twoLane[r.twoLane.length - 1].from;
  return {
    label: "四级公路" as HighwayLabel,
    reason: {
      zh: `${seen.zh}，交通量${shown.zh}，低于${showNumber(lowest)}辆`,
      en: `${seen.en}, traffic ${shown.en}, below ${showNumber(lowest)}`,
    },
  };
}

export const highwayClass: GradingFunction = {
  id: "HIGHWAYCLASS",
  name: { zh: "公路等级", en: "HIGHWAYCLASS" },
  description: {
    zh: "按车道数、出入控制和设计交通量划分公路技术等级",
    en: "Highway technical grade from lanes, access control and design traffic",
  },
  group: "other",
  params: [aadt, lanes, accessControlled, editionParam("JTG B01-2014（默认）、JTJ 001-97")],
  editions: [JTG_2014, JTJ_97],
  grade(row) {
    const edition = pickEdition(highwayClass, row[3]);
    if (isBlank(row[1])) throw invalid(messages.lanesRequired(row[1]));
    const lanesCell = typeof row[1] === "string" ? row[1].trim().replace(/车道$/, "") : row[1];
    const n = readCount(lanesCell, lanes);
    if (n === 0) throw invalid(messages.lanesRequired(row[1]));
    const traffic = readAmount(row[0], aadt, TRAFFIC_UNITS);
    // Read before the #N/A below: input that cannot be read is #VALUE! first.
    const access = readYesNo(row[2], accessControlled);
    if (traffic === 0) throw notCovered(messages.noTraffic);

    const ranges = rangesFor(edition);
    const { label, reason } = classify(ranges, traffic, n, access);
    const notes = designRangeNotes(ranges, label, traffic, n);
    if (access && n < 4) {
      notes.push({
        zh: "全部控制出入只用于区分四车道以上的高速公路与一级公路，此处不影响等级",
        en: "access control only separates expressways from class 1 roads of four or more lanes",
      });
    }
    return { kind: "grade", value: label, edition, reason: () => reason, notes };
  },
};
