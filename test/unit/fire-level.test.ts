import { grade, gradeMatrix, failureMessage } from "../helpers";
import { explain, expectExplainAgrees } from "../explain-helpers";

const fire = (...row: unknown[]) => grade("FIRELEVEL", ...row);

describe("FIRELEVEL 2025 (消防〔2025〕17号, the default)", () => {
  test.each([
    // deaths and serious injuries: the 2007 bands, 以上 includes the number
    [2, 0, 0, "一般火灾"],
    [3, 0, 0, "较大火灾"],
    [9, 0, 0, "较大火灾"],
    [10, 0, 0, "重大火灾"],
    [29, 0, 0, "重大火灾"],
    [30, 0, 0, "特别重大火灾"],
    [31, 0, 0, "特别重大火灾"],
    [0, 9, 0, "一般火灾"],
    [0, 10, 0, "较大火灾"],
    [0, 49, 0, "较大火灾"],
    [0, 50, 0, "重大火灾"],
    [0, 99, 0, "重大火灾"],
    [0, 100, 0, "特别重大火灾"],
    // loss bands raised to 3000万 / 1亿 / 3亿
    [0, 0, 29_999_999, "一般火灾"],
    [0, 0, 30_000_000, "较大火灾"],
    [0, 0, 30_000_001, "较大火灾"],
    [0, 0, 50_000_000, "较大火灾"],
    [0, 0, 99_999_999, "较大火灾"],
    [0, 0, 100_000_000, "重大火灾"],
    [0, 0, 299_999_999, "重大火灾"],
    [0, 0, 300_000_000, "特别重大火灾"],
    // 轻微火灾: no casualties and a loss below 1000 yuan
    [0, 0, 0, "轻微火灾"],
    [0, 0, 999, "轻微火灾"],
    [0, 0, 999.99, "轻微火灾"],
    [0, 0, 1000, "一般火灾"],
    [0, 0, 1001, "一般火灾"],
    [1, 0, 0, "一般火灾"],
    [0, 1, 500, "一般火灾"],
  ])("%p deaths, %p serious, %p yuan → %s", (d, s, l, expected) => {
    expect(fire(d, s, l)).toBe(expected);
  });

  test("every spelling of the edition, and blank, is 2025", () => {
    for (const e of [null, "", 2025, "2025", 25, "25", "消防〔2025〕17号", "消防[2025]17号"]) {
      expect(fire(0, 0, 50_000_000, null, e)).toBe("较大火灾");
    }
  });

  test("households are read but not graded, and EXPLAIN says so", () => {
    expect(fire(0, 0, 0, 100)).toBe("轻微火灾");
    expect(fire(0, 0, 0, "x")).toBe("#VALUE!");
    expect(explain("FIRELEVEL", [0, 0, 0, 100])).toContain("受灾100户未参与评级");
    expect(explain("FIRELEVEL", [0, 0, 0])).not.toContain("受灾");
  });

  test("EXPLAIN names the deciding criterion", () => {
    expect(explain("FIRELEVEL", [0, 0, 999])).toContain("无人员伤亡且直接损失不足1000元");
    expect(explain("FIRELEVEL", [0, 0, "3000万"])).toContain("达到“3000万元以上”");
    expect(explain("FIRELEVEL", [0, 0, 0])).toContain("消防〔2025〕17号");
  });
});

describe("FIRELEVEL 2007 (the 493 bands)", () => {
  test.each([
    [2, 0, 0, "一般火灾"],
    [3, 0, 0, "较大火灾"],
    [9, 0, 0, "较大火灾"],
    [10, 0, 0, "重大火灾"],
    [29, 0, 0, "重大火灾"],
    [30, 0, 0, "特别重大火灾"],
    [0, 9, 0, "一般火灾"],
    [0, 10, 0, "较大火灾"],
    [0, 50, 0, "重大火灾"],
    [0, 99, 0, "重大火灾"],
    [0, 100, 0, "特别重大火灾"],
    [0, 0, 9_999_999, "一般火灾"],
    [0, 0, 10_000_000, "较大火灾"],
    [0, 0, 49_999_999, "较大火灾"],
    [0, 0, 50_000_000, "重大火灾"],
    [0, 0, 99_999_999, "重大火灾"],
    [0, 0, 100_000_000, "特别重大火灾"],
    // no 轻微火灾 in this edition
    [0, 0, 0, "一般火灾"],
  ])("%p deaths, %p serious, %p yuan → %s", (d, s, l, expected) => {
    expect(fire(d, s, l, null, 2007)).toBe(expected);
  });

  test("edition spellings", () => {
    for (const e of [2007, "2007", "07", "2007年火灾等级标准", " 2007 "]) {
      expect(fire(0, 0, 0, null, e)).toBe("一般火灾");
    }
  });

  test("households play no part, and EXPLAIN says so", () => {
    expect(fire(0, 0, 0, 100, "2007")).toBe("一般火灾");
    expect(explain("FIRELEVEL", [0, 0, 0, 100, "2007"])).toContain("没有受灾户标准");
  });
});

