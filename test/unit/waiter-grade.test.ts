import { expectExplainStartsWithLabel } from "../explain-check";
import { grade, gradeMatrix } from "../helpers";

const ID = "WAITERGRADE";

describe("WAITERGRADE (餐饮服务员等级划分标准)", () => {
  test.each([
    // 初级: 3个月以上 includes 3; praise 超过3次
    [2.9, 4, 0, "初级", "未定级"],
    [3, 4, 0, "初级", "初级服务员"],
    [3.1, 4, 0, "初级", "初级服务员"],
    [4, 3, 0, "初级", "未定级"],
    [4, 4, 0, "初级", "初级服务员"],
    [4, 4, 0, "", "未定级"],
    // 中级: 超过半年 excludes 6; praise 超过6次
    [6, 7, 0, "中级", "初级服务员"],
    [6.1, 7, 0, "中级", "中级服务员"],
    [8, 6, 0, "中级", "初级服务员"],
    [8, 7, 0, "中级", "中级服务员"],
    [8, 7, 0, "初级", "初级服务员"],
    // 高级: 超过一年; praise 超过10次; 高级 test
    [12, 11, 0, "高级", "中级服务员"],
    [12.5, 11, 0, "高级", "高级服务员"],
    [13, 10, 0, "高级", "中级服务员"],
    [13, 11, 0, "中级", "中级服务员"],
    // past six months and meeting only 初级 is 初级
    [24, 5, 0, "初级", "初级服务员"],
    [5, 10, 0, "中级", "初级服务员"],
  ])("%p months, %p praise, %p complaints, test %p → %s", (m, p, c, t, expected) => {
    expect(grade(ID, m, p, c, t)).toBe(expected);
  });

  test("complaints beyond the allowance are offset by letters, which then stop counting", () => {
    // 中级 allows 1: 2 excess complaints use 2 of 8 letters, 6 left is not more than 6
    expect(grade(ID, 8, 8, 3, "中级")).toBe("初级服务员");
    expect(grade(ID, 8, 9, 3, "中级")).toBe("中级服务员");
    // 初级 allows 1: 1 excess uses 1 of 5 letters, 4 left
    expect(grade(ID, 4, 5, 2, "初级")).toBe("初级服务员");
    expect(grade(ID, 4, 4, 2, "初级")).toBe("未定级");
    // the letters cannot cover the excess
    expect(grade(ID, 4, 2, 5, "初级")).toBe("未定级");
    // 高级 allows 3, worked out with its own allowance: no letters spent on 3 complaints
    expect(grade(ID, 13, 11, 3, "高级")).toBe("高级服务员");
    expect(grade(ID, 13, 11, 4, "高级")).toBe("中级服务员");
    expect(grade(ID, 13, 12, 4, "高级")).toBe("高级服务员");
  });

  test("test levels in words; blank or 无 is no test", () => {
    expect(grade(ID, 4, 4, 0, "初级服务员")).toBe("初级服务员");
    expect(grade(ID, 8, 7, 0, "二级")).toBe("中级服务员");
    expect(grade(ID, 13, 11, 0, "senior")).toBe("高级服务员");
    expect(grade(ID, 4, 4, 0, "无")).toBe("未定级");
    expect(grade(ID, 4, 4, 0, null)).toBe("未定级");
    expect(grade(ID, 4, 4, 0, "星级")).toBe("#VALUE!");
  });

  test("inputs: months may be fractional or carry a unit; counts must be whole", () => {
    expect(grade(ID, "3个月", "4封", "0次", "初级")).toBe("初级服务员");
    expect(grade(ID, 4, 4.5, 0, "初级")).toBe("#VALUE!");
    expect(grade(ID, 4, 4, -1, "初级")).toBe("#VALUE!");
    expect(grade(ID, -1, 4, 0, "初级")).toBe("#VALUE!");
  });

  test("blank rows are empty; partly blank rows read blanks as 0 and no test", () => {
    expect(grade(ID, "", null, "", "")).toBe("");
    expect(grade(ID, 4, 4, "", "初级")).toBe("初级服务员");
    expect(expectExplainStartsWithLabel(ID, 4, 4, "", "初级").zh).toContain("投诉为空，按0计");
  });

  test("lifts over columns", () => {
    expect(
      gradeMatrix(ID, [[4], [8], [13]], [[4], [7], [11]], 0, [["初级"], ["中级"], ["高级"]])
    ).toEqual([["初级服务员"], ["中级服务员"], ["高级服务员"]]);
  });

  test("EXPLAIN starts with the label, adds the base pay and names what is missing", () => {
    expect(expectExplainStartsWithLabel(ID, 4, 4, 0, "初级").zh).toContain("底薪1800元");
    expect(expectExplainStartsWithLabel(ID, 8, 7, 0, "中级").zh).toContain("底薪2000元");
    expect(expectExplainStartsWithLabel(ID, 13, 11, 0, "高级").zh).toContain(
      "源文件未给出高级底薪"
    );
    const offset = expectExplainStartsWithLabel(ID, 8, 9, 3, "中级");
    expect(offset.zh).toContain("2次超出的投诉用2封表扬信抵消");
    const none = expectExplainStartsWithLabel(ID, 2, 1, 0, "");
    expect(none.zh).toContain("来店不满3个月");
    expect(none.zh).toContain("未通过初级测试");
  });
});
