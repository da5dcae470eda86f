/**
 * 缺陷等级 — 产品质量等级划分标准, 2.2.1 表面质量缺陷类 (strip steel).
 * 2.2.1.1 辊印 by area: 小于1cm² 轻微; 1 to 2 cm² 一般; 大于2cm² or 有手感 严重. The source
 *   leaves exactly 1 and exactly 2 open (轻微 is "小于1", 严重 "大于2"): both are 一般.
 * 2.2.1.2 痘痕 by count in one roll period: fewer than 3 轻微; fewer than 5 一般; 5 or more,
 *   or 平整后有手感, 严重 (the source's "大于5" leaves 5 open; 5 is 严重).
 * 2.2.1.3 凹坑 and 2.2.1.4 划伤/挫伤 by depth against the thickness tolerance: below 1/4
 *   轻微; below 1/2 一般; 1/2 or more 严重. Their 手感 notes only describe each level, so
 *   `palpable` does not change the grade for them (EXPLAIN says so when it is given).
 * 辊印 and 痘痕 have no use for `tolerance`, but one that is given must still be readable.
 */
import { severityScale } from "../colours";
import { invalid } from "../failure";
import { messages } from "../messages";
import { param } from "../params";
import { Choice, isBlank, readAmount, readChoice, readCount, readYesNo } from "../read/inputs";
import { round10, splitNumberAndUnit } from "../read/number-text";
import { showNumber, text } from "../text";
import { Cell, Edition, GradingFunction, Param, Text } from "../types";

type DefectType = "辊印" | "痘痕" | "凹坑" | "划伤" | "挫伤";

const TYPES: readonly Choice<DefectType>[] = [
  { value: "辊印", words: ["辊印", "roll mark", "rollmark"] },
  { value: "痘痕", words: ["痘痕", "pockmark", "pock mark"] },
  { value: "凹坑", words: ["凹坑", "pit", "dent"] },
  { value: "划伤", words: ["划伤", "scratch"] },
  { value: "挫伤", words: ["挫伤", "bruise", "scuff"] },
];

const defectType = param(
  "defectType",
  "text",
  { zh: "缺陷类型", en: "defectType" },
  { zh: "辊印、痘痕、凹坑、划伤或挫伤", en: "辊印 (roll mark), 痘痕, 凹坑, 划伤 or 挫伤" },
  { headers: ["缺陷类型", "缺陷", "缺陷名称", "defect", "defect type", "defecttype"] }
);

const measure = param(
  "measure",
  "amount",
  { zh: "缺陷量", en: "measure" },
  {
    zh: "辊印填面积（cm²），痘痕填一个辊周期内的个数，凹坑、划伤、挫伤填深度",
    en: "Area in cm² for 辊印, count in one roll period for 痘痕, depth for 凹坑/划伤/挫伤",
  },
  { headers: ["缺陷量", "面积", "个数", "深度", "measure", "area", "depth", "count"] }
);

const tolerance = param(
  "tolerance",
  "amount",
  { zh: "厚度公差", en: "tolerance" },
  {
    zh: "厚度公差（凹坑、划伤、挫伤必填，与深度同单位；可写 ±0.05）",
    en: "Thickness tolerance (needed for depth defects, same unit as the depth; ±0.05 is read)",
  },
  { optional: true, headers: ["厚度公差", "公差", "tolerance"] }
);

const palpable = param(
  "palpable",
  "yesno",
  { zh: "有手感", en: "palpable" },
  { zh: "是否有手感（可选）", en: "Whether the defect can be felt by hand (optional)" },
  { optional: true, headers: ["有手感", "手感", "palpable"] }
);

const AREA_UNITS = ["cm²", "平方厘米"];
const DEPTH_UNITS: ReadonlyMap<string, number> = new Map([
  ["mm", 1],
  ["毫米", 1],
  ["μm", 1e-3],
  ["µm", 1e-3],
  ["um", 1e-3],
  ["微米", 1e-3],
]);
// One array for every call: readAmount keeps what it works out about units per array.
const DEPTH_UNIT_NAMES = [...DEPTH_UNITS.keys()];

const edition: Edition = {
  id: "产品质量等级划分标准",
  year: 0,
  source: { zh: "《产品质量等级划分标准》", en: "Product quality grading standard (strip steel)" },
  clause: { zh: "2.2.1 表面质量缺陷类", en: "2.2.1 surface defects" },
  labels: ["严重", "一般", "轻微"],
  colours: severityScale(3),
};

/**
 * A depth or tolerance, converted to mm when it carries a unit (mm, μm); a bare number is
 * taken as written, so depth and tolerance typed without units only need the same unit.
 */
