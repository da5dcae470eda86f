/**
 * Bolt property classes and their mechanical properties, in MPa.
 *
 * Carbon and alloy steel, ISO 898-1:2013 table 3 (GB/T 3098.1 follows it): class "X.Y" has
 * nominal tensile strength 100·X and nominal yield 10·X·Y; the minimums below are the
 * table's. 3.6 was dropped in 2009: its minimums (330 / 190) are the 1999 edition's. 8.8
 * changes at d = 16 mm (16 belongs to the lower row). 9.8 exists only up to 16 mm. The
 * standard covers M1.6 to M39.
 *
 * Stainless steel, ISO 3506-1 (austenitic A1–A5): "A2-70" is steel grade A2, property class
 * 70, whose minimum tensile strength is 10 × 70 = 700; the class fixes Rm,min and Rp0.2,min.
 */
import { Edition } from "../types";

export interface CarbonClass {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  /** Rm,min: one value, or [d ≤ 16 mm, d > 16 mm]. */
  readonly minTensile: number | readonly [number, number];
  /** Lower yield / proof strength minimum, same shape as minTensile. */
  readonly minYield: number | readonly [number, number];
  /** ReL (lower yield), Rpf (full-size proof) or Rp0.2 (0.2% proof). */
  readonly yieldSymbol: string;
  readonly maxDiameter: number;
  readonly edition: Edition;
}

export interface StainlessClass {
  readonly name: string;
  readonly minTensile: number;
  readonly minYield: number;
}

export const ISO_898_2013: Edition = {
  id: "ISO 898-1:2013",
  aliases: ["ISO 898-1", "GB/T 3098.1"],
  year: 2013,
  source: {
    zh: "ISO 898-1:2013《紧固件机械性能 螺栓、螺钉和螺柱》",
    en: "ISO 898-1:2013 Mechanical properties of fasteners: bolts, screws and studs",
  },
  clause: { zh: "表3 机械和物理性能", en: "table 3, mechanical and physical properties" },
  labels: [],
  colours: [],
};

export const ISO_898_1999: Edition = {
  id: "ISO 898-1:1999",
  year: 1999,
  source: {
    zh: "ISO 898-1:1999《紧固件机械性能 螺栓、螺钉和螺柱》",
    en: "ISO 898-1:1999 Mechanical properties of fasteners: bolts, screws and studs",
  },
  clause: { zh: "3.6级（2009版起删除）", en: "class 3.6 (dropped from 2009)" },
  labels: [],
  colours: [],
};

export const ISO_3506: Edition = {
  id: "ISO 3506-1",
  aliases: ["GB/T 3098.6"],
  year: 2009,
  source: {
    zh: "ISO 3506-1《不锈钢紧固件机械性能 螺栓、螺钉和螺柱》",
    en: "ISO 3506-1 Mechanical properties of corrosion-resistant stainless steel fasteners",
  },
  clause: { zh: "奥氏体钢组 A1–A5 性能等级50、70、80", en: "austenitic A1–A5, classes 50, 70, 80" },
  labels: [],
  colours: [],
};

function carbon(
  name: string,
  minTensile: CarbonClass["minTensile"],
  minYield: CarbonClass["minYield"],
  yieldSymbol: string,
  extra: Partial<CarbonClass> = {}
): CarbonClass {
  const [x, y] = name.split(".").map(Number);
  return {
    name,
    x,
    y,
    minTensile,
    minYield,
    yieldSymbol,
    maxDiameter: 39,
    edition: ISO_898_2013,
    ...extra,
  };
}

export const CARBON_CLASSES: readonly CarbonClass[] = [
  carbon("3.6", 330, 190, "ReL", { edition: ISO_898_1999 }),
  carbon("4.6", 400, 240, "ReL"),
  carbon("4.8", 420, 340, "Rpf"),
  carbon("5.6", 500, 300, "ReL"),
  carbon("5.8", 520, 420, "Rpf"),
  carbon("6.8", 600, 480, "Rpf"),
  carbon("8.8", [800, 830], [640, 660], "Rp0.2"),
  carbon("9.8", 900, 720, "Rp0.2", { maxDiameter: 16 }),
  carbon("10.9", 1040, 940, "Rp0.2"),
  carbon("12.9", 1220, 1100, "Rp0.2"),
];

/** The smallest diameter ISO 898-1 covers (M1.6). */
export const MIN_DIAMETER = 1.6;

/** ISO 3506-1 property classes 50 (soft), 70 (cold-worked) and 80 (high strength). */
export const STAINLESS_CLASSES: ReadonlyMap<string, StainlessClass> = new Map([
  ["50", { name: "50", minTensile: 500, minYield: 210 }],
  ["70", { name: "70", minTensile: 700, minYield: 450 }],
  ["80", { name: "80", minTensile: 800, minYield: 600 }],
]);
