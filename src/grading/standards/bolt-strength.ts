/**
 * 螺栓强度 — what a bolt's property class says (the source's 螺丝等级的划分标准, with the
 * values of ISO 898-1 and ISO 3506-1; see bolt-classes.ts).
 *
 * `property`: 抗拉强度 (default; nominal 100·X), 屈服强度 (nominal 10·X·Y), 屈强比 (Y/10),
 * 最小抗拉强度 and 最小屈服强度 (the ISO 898-1:2013 table; 8.8 depends on the diameter, and
 * with no diameter the d ≤ 16 mm row is used), 高强度 (TRUE from 8.8 up: the source's "8.8级
 * 及以上…通称为高强度螺栓"). An S suffix (8.8S, 10.9S: GB/T 1231 structural bolts) has the
 * values of the class without it. Stainless A1–A5: tensile and minimum tensile are Rm,min,
 * yield and minimum yield are Rp0.2,min, 高强度 is FALSE and 屈强比 is #N/A.
 *
 * Excel turns a typed 10.9 into the number 10.9; numbers and text are read alike, and 9.8
 * stays distinct from 8.8. Unknown class → #VALUE!; a diameter the class does not come in
 * (9.8 above 16 mm, any carbon class outside M1.6–M39) → #N/A for every property.
 */
import { invalid, notCovered } from "../failure";
import { messages } from "../messages";
import { param } from "../params";
import { Choice, isBlank, readAmount, readChoice } from "../read/inputs";
import { foldWidth, round10 } from "../read/number-text";
import { showNumber } from "../text";
import { Cell, Edition, Grade, GradeValue, GradingFunction, Text } from "../types";
import {
  CARBON_CLASSES,
  CarbonClass,
  ISO_3506,
  ISO_898_1999,
  ISO_898_2013,
  MIN_DIAMETER,
  STAINLESS_CLASSES,
  StainlessClass,
} from "./bolt-classes";

type Property = "tensile" | "yield" | "ratio" | "mintensile" | "minyield" | "highstrength";

const PROPERTIES: readonly Choice<Property>[] = [
  { value: "tensile", words: ["抗拉强度", "公称抗拉强度", "tensile", "rm"] },
  { value: "yield", words: ["屈服强度", "公称屈服强度", "yield"] },
  { value: "ratio", words: ["屈强比", "ratio", "yield ratio"] },
  { value: "mintensile", words: ["最小抗拉强度", "mintensile", "rm,min", "rmmin"] },
  { value: "minyield", words: ["最小屈服强度", "minyield", "rp0.2,min", "rel,min"] },
  { value: "highstrength", words: ["高强度", "高强度螺栓", "highstrength", "high strength"] },
];

const propertyClass = param(
  "propertyClass",
  "text",
  { zh: "性能等级", en: "propertyClass" },
  {
    zh: "性能等级，如 8.8、10.9、10.9S、A2-70（文字或数字均可）",
    en: "Property class such as 8.8, 10.9, 10.9S or A2-70 (text or number)",
  },
  { headers: ["性能等级", "强度等级", "等级", "property class", "class", "grade"] }
);

const property = param(
  "property",
  "option",
  { zh: "性能", en: "property" },
  {
    zh: "抗拉强度（默认）、屈服强度、屈强比、最小抗拉强度、最小屈服强度或高强度",
    en: "tensile (default), yield, ratio, mintensile, minyield or highstrength",
  },
  { optional: true }
);

const diameterMm = param(
  "diameterMm",
  "amount",
  { zh: "公称直径", en: "diameterMm" },
  {
    zh: "螺纹公称直径，单位 mm（可写 M16；8.8级的最小值以16 mm为界）",
    en: "Nominal thread diameter in mm (M16 is read; 8.8 minimums change above 16 mm)",
  },
  { optional: true, headers: ["公称直径", "直径", "规格", "diameter", "d"] }
);