function readDepth(cell: Cell, p: Param): number {
  const text = typeof cell === "string" ? cell.trim().replace(/^±\s*/, "") : cell;
  const value = readAmount(text, p, DEPTH_UNIT_NAMES);
  const unit = typeof text === "string" ? splitNumberAndUnit(text)?.unit : undefined;
  return value * (DEPTH_UNITS.get(unit ?? "") ?? 1);
}

function grade(value: string, reason: Text, notes: Text[] = []) {
  return { kind: "grade" as const, value, edition, reason: () => reason, notes };
}

function gradeRollMark(cell: Cell, felt: boolean) {
  // "cm2" ends in a digit, which the number reader would take as part of the number.
  const written = typeof cell === "string" ? cell.replace(/cm\s*2\s*$/i, "cm²") : cell;
  const area = readAmount(written, measure, AREA_UNITS);
  const cm2 = `${showNumber(area)} cm²`;
  if (felt) return grade("严重", text(`辊印${cm2}，有手感`, `roll mark ${cm2} that can be felt`));
  if (area > 2)
    return grade("严重", text(`辊印面积${cm2}，大于2 cm²`, `roll mark ${cm2}, above 2`));
  if (area >= 1) {
    return grade(
      "一般",
      text(`辊印面积${cm2}，在1至2 cm²之间（含两端）`, `roll mark ${cm2}, 1 to 2`)
    );
  }
  return grade(
    "轻微",
    text(`辊印面积${cm2}，小于1 cm²且无手感`, `roll mark ${cm2}, under 1, not felt`)
  );
}

function gradePockmarks(cell: Cell, felt: boolean) {
  const n = readCount(cell, measure);
  const seen = text(`一个辊周期内痘痕${n}个`, `${n} pockmarks in one roll period`);
  if (felt)
    return grade("严重", text(`${seen.zh}，平整后有手感`, `${seen.en}, felt after levelling`));
  if (n >= 5) return grade("严重", text(`${seen.zh}，达到5个以上`, `${seen.en}, 5 or more`));
  if (n >= 3) return grade("一般", text(`${seen.zh}，3至4个`, `${seen.en}, 3 to 4`));
  return grade("轻微", text(`${seen.zh}，少于3个且无手感`, `${seen.en}, under 3, not felt`));
}

function gradeDepth(type: DefectType, row: readonly Cell[]) {
  const depth = readDepth(row[1], measure);
  if (isBlank(row[2])) throw invalid(messages.toleranceRequired(type));
  const limit = readDepth(row[2], tolerance);
  if (limit === 0) throw invalid(messages.notPositive(tolerance.label, row[2]));
  const share = round10(depth / limit);
  const notes: Text[] = isBlank(row[3])
    ? []
    : [
        text(
          `${type}的手感只描述各等级，不改变等级`,
          `for ${type} the feel does not change the grade`
        ),
      ];
  // A tolerance near the smallest double makes the share overflow; it is still half or more.
  const pct = share * 100;
  const seen = Number.isFinite(pct)
    ? text(
        `${type}深度为厚度公差的${showNumber(pct)}%`,
        `${type} depth is ${showNumber(pct)}% of the tolerance`
      )
    : text(`${type}深度远大于厚度公差`, `${type} depth is far above the tolerance`);
  if (share >= 0.5)
    return grade("严重", text(`${seen.zh}，达到1/2以上`, `${seen.en}, half or more`), notes);
  if (share >= 0.25) {
    return grade(
      "一般",
      text(`${seen.zh}，在1/4至1/2之间`, `${seen.en}, a quarter to under half`),
      notes
    );
  }
  return grade("轻微", text(`${seen.zh}，小于1/4`, `${seen.en}, under a quarter`), notes);
}

export const defectGrade: GradingFunction = {
  id: "DEFECTGRADE",
  name: { zh: "缺陷等级", en: "DEFECTGRADE" },
  description: {
    zh: "按产品质量等级划分标准判定带钢表面缺陷（辊印、痘痕、凹坑、划伤、挫伤）的等级",
    en: "Grade of a strip-steel surface defect (roll mark, pockmark, pit, scratch, bruise)",
  },
  group: "quality",
  params: [defectType, measure, tolerance, palpable],
  editions: [edition],
  grade(row) {
    const type = readChoice(row[0], defectType, TYPES);
    if (type === null) throw invalid(messages.blankRequired(defectType.label));
    const felt = readYesNo(row[3], palpable);
    if (type !== "辊印" && type !== "痘痕") return gradeDepth(type, row);
    // Area and count defects have no use for a tolerance, but one that is given and cannot
    // be read is still #VALUE! (a blank one is fine).
    if (!isBlank(row[2])) readDepth(row[2], tolerance);
    return type === "辊印" ? gradeRollMark(row[1], felt) : gradePockmarks(row[1], felt);
  },
};
