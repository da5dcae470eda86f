/**
 * 服务员等级 — 餐饮服务员等级划分标准, 二 初级 / 三 中级 / 四 高级 (星级 is not graded: the
 * source gives no criteria for it).
 * - 初级服务员: 来店3个月以上 (3 included), 表扬超过3次 (4 or more), at most 1 complaint,
 *   the 初级 tests passed. The source's upper limit 不满半年 is not applied: someone past
 *   six months who meets only the 初级 criteria is 初级.
 * - 中级服务员: 来店时间超过半年 (more than 6 months; exactly 6 is not), 表扬超过6次, at most
 *   1 complaint, the 中级 tests (二级服务员技能证书) passed.
 * - 高级服务员: 来店时间超过一年 (more than 12 months), 表扬超过10次, complaints 不超过3次,
 *   the 高级 test passed.
 * 凡是被客人投诉的将用客人的表扬信来抵消: complaints beyond a grade's allowance are offset one
 * for one by praise letters, and the letters used no longer count as praise. The offset is
 * worked out for each grade with that grade's own allowance (1, 1, 3), so a waiter with 3
 * complaints spends 2 letters for 初级 and 中级 but none for 高级. When the letters cannot
 * cover the excess, the grade is not reached.
 */
import { tierScale } from "../colours";
import { param } from "../params";
import { Choice, readAmount, readChoice, readCount } from "../read/inputs";
import { joinTexts, showNumber } from "../text";
import { Edition, GradingFunction, Text } from "../types";

type Level = 0 | 1 | 2 | 3;

const TESTS: readonly Choice<Level>[] = [
  { value: 3, words: ["高级", "高级服务员", "高级测试", "senior"] },
  { value: 2, words: ["中级", "中级服务员", "中级测试", "二级", "二级证书", "intermediate"] },
  { value: 1, words: ["初级", "初级服务员", "初级测试", "junior"] },
  { value: 0, words: ["无", "没有", "未通过", "none", "no", "false", 0] },
];

const tenureMonths = param(
  "tenureMonths",
  "amount",
  { zh: "来店月数", en: "tenureMonths" },
  { zh: "来店时间，单位月（可有小数）", en: "Months since joining (may be fractional)" },
  { headers: ["来店月数", "来店时间", "工龄", "司龄", "tenure", "tenure months"] }
);
const praiseLetters = param(
  "praiseLetters",
  "count",
  { zh: "表扬信", en: "praiseLetters" },
  { zh: "累计书面表扬信数", en: "Written praise letters received in total" },
  { headers: ["表扬信", "表扬次数", "表扬", "praise", "praise letters"] }
);
const complaints = param(
  "complaints",
  "count",
  { zh: "投诉", en: "complaints" },
  { zh: "被客人投诉的次数", en: "Number of guest complaints" },
  { headers: ["投诉", "投诉次数", "被投诉次数", "complaints"] }
);
const testLevel = param(
  "testLevel",
  "text",
  { zh: "测试等级", en: "testLevel" },
  {
    zh: "已通过的最高测试：初级 / 中级 / 高级；空白或“无”表示未通过",
    en: "Highest skill test passed: 初级 / 中级 / 高级; blank or 无 for none",
  },
  { headers: ["测试等级", "考试等级", "技能等级", "test level", "testlevel"] }
);

interface GradeRule {
  readonly label: string;
  readonly test: Level;
  /** Months of tenure needed: more than `months`, or at least it when `included`. */
  readonly tenure: { readonly months: number; readonly included: boolean };
  readonly praiseAbove: number;
  readonly allowance: number;
  readonly pay: Text;
}

const GRADES: readonly GradeRule[] = [
  {
    label: "高级服务员",
    test: 3,
    tenure: { months: 12, included: false },
    praiseAbove: 10,
    allowance: 3,
    pay: { zh: "源文件未给出高级底薪", en: "the source gives no base pay for this grade" },
  },
  {
    label: "中级服务员",
    test: 2,
    tenure: { months: 6, included: false },
    praiseAbove: 6,
    allowance: 1,
    pay: { zh: "底薪2000元并享受社保", en: "base pay 2000 yuan plus social insurance" },
  },
  {
    label: "初级服务员",
    test: 1,
    tenure: { months: 3, included: true },
    praiseAbove: 3,
    allowance: 1,
    pay: { zh: "底薪1800元", en: "base pay 1800 yuan" },
  },
];

