/**
 * The design traffic ranges (a～b, both ends included; "N以下" below N) each edition of the
 * highway standard gives per class, used to choose the class of a two- or three-lane road
 * and to tell EXPLAIN where a road's traffic falls outside its class or inside two classes.
 */
import { showNumber } from "../text";
import { Edition, Text } from "../types";

export type HighwayLabel = "高速公路" | "一级公路" | "二级公路" | "三级公路" | "四级公路";

interface Range {
  readonly lo: number;
  /** Upper end; absent for "N以上". */
  readonly hi?: number;
  /** True for "N以下" (below hi, hi excluded). */
  readonly below?: boolean;
}

export interface HighwayRanges {
  /** Two- or three-lane roads: the first class whose `from` the traffic reaches wins. */
  readonly twoLane: readonly { readonly label: HighwayLabel; readonly from: number }[];
  /** The vehicle unit traffic is counted in for a road of `lanes` lanes. */
  unit(lanes: number): Text;
  design(label: HighwayLabel, lanes: number): Range;
}

const CARS: Text = { zh: "折合小客车", en: "passenger-car units" };
const TRUCKS: Text = { zh: "折合中型载重汽车", en: "medium-truck units" };

/** JTG B01-2014 clause 3.1, all in passenger-car units. */
const JTG_2014: HighwayRanges = {
  twoLane: [
    { label: "二级公路", from: 5000 },
    { label: "三级公路", from: 2000 },
  ],
  unit: () => CARS,
  design(label, lanes) {
    if (label === "高速公路" || label === "一级公路") return { lo: 15000 };
    if (label === "二级公路") return { lo: 5000, hi: 15000 };
    if (label === "三级公路") return { lo: 2000, hi: 6000 };
    return { lo: 0, hi: lanes === 1 ? 400 : 2000, below: true };
  },
};

/**
 * JTJ 001-97 as the source quotes it: passenger cars for 高速 and 一级 (per lane count),
 * medium trucks for 二, 三 and 四级.
 */
const JTJ_97: HighwayRanges = {
  twoLane: [
    { label: "二级公路", from: 3000 },
    { label: "三级公路", from: 1000 },
  ],
  unit: (lanes) => (lanes >= 4 ? CARS : TRUCKS),
  design(label, lanes) {
    if (label === "高速公路") {
      if (lanes >= 8) return { lo: 60000, hi: 100000 };
      return lanes >= 6 ? { lo: 45000, hi: 80000 } : { lo: 25000, hi: 55000 };
    }
    if (label === "一级公路")
      return lanes >= 6 ? { lo: 25000, hi: 55000 } : { lo: 15000, hi: 30000 };
    if (label === "二级公路") return { lo: 3000, hi: 7500 };
    if (label === "三级公路") return { lo: 1000, hi: 4000 };
    return { lo: 0, hi: lanes === 1 ? 200 : 1500, below: true };
  },
};

export function rangesFor(edition: Edition): HighwayRanges {
  return edition.id === "JTJ 001-97" ? JTJ_97 : JTG_2014;
}

export function rangeText(r: Range): Text {
  if (r.hi === undefined)
    return { zh: `${showNumber(r.lo)}辆以上`, en: `${showNumber(r.lo)} or more` };
  if (r.below) return { zh: `${showNumber(r.hi)}辆以下`, en: `below ${showNumber(r.hi)}` };
  return {
    zh: `${showNumber(r.lo)}～${showNumber(r.hi)}辆`,
    en: `${showNumber(r.lo)} to ${showNumber(r.hi)}`,
  };
}

function inside(r: Range, traffic: number): boolean {
  if (traffic < r.lo) return false;
  if (r.hi === undefined) return true;
  return r.below ? traffic < r.hi : traffic <= r.hi;
}

/** Notes for traffic outside the chosen class's range, and for ranges that overlap. */
export function designRangeNotes(
  ranges: HighwayRanges,
  label: HighwayLabel,
  traffic: number,
  lanes: number
): Text[] {
  const notes: Text[] = [];
  const own = ranges.design(label, lanes);
  const shown = showNumber(traffic);
  if (!inside(own, traffic)) {
    const r = rangeText(own);
    notes.push({
      zh: `交通量${shown}辆不在${label}（${lanes}车道）的设计交通量范围（${r.zh}）内`,
      en: `traffic ${shown} lies outside the ${label} design range for ${lanes} lanes (${r.en})`,
    });
  }
  if (lanes < 2 || lanes > 3) return notes;
  const order: HighwayLabel[] = ["二级公路", "三级公路", "四级公路"];
  for (const lower of order.slice(order.indexOf(label) + 1)) {
    const r = ranges.design(lower, lanes);
    if (!inside(r, traffic)) continue;
    const also = {
      zh: `交通量${shown}辆也在${lower}的设计交通量范围（${rangeText(r).zh}）内`,
      en: `traffic ${shown} is also inside the ${lower} range (${rangeText(r).en})`,
    };
    notes.push({
      zh: `${also.zh}，两级范围重叠，取较高的${label}`,
      en: `${also.en}; the ranges overlap and the higher ${label} applies`,
    });
  }
  return notes;
}
