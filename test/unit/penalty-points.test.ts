import { grade, gradeMatrix, failureMessage } from "../helpers";
import { explain, expectExplainAgrees } from "../explain-helpers";

const points = (level: unknown, role: unknown) => grade("PENALTYPOINTS", level, role);

describe("PENALTYPOINTS (管理事故扣分标准)", () => {
  test.each([
    ["一级", "责任人", 15],
    ["一级", "负责人", 10],
    ["一级", "直接上级", 8],
    ["一级", "上上级", 5],
    ["二级", "责任人", 10],
    ["二级", "负责人", 8],
    ["二级", "直接上级", 5],
    ["二级", "上上级", 3],
    ["三级", "责任人", 5],
    ["三级", "负责人", 3],
    ["三级", "直接上级", 2],
    ["三级", "上上级", 0],
  ])("%s, %s → %p", (level, role, expected) => {
    expect(points(level, role)).toBe(expected);
  });

  test("every form of the level", () => {
    for (const l of ["一级", "一级事故", 1, "1", "1级", "一", "Ⅰ", "I", " 一级 ", "１"]) {
      expect(points(l, "责任人")).toBe(15);
    }
    for (const l of ["二级", "二级事故", 2, "2级", "Ⅱ", "ii"]) expect(points(l, "责任人")).toBe(10);
    for (const l of ["三级", "三级事故", 3, "3级", "Ⅲ", "III"]) expect(points(l, "责任人")).toBe(5);
  });

  test("every form of the role", () => {
    for (const r of ["责任人", "部门责任人", "直接责任人", "responsible", "Responsible"]) {
      expect(points("二级", r)).toBe(10);
    }
    for (const r of ["负责人", "部门负责人", "head", "manager"]) expect(points("二级", r)).toBe(8);
    for (const r of ["直接上级", "上级", "supervisor"]) expect(points("二级", r)).toBe(5);
    for (const r of ["上上级", "间接上级", "skip-level"]) expect(points("二级", r)).toBe(3);
  });

  test("blank rows are empty; a blank level or role is #VALUE!", () => {
    expect(points(null, "")).toBe("");
    expect(points(null, "责任人")).toBe("#VALUE!");
    expect(points("一级", null)).toBe("#VALUE!");
    expect(failureMessage("PENALTYPOINTS", null, "责任人")).toContain("事故等级不能为空");
  });

  test("unknown level or role is #VALUE! listing the choices", () => {
    expect(points(4, "责任人")).toBe("#VALUE!");
    expect(points("四级", "责任人")).toBe("#VALUE!");
    expect(points("一级", "总经理")).toBe("#VALUE!");
    expect(failureMessage("PENALTYPOINTS", "一级", "总经理")).toContain("责任人 / 负责人");
  });

  test("EXPLAIN names the level and role", () => {
    expect(explain("PENALTYPOINTS", ["二级", "负责人"])).toContain("二级事故，负责人扣8分");
    expect(explain("PENALTYPOINTS", ["三级", "上上级"])).toContain("上上级不连带扣分");
  });

  test("lifts over columns", () => {
    expect(gradeMatrix("PENALTYPOINTS", [["一级"], [2], ["三级事故"]], "直接上级")).toEqual([
      [8],
      [5],
      [2],
    ]);
  });

  test.each([
    ["一级", "责任人"],
    ["三级", "上上级"],
    [2, "负责人"],
  ])("EXPLAIN opens with the returned points: %s %s", (level, role) => {
    expectExplainAgrees("PENALTYPOINTS", [level, role]);
  });
});
