import { expectExplainStartsWithLabel } from "../explain-check";
import { failureMessage, grade, gradeMatrix } from "../helpers";

const ID = "HIGHWAYCLASS";
const JTJ = "JTJ 001-97";

describe("HIGHWAYCLASS, JTG B01-2014 (default)", () => {
  test.each([
    [1999, 2, "四级公路"],
    [2000, 2, "三级公路"],
    [2001, 2, "三级公路"],
    [4999, 2, "三级公路"],
    [5000, 2, "二级公路"],
    [5001, 2, "二级公路"],
    [15000, 2, "二级公路"],
    [15001, 2, "二级公路"],
    [3000, 3, "三级公路"],
    [7000, 3, "二级公路"],
    [100, 2, "四级公路"],
    [50, 1, "四级公路"],
    [9000, 1, "四级公路"],
    [20000, 4, "一级公路"],
    [1000, 6, "一级公路"],
  ])("%p pcu, %p lanes → %s", (aadt, lanes, expected) => {
    expect(grade(ID, aadt, lanes)).toBe(expected);
  });

  test("four or more lanes: access control tells 高速公路 from 一级公路", () => {
    expect(grade(ID, 20000, 4, true)).toBe("高速公路");
    expect(grade(ID, 20000, 4, false)).toBe("一级公路");
    expect(grade(ID, 20000, 4, "是")).toBe("高速公路");
    expect(grade(ID, 60000, 8, true)).toBe("高速公路");
    expect(grade(ID, 20000, 3, true)).toBe("二级公路");
  });

  test("edition names and years", () => {
    for (const name of ["JTG B01-2014", "jtgb01-2014", 2014, "2014", "JTG B01"]) {
      expect(grade(ID, 5000, 2, false, name)).toBe("二级公路");
    }
    expect(grade(ID, 5000, 2, false, "JTG B01-2003")).toBe("#VALUE!");
    expect(failureMessage(ID, 5000, 2, false, "2003")).toContain("JTJ 001-97");
  });
});

describe("HIGHWAYCLASS, JTJ 001-97 as the source quotes it", () => {
  test.each([
    [999, 2, "四级公路"],
    [1000, 2, "三级公路"],
    [1001, 2, "三级公路"],
    [2999, 2, "三级公路"],
    [3000, 2, "二级公路"],
    [3001, 2, "二级公路"],
    [5000, 2, "二级公路"],
    [6000, 2, "二级公路"],
    [150, 1, "四级公路"],
  ])("%p trucks, %p lanes → %s", (aadt, lanes, expected) => {
    expect(grade(ID, aadt, lanes, false, JTJ)).toBe(expected);
  });

  test("years 1997 and 97 name it; four lanes follow access control", () => {
    expect(grade(ID, 2000, 2, false, 1997)).toBe("三级公路");
    expect(grade(ID, 2000, 2, false, "97")).toBe("三级公路");
    expect(grade(ID, 40000, 4, true, JTJ)).toBe("高速公路");
    expect(grade(ID, 40000, 4, false, "jtj001-97")).toBe("一级公路");
  });
});

describe("HIGHWAYCLASS inputs", () => {
  test("traffic 0 is #N/A; lanes blank or 0 is #VALUE!", () => {
    expect(grade(ID, 0, 2)).toBe("#N/A");
    expect(grade(ID, "", 2)).toBe("#N/A");
    expect(grade(ID, 5000, "")).toBe("#VALUE!");
    expect(grade(ID, 5000, 0)).toBe("#VALUE!");
    expect(grade(ID, 5000, 2.5)).toBe("#VALUE!");
    expect(grade(ID, -5, 2)).toBe("#VALUE!");
    expect(failureMessage(ID, 5000, 0)).toContain("车道数");
  });

  test("accessControlled that cannot be read is #VALUE! on every branch, traffic 0 too", () => {
    for (const [traffic, n] of [
      [0, 2],
      ["", 2],
      [20000, 4],
      [5000, 2],
      [50, 1],
    ] as const) {
      expect(grade(ID, traffic, n, "garbage")).toBe("#VALUE!");
      expect(failureMessage(ID, traffic, n, "garbage")).toContain("全部控制出入");
      expect(failureMessage(ID, traffic, n, "garbage")).toContain('"garbage"');
      expect(grade(ID, traffic, n, 2)).toBe("#VALUE!");
    }
    expect(grade(ID, 0, 2, true)).toBe("#N/A");
    expect(grade(ID, 0, 2, "否")).toBe("#N/A");
    expect(grade(ID, 0, 4, 1)).toBe("#N/A");
  });

  test("text forms; blank rows; options do not count for the blank-row rule", () => {
    expect(grade(ID, "5,000辆", "2车道")).toBe("二级公路");
    expect(grade(ID, "２０００", "2")).toBe("三级公路");
    expect(grade(ID, "", "", true, JTJ)).toBe("");
  });

  test("lifts over columns; the edition is not lifted", () => {
    expect(
      gradeMatrix(ID, [[1500], [3000], [20000]], [[2], [2], [4]], [[false], [false], [true]], JTJ)
    ).toEqual([["三级公路"], ["二级公路"], ["高速公路"]]);
  });
});

describe("HIGHWAYCLASS EXPLAIN", () => {
  test("starts with the label in every band", () => {
    expectExplainStartsWithLabel(ID, 20000, 4, true);
    expectExplainStartsWithLabel(ID, 20000, 4, false);
    expectExplainStartsWithLabel(ID, 7000, 2);
    expectExplainStartsWithLabel(ID, 3000, 2);
    expectExplainStartsWithLabel(ID, 100, 2);
    expectExplainStartsWithLabel(ID, 100, 1);
    expectExplainStartsWithLabel(ID, 3500, 2, false, JTJ);
  });

  test("names overlaps, where the higher class wins", () => {
    expect(expectExplainStartsWithLabel(ID, 5500, 2).zh).toContain(
      "也在三级公路的设计交通量范围（2000～6000辆）内"
    );
    expect(expectExplainStartsWithLabel(ID, 3500, 2, false, JTJ).zh).toContain("也在三级公路");
    expect(expectExplainStartsWithLabel(ID, 1200, 2, false, JTJ).zh).toContain(
      "也在四级公路的设计交通量范围（1500辆以下）内"
    );
    expect(expectExplainStartsWithLabel(ID, 7000, 2).zh).not.toContain("重叠");
  });

  test("names traffic outside the chosen class's design range", () => {
    expect(expectExplainStartsWithLabel(ID, 16000, 2).zh).toContain(
      "不在二级公路（2车道）的设计交通量范围（5000～15000辆）内"
    );
    expect(expectExplainStartsWithLabel(ID, 12000, 4, false).zh).toContain("15000辆以上");
    expect(expectExplainStartsWithLabel(ID, 500, 1).zh).toContain("400辆以下");
    expect(expectExplainStartsWithLabel(ID, 20000, 4, true, JTJ).zh).toContain("25000～55000辆");
    expect(expectExplainStartsWithLabel(ID, 20000, 4, true).zh).not.toContain("不在");
  });

  test("says when access control was given for a road under four lanes", () => {
    expect(expectExplainStartsWithLabel(ID, 7000, 2, true).zh).toContain("此处不影响等级");
  });
});
