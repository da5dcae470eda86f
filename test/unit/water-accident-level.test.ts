import { grade, gradeMatrix, failureMessage } from "../helpers";
import { explain, expectExplainAgrees } from "../explain-helpers";

const water = (...row: unknown[]) => grade("WATERACCIDENTLEVEL", ...row);

describe("WATERACCIDENTLEVEL (水上交通事故统计办法 2021, 第六条)", () => {
  test.each([
    // deaths, missing included
    [0, 0, 0, "小事故"],
    [1, 0, 0, "一般事故"],
    [2, 0, 0, "一般事故"],
    [3, 0, 0, "较大事故"],
    [9, 0, 0, "较大事故"],
    [10, 0, 0, "重大事故"],
    [29, 0, 0, "重大事故"],
    [30, 0, 0, "特别重大事故"],
    [31, 0, 0, "特别重大事故"],
    // serious injuries
    [0, 1, 0, "一般事故"],
    [0, 9, 0, "一般事故"],
    [0, 10, 0, "较大事故"],
    [0, 49, 0, "较大事故"],
    [0, 50, 0, "重大事故"],
    [0, 99, 0, "重大事故"],
    [0, 100, 0, "特别重大事故"],
    // direct loss: the 100万 floor of 一般事故 is kept from the 2014 text
    [0, 0, 999_999, "小事故"],
    [0, 0, 1_000_000, "一般事故"],
    [0, 0, 1_000_001, "一般事故"],
    [0, 0, 9_999_999, "一般事故"],
    [0, 0, 10_000_000, "较大事故"],
    [0, 0, 49_999_999, "较大事故"],
    [0, 0, 50_000_000, "重大事故"],
    [0, 0, 99_999_999, "重大事故"],
    [0, 0, 100_000_000, "特别重大事故"],
    // the most severe criterion wins
    [1, 0, 100_000_000, "特别重大事故"],
    [3, 60, 0, "重大事故"],
  ])("%p dead, %p serious, %p yuan → %s", (d, s, l, expected) => {
    expect(water(d, s, l)).toBe(expected);
  });

  test("numbers and money written as text", () => {
    expect(water("30人", 0, 0)).toBe("特别重大事故");
    expect(water(0, "５０", 0)).toBe("重大事故");
    expect(water(0, 0, "5000万")).toBe("重大事故");
    expect(water(0, 0, "1亿元")).toBe("特别重大事故");
    expect(water(0, 0, "100万元")).toBe("一般事故");
    expect(water(0, 0, "999,999")).toBe("小事故");
  });

  test("blank rows are empty; blanks count as 0", () => {
    expect(water(null, "", null)).toBe("");
    expect(water(null, null, "100万")).toBe("一般事故");
    expect(explain("WATERACCIDENTLEVEL", [null, null, "100万"])).toContain("死亡为空，按0计");
  });

  test("bad input is #VALUE!", () => {
    expect(water(-1, 0, 0)).toBe("#VALUE!");
    expect(water(0, 0.5, 0)).toBe("#VALUE!");
    expect(water(0, 0, "一百万")).toBe("#VALUE!");
    expect(failureMessage("WATERACCIDENTLEVEL", 0, 0, "一百万")).toContain("一百万");
  });

  test("EXPLAIN names the 100万 floor when nothing is reached", () => {
    expect(explain("WATERACCIDENTLEVEL", [0, 0, 999_999])).toContain("均未达到一般事故标准");
    expect(explain("WATERACCIDENTLEVEL", [0, 0, 999_999])).toContain("100万元以上");
  });

  test("lifts over a column", () => {
    expect(gradeMatrix("WATERACCIDENTLEVEL", [[0], [1], [30]], 0, 0)).toEqual([
      ["小事故"],
      ["一般事故"],
      ["特别重大事故"],
    ]);
  });

  const explained: unknown[][] = [
    [0, 0, 0],
    [1, 0, 0],
    [0, 10, 0],
    [0, 0, 50_000_000],
    [30, 0, 0],
  ];
  test.each(explained.map((row) => [row]))("EXPLAIN opens with the returned label: %j", (row) => {
    expectExplainAgrees("WATERACCIDENTLEVEL", row);
  });
});
