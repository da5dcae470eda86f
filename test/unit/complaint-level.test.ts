import { expectExplainStartsWithLabel } from "../explain-check";
import { failureMessage, grade, gradeMatrix } from "../helpers";

const ID = "COMPLAINTLEVEL";

describe("COMPLAINTLEVEL (客诉程度判定标准预案 一)", () => {
  test.each([
    // defect rate: 30%比例以上 includes 30%
    [0.2999, false, false, 0, "一般程度客诉"],
    [0.3, false, false, 0, "批量程度客诉"],
    [0.3001, false, false, 0, "批量程度客诉"],
    [1, false, false, 0, "批量程度客诉"],
    // a whole batch unusable
    [0, true, false, 0, "批量程度客诉"],
    // repeats this month: 3次以上 includes 3
    [0, false, false, 2, "一般程度客诉"],
    [0, false, false, 3, "严重程度客诉"],
    [0, false, false, 4, "严重程度客诉"],
    // affects follow-up orders
    [0, false, true, 0, "严重程度客诉"],
    // both triggers: the more severe wins
    [0.5, true, true, 0, "严重程度客诉"],
    [0.5, true, false, 3, "严重程度客诉"],
    [0.05, false, false, 0, "一般程度客诉"],
  ])("%p, batch %p, orders %p, repeats %p → %s", (rate, batch, orders, repeats, expected) => {
    expect(grade(ID, rate, batch, orders, repeats)).toBe(expected);
  });

  test("reads the defect rate as a fraction, a percentage or percent text", () => {
    expect(grade(ID, "30%", false, false, 0)).toBe("批量程度客诉");
    expect(grade(ID, "29.99%", false, false, 0)).toBe("一般程度客诉");
    expect(grade(ID, 30, false, false, 0)).toBe("批量程度客诉");
    expect(grade(ID, "３０％", false, false, 0)).toBe("批量程度客诉");
    expect(grade(ID, 0.7 - 0.4, false, false, 0)).toBe("批量程度客诉");
    expect(grade(ID, 101, false, false, 0)).toBe("#VALUE!");
    expect(grade(ID, -0.1, false, false, 0)).toBe("#VALUE!");
  });

  test("reads yes/no in every listed form", () => {
    for (const yes of [true, 1, "是", "有", "对", "Y", "yes", "√"]) {
      expect(grade(ID, 0, "否", yes, 0)).toBe("严重程度客诉");
    }
    for (const no of [false, 0, "否", "无", "错", "N", "no", "×"]) {
      expect(grade(ID, 0, no, no, 0)).toBe("一般程度客诉");
    }
    expect(grade(ID, 0, "maybe", false, 0)).toBe("#VALUE!");
  });

  test("repeats must be a whole count; text counts are read", () => {
    expect(grade(ID, 0, false, false, "3次")).toBe("严重程度客诉");
    expect(grade(ID, 0, false, false, 2.5)).toBe("#VALUE!");
    expect(failureMessage(ID, 0, false, false, "三次")).toContain("当月发生次数");
  });

  test("blank rows are empty; blanks in a partly filled row count as 0 or no", () => {
    expect(grade(ID, "", null, undefined, "")).toBe("");
    expect(grade(ID, "", true, null, "")).toBe("批量程度客诉");
    const e = expectExplainStartsWithLabel(ID, "", true, null, "");
    expect(e.zh).toContain("不良比例为空，按0计");
    expect(e.zh).toContain("影响后续订单为空，按“否”计");
  });

  test("lifts over a column", () => {
    expect(gradeMatrix(ID, [[0.1], [0.3], ["x"]], false, false, [[0], [0], [0]])).toEqual([
      ["一般程度客诉"],
      ["批量程度客诉"],
      ["#VALUE!"],
    ]);
  });

  test("EXPLAIN starts with the label and names the deciding criterion", () => {
    expect(expectExplainStartsWithLabel(ID, 0.3, false, false, 0).zh).toContain(
      "不良比例30%，达到“30%以上”"
    );
    expect(expectExplainStartsWithLabel(ID, 0, false, false, 3).zh).toContain("当月发生3次");
    expect(expectExplainStartsWithLabel(ID, 0, false, true, 0).zh).toContain("影响后续订单");
    expect(expectExplainStartsWithLabel(ID, 0.1, false, false, 0).zh).toContain(
      "均未达到批量程度客诉标准"
    );
  });
});
