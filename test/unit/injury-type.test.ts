import { grade, gradeMatrix, failureMessage } from "../helpers";
import { explain, expectExplainAgrees } from "../explain-helpers";

const injuryType = (cell: unknown) => grade("INJURYTYPE", cell);

describe("INJURYTYPE (GB 6441-86 第4条, lost workdays)", () => {
  test.each([
    [0.99, "#N/A"],
    [1, "轻伤"],
    [1.5, "轻伤"],
    [104, "轻伤"],
    [104.99, "轻伤"],
    [105, "重伤"],
    [105.5, "重伤"],
    [106, "重伤"],
    [6000, "重伤"],
  ])("%p lost workdays → %s", (days, expected) => {
    expect(injuryType(days)).toBe(expected);
  });

  test("zero lost workdays is no injury: #N/A", () => {
    expect(injuryType(0)).toBe("#N/A");
    expect(failureMessage("INJURYTYPE", 0.5)).toContain("不足1日");
  });

  test("workdays written as text", () => {
    expect(injuryType("105天")).toBe("重伤");
    expect(injuryType("105日")).toBe("重伤");
    expect(injuryType("105个工作日")).toBe("重伤");
    expect(injuryType("104 days")).toBe("轻伤");
    expect(injuryType("１０５")).toBe("重伤");
    expect(injuryType("'104")).toBe("轻伤");
  });

  test("blank is empty; bad input is #VALUE!", () => {
    expect(injuryType(null)).toBe("");
    expect(injuryType("")).toBe("");
    expect(injuryType(-3)).toBe("#VALUE!");
    expect(injuryType("15周")).toBe("#VALUE!");
    expect(injuryType("很久")).toBe("#VALUE!");
    expect(failureMessage("INJURYTYPE", "很久")).toContain("损失工作日");
  });

  test("EXPLAIN names the threshold", () => {
    expect(explain("INJURYTYPE", [105])).toContain("达到“105日以上”");
    expect(explain("INJURYTYPE", [104])).toContain("达到“1日以上”");
  });

  test("lifts over a column", () => {
    expect(gradeMatrix("INJURYTYPE", [[104], [105], [0], [null]])).toEqual([
      ["轻伤"],
      ["重伤"],
      ["#N/A"],
      [""],
    ]);
  });

  test.each([[1], [104], [105]])("EXPLAIN opens with the returned label: %p", (days) => {
    expectExplainAgrees("INJURYTYPE", [days]);
  });
});
