/**
 * 事故扣分 — points deducted per person for a management accident, from the source's
 * 事故等级划分及扣分标准 part 一.4 (管理事故扣分标准). Rows are accident levels, columns the
 * four roles; 上上级 is 不连带扣分 for a 三级事故, which is 0 points.
 * `level` is 一级 / 一级事故 / 1 (also 1级, 一, Ⅰ); `role` is one of 责任人 (部门责任人,
 * 直接责任人), 负责人 (部门负责人), 直接上级 (上级), 上上级 (间接上级), or the English names
 * responsible / head / supervisor / skip-level. A blank level or role is #VALUE!.
 */
import { invalid } from "../failure";
import { messages } from "../messages";
import { param } from "../params";
import { Choice, readChoice } from "../read/inputs";
import { Edition, GradingFunction, Text } from "../types";

type Level = 0 | 1 | 2;
type Role = 0 | 1 | 2 | 3;

const level = param(
  "level",
  "text",
  { zh: "事故等级", en: "level" },
  { zh: "管理事故等级：一级、二级、三级（或 1、2、3）", en: "Accident level: 1, 2 or 3 (一级…)" },
  { headers: ["事故等级", "等级", "管理事故等级", "level"] }
);

const role = param(
  "role",
  "text",
  { zh: "人员", en: "role" },
  {
    zh: "被扣分人员：责任人、负责人、直接上级、上上级",
    en: "Who is penalised: responsible, head, supervisor or skip-level",
  },
  { headers: ["人员", "角色", "责任人类别", "role"] }
);

const LEVELS: readonly Choice<Level>[] = [
  { value: 0, words: ["一级", "一级事故", 1, "1级", "一", "Ⅰ", "I", "level 1"] },
  { value: 1, words: ["二级", "二级事故", 2, "2级", "二", "Ⅱ", "II", "level 2"] },
  { value: 2, words: ["三级", "三级事故", 3, "3级", "三", "Ⅲ", "III", "level 3"] },
];

const ROLES: readonly Choice<Role>[] = [
  { value: 0, words: ["责任人", "部门责任人", "直接责任人", "responsible"] },
  { value: 1, words: ["负责人", "部门负责人", "head", "manager"] },
  { value: 2, words: ["直接上级", "上级", "supervisor"] },
  { value: 3, words: ["上上级", "间接上级", "skip-level", "skiplevel"] },
];

const LEVEL_NAMES: readonly Text[] = [
  { zh: "一级事故", en: "level 1 accident" },
  { zh: "二级事故", en: "level 2 accident" },
  { zh: "三级事故", en: "level 3 accident" },
];

const ROLE_NAMES: readonly Text[] = [
  { zh: "部门责任人", en: "the responsible person" },
  { zh: "负责人", en: "the department head" },
  { zh: "直接上级", en: "the direct supervisor" },
  { zh: "上上级", en: "the supervisor's supervisor" },
];

// 4、管理事故扣分标准 A–C: 责任人 / 负责人 / 直接上级 / 上上级 (三级: 上上级不连带扣分).
const POINTS: readonly (readonly number[])[] = [
  [15, 10, 8, 5],
  [10, 8, 5, 3],
  [5, 3, 2, 0],
];

const edition: Edition = {
  id: "事故等级划分及扣分标准",
  aliases: ["管理事故扣分标准"],
  // The internal standard is undated; 2013 is the date of the source bundle it came in.
  year: 2013,
  source: { zh: "《事故等级划分及扣分标准》", en: "Internal accident levels and penalty points" },
  clause: { zh: "一、4 管理事故扣分标准", en: "part 1.4, penalty points" },
  labels: [],
  colours: [],
};

export const penaltyPoints: GradingFunction = {
  id: "PENALTYPOINTS",
  name: { zh: "事故扣分", en: "PENALTYPOINTS" },
  description: {
    zh: "管理事故按等级和人员扣分（一级事故责任人扣15分…）",
    en: "Penalty points for a management accident by level and role",
  },
  group: "accidents",
  params: [level, role],
  editions: [edition],
  grade(row) {
    const which = readChoice(row[0], level, LEVELS);
    const who = readChoice(row[1], role, ROLES);
    if (which === null) throw invalid(messages.blankRequired(level.label));
    if (who === null) throw invalid(messages.blankRequired(role.label));

    const points = POINTS[which][who];
    const [l, r] = [LEVEL_NAMES[which], ROLE_NAMES[who]];
    const reason = (): Text =>
      points === 0
        ? { zh: `${l.zh}，${r.zh}不连带扣分`, en: `${l.en}: ${r.en} loses no points` }
        : {
            zh: `${l.zh}，${r.zh}扣${points}分`,
            en: `${l.en}: ${r.en} loses ${points} points`,
          };
    return { kind: "grade", value: points, edition, reason };
  },
};
