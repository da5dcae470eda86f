import { grade, gradeMatrix, failureMessage } from "../helpers";

describe("INCIDENTLEVEL (国务院令第493号 第三条)", () => {
  test.each([
    // deaths: 以上 includes the number
    [2, 0, 0, "一般事故"],
    [3, 0, 0, "较大事故"],
    [9, 0, 0, "较大事故"],
    [10, 0, 0, "重大事故"],
    [29, 0, 0, "重大事故"],
    [30, 0, 0, "特别重大事故"],
    // serious injuries
    [0, 9, 0, "一般事故"],
    [0, 10, 0, "较大事故"],
    [0, 49, 0, "较大事故"],
    [0, 50, 0, "重大事故"],
    [0, 99, 0, "重大事故"],
    [0, 100, 0, "特别重大事故"],
    // direct loss in yuan
    [0, 0, 9_999_999, "一般事故"],
    [0, 0, 10_000_000, "较大事故"],
    [0, 0, 49_999_999, "较大事故"],
    [0, 0, 50_000_000, "重大事故"],
    [0, 0, 99_999_999, "重大事故"],
    [0, 0, 100_000_000, "特别重大事故"],
    // any one criterion is enough; the most severe level reached wins
    [3, 0, 100_000_000, "特别重大事故"],
    [1, 0, 60_000_000, "重大事故"],
    [0, 0, 0, "一般事故"],
  ])("%p deaths, %p serious, %p yuan → %s", (d, s, l, expected) => {
    expect(grade("INCIDENTLEVEL", d, s, l)).toBe(expected);
  });

  test("reads counts and money written as text", () => {
    expect(grade("INCIDENTLEVEL", "12人", "0", "0")).toBe("重大事故");
    expect(grade("INCIDENTLEVEL", "１２", 0, 0)).toBe("重大事故");
    expect(grade("INCIDENTLEVEL", "'3", 0, 0)).toBe("较大事故");
    expect(grade("INCIDENTLEVEL", 0, 0, "0.8亿元")).toBe("重大事故");
    expect(grade("INCIDENTLEVEL", 0, 0, "8000万")).toBe("重大事故");
    expect(grade("INCIDENTLEVEL", 0, 0, "1亿")).toBe("特别重大事故");
    expect(grade("INCIDENTLEVEL", 0, 0, "12,000,000元")).toBe("较大事故");
    expect(grade("INCIDENTLEVEL", 0, 0, "1.2e7")).toBe("较大事故");
  });

  test("blank rows are empty; partly blank rows count blanks as 0", () => {
    expect(grade("INCIDENTLEVEL", null, "", "  ")).toBe("");
    expect(grade("INCIDENTLEVEL", 10, null, "")).toBe("重大事故");
  });

  test("bad input is #VALUE! naming the parameter and the value", () => {
    expect(grade("INCIDENTLEVEL", -1, 0, 0)).toBe("#VALUE!");
    expect(grade("INCIDENTLEVEL", 1.5, 0, 0)).toBe("#VALUE!");
    expect(grade("INCIDENTLEVEL", "x", 0, 0)).toBe("#VALUE!");
    expect(failureMessage("INCIDENTLEVEL", "三人", 0, 0)).toContain("死亡");
    expect(failureMessage("INCIDENTLEVEL", "三人", 0, 0)).toContain("三人");
  });

  test("lifts over ranges: a column in, a column out, scalars broadcast", () => {
    expect(gradeMatrix("INCIDENTLEVEL", [[1], ["x"], [10]], 0, 0)).toEqual([
      ["一般事故"],
      ["#VALUE!"],
      ["重大事故"],
    ]);
    expect(gradeMatrix("INCIDENTLEVEL", [[1], [3]], [[0], [0], [50]], 0)).toEqual([
      ["一般事故"],
      ["较大事故"],
      ["#N/A"],
    ]);
  });
});