const TEST_NAMES = ["未通过测试", "初级", "中级", "高级"];

const edition: Edition = {
  id: "餐饮服务员等级划分标准",
  year: 0,
  source: { zh: "《餐饮服务员等级划分标准》", en: "Restaurant waiter grading standard" },
  clause: { zh: "二至四、初级、中级、高级服务员标准", en: "sections 2–4, junior to senior" },
  labels: ["高级服务员", "中级服务员", "初级服务员", "未定级"],
  colours: [tierScale[0], tierScale[1], tierScale[2], tierScale[4]],
};

interface Waiter {
  readonly tenure: number;
  readonly praise: number;
  readonly complaints: number;
  readonly test: Level;
}

/** What a grade requires of this waiter once complaints are offset; empty when met. */
function shortfalls(g: GradeRule, w: Waiter): Text[] {
  const excess = Math.max(0, w.complaints - g.allowance);
  const used = Math.min(excess, w.praise);
  const net = w.praise - used;
  const out: Text[] = [];
  const { months, included } = g.tenure;
  if (included ? w.tenure < months : w.tenure <= months) {
    out.push(
      included
        ? { zh: `来店不满${months}个月`, en: `under ${months} months` }
        : { zh: `来店未超过${months}个月`, en: `not more than ${months} months` }
    );
  }
  if (!(net > g.praiseAbove)) {
    out.push({
      zh: `抵消后表扬${net}次，未超过${g.praiseAbove}次`,
      en: `${net} praise letters after offsets, not more than ${g.praiseAbove}`,
    });
  }
  if (excess > used) {
    out.push({
      zh: `投诉${w.complaints}次，表扬信不足以抵消超出${g.allowance}次的部分`,
      en: `${w.complaints} complaints; too few letters to offset those beyond ${g.allowance}`,
    });
  }
  if (w.test < g.test) {
    out.push({
      zh: `未通过${TEST_NAMES[g.test]}测试`,
      en: `${TEST_NAMES[g.test]} test not passed`,
    });
  }
  return out;
}

function met(g: GradeRule, w: Waiter): Text {
  const excess = Math.max(0, w.complaints - g.allowance);
  const offset = excess
    ? {
        zh: `，${excess}次超出的投诉用${excess}封表扬信抵消`,
        en: `, ${excess} letters offset the excess complaints`,
      }
    : { zh: "", en: "" };
  const seen = joinTexts([
    { zh: `来店${showNumber(w.tenure)}个月`, en: `${showNumber(w.tenure)} months` },
    { zh: `表扬${w.praise}次`, en: `${w.praise} praise letters` },
    { zh: `投诉${w.complaints}次${offset.zh}`, en: `${w.complaints} complaints${offset.en}` },
    { zh: `通过${TEST_NAMES[w.test]}测试`, en: `${TEST_NAMES[w.test]} test passed` },
  ]);
  return { zh: `${seen.zh}，符合${g.label}标准`, en: `${seen.en}: meets ${g.label}` };
}

export const waiterGrade: GradingFunction = {
  id: "WAITERGRADE",
  name: { zh: "服务员等级", en: "WAITERGRADE" },
  description: {
    zh: "按来店时间、表扬信、投诉和测试等级评定餐饮服务员等级",
    en: "Restaurant waiter grade from tenure, praise letters, complaints and tests passed",
  },
  group: "other",
  params: [tenureMonths, praiseLetters, complaints, testLevel],
  editions: [edition],
  grade(row) {
    const waiter: Waiter = {
      tenure: readAmount(row[0], tenureMonths, ["月", "个月", "months"]),
      praise: readCount(row[1], praiseLetters),
      complaints: readCount(row[2], complaints),
      test: readChoice(row[3], testLevel, TESTS) ?? 0,
    };
    for (const g of GRADES) {
      if (shortfalls(g, waiter).length === 0) {
        const reason = met(g, waiter);
        return { kind: "grade", value: g.label, edition, reason: () => reason, notes: [g.pay] };
      }
    }
    const missing = shortfalls(GRADES[GRADES.length - 1], waiter);
    const reason: Text = {
      zh: `未达到初级服务员标准：${missing.map((t) => t.zh).join("、")}`,
      en: `does not meet 初级服务员: ${missing.map((t) => t.en).join("; ")}`,
    };
    return { kind: "grade", value: "未定级", edition, reason: () => reason };
  },
};