describe("FIRELEVEL 1996 (公通字〔1996〕82号 第六条, 含本数)", () => {
  test.each([
    [2, 0, 0, 0, "一般火灾"],
    [3, 0, 0, 0, "重大火灾"],
    [9, 0, 0, 0, "重大火灾"],
    [10, 0, 0, 0, "特大火灾"],
    [0, 9, 0, 0, "一般火灾"],
    [0, 10, 0, 0, "重大火灾"],
    [0, 19, 0, 0, "重大火灾"],
    [0, 20, 0, 0, "特大火灾"],
    // deaths and serious injuries counted together
    [2, 7, 0, 0, "一般火灾"],
    [2, 8, 0, 0, "重大火灾"],
    [9, 10, 0, 0, "重大火灾"],
    [9, 11, 0, 0, "特大火灾"],
    [5, 15, 0, 0, "特大火灾"],
    // households
    [0, 0, 0, 29, "一般火灾"],
    [0, 0, 0, 30, "重大火灾"],
    [0, 0, 0, 49, "重大火灾"],
    [0, 0, 0, 50, "特大火灾"],
    // loss
    [0, 0, 299_999, 0, "一般火灾"],
    [0, 0, 300_000, 0, "重大火灾"],
    [0, 0, 999_999, 0, "重大火灾"],
    [0, 0, 1_000_000, 0, "特大火灾"],
    [0, 0, 0, 0, "一般火灾"],
  ])("%p deaths, %p serious, %p yuan, %p households → %s", (d, s, l, h, expected) => {
    expect(fire(d, s, l, h, "1996")).toBe(expected);
  });

  test("edition spellings, and households as text", () => {
    for (const e of [1996, "1996", 96, "公通字（1996）82号"]) {
      expect(fire(0, 0, 0, "50户", e)).toBe("特大火灾");
    }
    expect(explain("FIRELEVEL", [9, 11, 0, 0, "1996"])).toContain("死亡、重伤合计20人");
  });
});

describe("FIRELEVEL inputs", () => {
  test("numbers and money written as text", () => {
    expect(fire("3人", 0, 0)).toBe("较大火灾");
    expect(fire("１０", 0, 0)).toBe("重大火灾");
    expect(fire(0, "'50", 0)).toBe("重大火灾");
    expect(fire(0, 0, "3000万元")).toBe("较大火灾");
    expect(fire(0, 0, "0.3亿")).toBe("较大火灾");
    expect(fire(0, 0, "3亿元")).toBe("特别重大火灾");
    expect(fire(0, 0, "999元")).toBe("轻微火灾");
    expect(fire(0, 0, "1,000")).toBe("一般火灾");
    expect(fire(0, 0, "1e3")).toBe("一般火灾");
  });

  test("blank rows are empty even when households and edition are given", () => {
    expect(fire(null, "", " ")).toBe("");
    expect(fire(null, null, null, 60, "1996")).toBe("");
    expect(fire(3, null, null)).toBe("较大火灾");
    expect(explain("FIRELEVEL", [3, null, null])).toContain("重伤为空，按0计");
  });

  test("bad input is #VALUE! naming the parameter and the value", () => {
    expect(fire(-1, 0, 0)).toBe("#VALUE!");
    expect(fire(1.5, 0, 0)).toBe("#VALUE!");
    expect(fire(0, 0, "很多")).toBe("#VALUE!");
    expect(fire(0, 0, -5)).toBe("#VALUE!");
    expect(fire(0, 0, 0, -1, "1996")).toBe("#VALUE!");
    expect(failureMessage("FIRELEVEL", 0, 0, "三千万")).toContain("直接经济损失");
    expect(failureMessage("FIRELEVEL", 0, 0, 0, null, "2010")).toContain("消防〔2025〕17号");
    expect(fire(0, 0, 0, null, "2010")).toBe("#VALUE!");
  });

  test("lifts over a column; the edition is one value for all rows", () => {
    expect(gradeMatrix("FIRELEVEL", [[0], [3], ["x"]], 0, [[999], [0], [0]])).toEqual([
      ["轻微火灾"],
      ["较大火灾"],
      ["#VALUE!"],
    ]);
    expect(gradeMatrix("FIRELEVEL", [[2], [3]], 0, 0, [[0], [30]], "1996")).toEqual([
      ["一般火灾"],
      ["重大火灾"],
    ]);
  });

  const explained: unknown[][] = [
    [0, 0, 999],
    [0, 0, 1000],
    [3, 0, 0],
    [0, 0, 3e8],
    [0, 0, 0, 12],
    [0, 0, 0, null, "2007"],
    [30, 0, 0, null, "2007"],
    [0, 0, 0, 50, "1996"],
    [0, 0, 0, 0, "1996"],
  ];
  test.each(explained.map((row) => [row]))("EXPLAIN opens with the returned label: %j", (row) => {
    expectExplainAgrees("FIRELEVEL", row);
  });
});