type Parsed =
  | { readonly kind: "carbon"; readonly cls: CarbonClass; readonly structural: boolean }
  | { readonly kind: "stainless"; readonly cls: StainlessClass; readonly steel: string };

const KNOWN: Text = {
  zh: `${CARBON_CLASSES.map((c) => c.name).join("、")}（可加S）、A1–A5-50/70/80`,
  en: `${CARBON_CLASSES.map((c) => c.name).join(", ")} (S may follow), A1–A5-50/70/80`,
};

function readClass(cell: Cell): Parsed {
  if (typeof cell === "boolean") throw invalid(messages.unknownBoltClass(cell, KNOWN));
  const written =
    typeof cell === "number" ? String(round10(cell)) : foldWidth(String(cell)).toUpperCase();
  const compact = written.replace(/\s+/g, "").replace(/级$/, "");
  const steel = /^(\d{1,2}\.\d)(S?)$/.exec(compact);
  const carbonClass = steel && CARBON_CLASSES.find((c) => c.name === steel[1]);
  if (steel && carbonClass)
    return { kind: "carbon", cls: carbonClass, structural: steel[2] === "S" };
  const stainless = /^(A[1-5])-?(\d{2})$/.exec(compact);
  const stainlessClass = stainless && STAINLESS_CLASSES.get(stainless[2]);
  if (stainless && stainlessClass)
    return { kind: "stainless", cls: stainlessClass, steel: stainless[1] };
  throw invalid(messages.unknownBoltClass(cell, KNOWN));
}

function readDiameter(cell: Cell): number | undefined {
  if (isBlank(cell)) return undefined;
  const text =
    typeof cell === "string"
      ? foldWidth(cell)
          .trim()
          .replace(/^[mM]\s*/, "")
      : cell;
  const d = readAmount(text, diameterMm, ["mm", "毫米"]);
  if (d === 0) throw invalid(messages.notPositive(diameterMm.label, cell));
  return d;
}

function result(value: GradeValue, edition: Edition, reason: Text, notes: Text[]): Grade {
  return { kind: "grade", value, edition, reason: () => reason, notes };
}

const MPA = (n: number) => `${showNumber(n)} MPa`;

function gradeCarbon(cls: CarbonClass, wanted: Property, d: number | undefined, notes: Text[]) {
  const name = `${cls.name}级`;
  if (d !== undefined && (d < MIN_DIAMETER || d > cls.maxDiameter)) {
    throw notCovered(
      messages.boltDiameterOutside(cls.name, d, `M${MIN_DIAMETER}–M${cls.maxDiameter}`)
    );
  }
  if (cls.edition === ISO_898_1999) {
    notes.push({
      zh: "3.6级不在 ISO 898-1:2013 中，按1999版取值",
      en: "class 3.6 is not in ISO 898-1:2013; the 1999 values apply",
    });
  }
  const say = (zh: string, en: string, value: GradeValue) =>
    result(value, cls.edition, { zh: `${name}${zh}`, en: `class ${cls.name} ${en}` }, notes);

  if (wanted === "tensile")
    return say(
      `公称抗拉强度 = 100×${cls.x} = ${MPA(100 * cls.x)}`,
      `nominal tensile strength = 100×${cls.x} = ${MPA(100 * cls.x)}`,
      100 * cls.x
    );
  if (wanted === "yield") {
    const v = 10 * cls.x * cls.y;
    return say(
      `公称屈服强度 = 10×${cls.x}×${cls.y} = ${MPA(v)}`,
      `nominal yield strength = 10×${cls.x}×${cls.y} = ${MPA(v)}`,
      v
    );
  }
  if (wanted === "ratio") {
    const v = round10(cls.y / 10);
    return say(
      `屈强比 = ${cls.y}/10 = ${showNumber(v)}`,
      `yield ratio = ${cls.y}/10 = ${showNumber(v)}`,
      v
    );
  }
  if (wanted === "highstrength") {
    const high = cls.x > 8 || (cls.x === 8 && cls.y >= 8);
    return say(
      high ? "达到8.8级，为高强度螺栓" : "低于8.8级，为普通螺栓",
      high ? "is 8.8 or above: a high-strength bolt" : "is below 8.8: an ordinary bolt",
      high
    );
  }
  const split = Array.isArray(wanted === "mintensile" ? cls.minTensile : cls.minYield);
  const lower = d === undefined || d <= 16;
  if (split && d === undefined) {
    notes.push({
      zh: "未给直径，按 d ≤ 16 mm 一行取值",
      en: "no diameter given: the d ≤ 16 mm row is used",
    });
  }
  const pickRow = (v: CarbonClass["minTensile"]) => (typeof v === "number" ? v : v[lower ? 0 : 1]);
  const bound = lower ? "d ≤ 16 mm" : "d > 16 mm";
  const row = split ? { zh: `（${bound}）`, en: ` (${bound})` } : { zh: "", en: "" };
  if (wanted === "mintensile") {
    const v = pickRow(cls.minTensile);
    return say(
      `${row.zh}最小抗拉强度 Rm,min = ${MPA(v)}`,
      `minimum tensile strength${row.en} Rm,min = ${MPA(v)}`,
      v
    );
  }
  const v = pickRow(cls.minYield);
  return say(
    `${row.zh}最小屈服强度 ${cls.yieldSymbol},min = ${MPA(v)}`,
    `minimum yield strength${row.en} ${cls.yieldSymbol},min = ${MPA(v)}`,
    v
  );
}

