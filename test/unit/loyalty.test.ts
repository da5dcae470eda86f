import { expectExplainStartsWithLabel } from "../explain-check";
import { failureMessage, grade, gradeMatrix } from "../helpers";

const ID = "LOYALTY";

describe("LOYALTY (满意度评分 1–5)", () => {
  test.each([
    [1, "不满意客户"],
    [2, "不满意客户"],
    [2.99, "不满意客户"],
    [3, "易流失客户"],
    [3.01, "易流失客户"],
    [4, "易流失客户"],
    [4.6, "易流失客户"],
    [4.99, "易流失客户"],
    [5, "忠诚客户"],
  ])("%p → %s", (score, expected) => {
    expect(grade(ID, score)).toBe(expected);
  });

  test("a value that displays as 5 counts as 5 (10 significant digits)", () => {
    expect(grade(ID, 4.99999999999)).toBe("忠诚客户");
    expect(grade(ID, 0.7 * 10 - 4)).toBe("易流失客户");
  });

  test("text scores are read; outside 1–5 is #VALUE!", () => {
    expect(grade(ID, "5分")).toBe("忠诚客户");
    expect(grade(ID, "４")).toBe("易流失客户");
    expect(grade(ID, 0.99)).toBe("#VALUE!");
    expect(grade(ID, 0)).toBe("#VALUE!");
    expect(grade(ID, 5.01)).toBe("#VALUE!");
    expect(grade(ID, -3)).toBe("#VALUE!");
    expect(grade(ID, "很好")).toBe("#VALUE!");
    expect(failureMessage(ID, 6)).toContain("1至5分");
  });

  test("blank rows are empty; ranges lift", () => {
    expect(grade(ID, "")).toBe("");
    expect(gradeMatrix(ID, [[5], [3], [1], [""]])).toEqual([
      ["忠诚客户"],
      ["易流失客户"],
      ["不满意客户"],
      [""],
    ]);
  });

  test("EXPLAIN starts with the label", () => {
    expect(expectExplainStartsWithLabel(ID, 5).zh).toContain("完全满意");
    expect(expectExplainStartsWithLabel(ID, 4.5).zh).toContain("3分至5分之间");
    expect(expectExplainStartsWithLabel(ID, 2).zh).toContain("低于3分");
  });
});