function gradeStainless(cls: StainlessClass, steel: string, wanted: Property, notes: Text[]) {
  const name = `${steel}-${cls.name}`;
  const say = (zh: string, en: string, value: GradeValue) =>
    result(value, ISO_3506, { zh: `${name}${zh}`, en: `${name} ${en}` }, notes);
  if (wanted === "ratio") throw notCovered(messages.noStainlessRatio(name));
  if (wanted === "highstrength")
    return say(
      "为不锈钢螺栓，不按8.8级以上划为高强度螺栓",
      "is a stainless bolt, not graded as high-strength",
      false
    );
  if (wanted === "tensile" || wanted === "mintensile") {
    return say(
      `最小抗拉强度 Rm,min = ${MPA(cls.minTensile)}`,
      `minimum tensile strength Rm,min = ${MPA(cls.minTensile)}`,
      cls.minTensile
    );
  }
  return say(
    `最小屈服强度 Rp0.2,min = ${MPA(cls.minYield)}`,
    `minimum proof strength Rp0.2,min = ${MPA(cls.minYield)}`,
    cls.minYield
  );
}

export const boltStrength: GradingFunction = {
  id: "BOLTSTRENGTH",
  name: { zh: "螺栓强度", en: "BOLTSTRENGTH" },
  description: {
    zh: "由螺栓性能等级求抗拉强度、屈服强度、屈强比、最小值或是否高强度",
    en: "Tensile or yield strength, yield ratio, minimums or high-strength flag of a bolt class",
  },
  group: "quality",
  params: [propertyClass, property, diameterMm],
  editions: [ISO_898_2013, ISO_898_1999, ISO_3506],
  grade(row) {
    const parsed = readClass(row[0]);
    const wanted = readChoice(row[1], property, PROPERTIES) ?? "tensile";
    const d = readDiameter(row[2]);
    const notes: Text[] = [];
    if (parsed.kind === "stainless") return gradeStainless(parsed.cls, parsed.steel, wanted, notes);
    if (parsed.structural) {
      notes.push({
        zh: "S 后缀（GB/T 1231 钢结构用高强度螺栓）按同级数值",
        en: "the S suffix (GB/T 1231 structural bolts) has the values of the plain class",
      });
    }
    return gradeCarbon(parsed.cls, wanted, d, notes);
  },
};
