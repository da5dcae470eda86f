import { grade, gradeMatrix, failureMessage } from "../helpers";
import { explain, expectExplainAgrees } from "../explain-helpers";

const road = (...row: unknown[]) => grade("ROADACCIDENTLEVEL", ...row);

describe("ROADACCIDENTLEVEL 1991 (公通字〔1991〕113号, the default)", () => {
  test.each([
    // deaths
    [1, 0, 0, 0, "重大事故"],
    [2, 0, 0, 0, "重大事故"],
    [3, 0, 0, 0, "特大事故"],
    [4, 0, 0, 0, "特大事故"],
    // serious injuries: 1–2 一般, 3–10 重大, 11 and up 特大
    [0, 1, 0, 0, "一般事故"],
    [0, 2, 0, 0, "一般事故"],
    [0, 3, 0, 0, "重大事故"],
    [0, 10, 0, 0, "重大事故"],
    [0, 11, 0, 0, "特大事故"],
    [0, 12, 0, 0, "特大事故"],
    // combinations: 1 death with 8 serious, 2 deaths with 5 serious
    [1, 7, 0, 0, "重大事故"],
    [1, 8, 0, 0, "特大事故"],
    [1, 9, 0, 0, "特大事故"],
    [2, 4, 0, 0, "重大事故"],
    [2, 5, 0, 0, "特大事故"],
    [1, 5, 0, 0, "重大事故"],
    // minor injuries: 1–2 轻微, 3 and up 一般, with no upper bound
    [0, 0, 1, 0, "轻微事故"],
    [0, 0, 2, 0, "轻微事故"],
    [0, 0, 3, 0, "一般事故"],
    [0, 0, 4, 0, "一般事故"],
    [0, 0, 50, 0, "一般事故"],
    // loss (motor vehicle): 不足1000 轻微, to 不足3万 一般, 3万以上 重大, 6万以上 特大
    [0, 0, 0, 1, "轻微事故"],
    [0, 0, 0, 999, "轻微事故"],
    [0, 0, 0, 1000, "一般事故"],
    [0, 0, 0, 1001, "一般事故"],
    [0, 0, 0, 29_999, "一般事故"],
    [0, 0, 0, 30_000, "重大事故"],
    [0, 0, 0, 30_001, "重大事故"],
    [0, 0, 0, 59_999, "重大事故"],
    [0, 0, 0, 60_000, "特大事故"],
    [0, 0, 0, 60_001, "特大事故"],
    // the most severe criterion wins
    [0, 0, 2, 60_000, "特大事故"],
    [0, 1, 1, 500, "一般事故"],
  ])("%p dead, %p serious, %p minor, %p yuan → %s", (d, s, m, l, expected) => {
    expect(road(d, s, m, l)).toBe(expected);
    expect(road(d, s, m, l, false, 1991)).toBe(expected);
  });

  test.each([
    [0, 0, 0, 199, "轻微事故"],
    [0, 0, 0, 200, "一般事故"],
    [0, 0, 0, 201, "一般事故"],
    [0, 0, 0, 999, "一般事故"],
    [0, 0, 0, 30_000, "重大事故"],
    [0, 0, 1, 500, "一般事故"],
  ])("non-motor: %p dead, %p serious, %p minor, %p yuan → %s", (d, s, m, l, expected) => {
    expect(road(d, s, m, l, true)).toBe(expected);
  });

  test("nonMotor accepts the yes/no forms; blank is a motor-vehicle accident", () => {
    for (const yes of [true, 1, "是", "Y", "yes", "√", "TRUE"])
      expect(road(0, 0, 0, 500, yes)).toBe("一般事故");
    for (const no of [false, 0, "否", "N", "×", null, ""])
      expect(road(0, 0, 0, 500, no)).toBe("轻微事故");
    expect(road(0, 0, 0, 500, "maybe")).toBe("#VALUE!");
  });

  test("no casualty and no loss is #N/A", () => {
    expect(road(0, 0, 0, 0)).toBe("#N/A");
    expect(road(0, 0, 0, 0, true)).toBe("#N/A");
    expect(failureMessage("ROADACCIDENTLEVEL", 0, null, 0, 0)).toContain("无人员伤亡");
  });

  test("EXPLAIN names the combination and the vehicle kind", () => {
    expect(explain("ROADACCIDENTLEVEL", [1, 8, 0, 0])).toContain("死亡1人同时重伤8人以上");
    expect(explain("ROADACCIDENTLEVEL", [0, 0, 0, 150, true])).toContain(
      "不足200元（非机动车事故）"
    );
    expect(explain("ROADACCIDENTLEVEL", [0, 0, 0, 1000])).toContain("1000元以上（机动车事故）");
  });
});

describe("ROADACCIDENTLEVEL 2004 (accident kinds)", () => {
  test.each([
    [1, 0, 0, 0, "死亡事故"],
    [1, 5, 3, 10_000, "死亡事故"],
    [0, 1, 0, 0, "伤人事故"],
    [0, 0, 1, 0, "伤人事故"],
    [0, 2, 0, 500_000, "伤人事故"],
    [0, 0, 0, 0.5, "财产损失事故"],
    [0, 0, 0, 800, "财产损失事故"],
    [0, 0, 0, 0, "#N/A"],
  ])("%p dead, %p serious, %p minor, %p yuan → %s", (d, s, m, l, expected) => {
    expect(road(d, s, m, l, null, "2004")).toBe(expected);
  });

  test("nonMotor plays no part, and EXPLAIN says so when it is given", () => {
    expect(road(0, 0, 0, 150, true, 2004)).toBe("财产损失事故");
    expect(explain("ROADACCIDENTLEVEL", [0, 0, 0, 150, true, 2004])).toContain(
      "未使用“非机动车”参数"
    );
    expect(explain("ROADACCIDENTLEVEL", [0, 0, 0, 150, null, 2004])).not.toContain("非机动车");
  });
});

describe("ROADACCIDENTLEVEL inputs", () => {
  test("edition spellings", () => {
    for (const e of [1991, "1991", 91, "91", "公通字[1991]113号", null, ""]) {
      expect(road(0, 0, 0, 800, null, e)).toBe("轻微事故");
    }
    for (const e of [2004, "2004", "04", "道路交通事故处理程序规定", "current", "现行"]) {
      expect(road(0, 0, 0, 800, null, e)).toBe("财产损失事故");
    }
    expect(road(0, 0, 0, 800, null, "2017")).toBe("#VALUE!");
    expect(failureMessage("ROADACCIDENTLEVEL", 0, 0, 0, 800, null, "2017")).toContain("公通字");
  });

  test("numbers and money written as text", () => {
    expect(road("3人", 0, 0, 0)).toBe("特大事故");
    expect(road(0, "１１", 0, 0)).toBe("特大事故");
    expect(road(0, 0, "3 人", 0)).toBe("一般事故");
    expect(road(0, 0, 0, "3万")).toBe("重大事故");
    expect(road(0, 0, 0, "6万元")).toBe("特大事故");
    expect(road(0, 0, 0, "59,999元")).toBe("重大事故");
    expect(road(0, 0, 0, "0.0006亿")).toBe("特大事故");
  });

  test("blank rows are empty even with nonMotor and edition; blanks count as 0", () => {
    expect(road(null, null, "", " ", true, "2004")).toBe("");
    expect(road(null, null, 3, null)).toBe("一般事故");
    expect(explain("ROADACCIDENTLEVEL", [null, null, 3, null])).toContain("财产损失为空，按0计");
  });

  test("bad input is #VALUE!", () => {
    expect(road(-1, 0, 0, 0)).toBe("#VALUE!");
    expect(road(0, 2.5, 0, 0)).toBe("#VALUE!");
    expect(road(0, 0, "几人", 0)).toBe("#VALUE!");
    expect(road(0, 0, 0, "-100")).toBe("#VALUE!");
    expect(failureMessage("ROADACCIDENTLEVEL", 0, 0, "几人", 0)).toContain("轻伤");
  });

  test("lifts over a column", () => {
    expect(gradeMatrix("ROADACCIDENTLEVEL", 0, 0, 0, [[150], [500], [0]], true)).toEqual([
      ["轻微事故"],
      ["一般事故"],
      ["#N/A"],
    ]);
  });

  const explained: unknown[][] = [
    [0, 0, 0, 999],
    [0, 0, 0, 1000],
    [0, 0, 3, 0],
    [2, 5, 0, 0],
    [0, 10, 0, 0],
    [0, 0, 0, 150, true],
    [1, 0, 0, 0, null, "2004"],
    [0, 0, 1, 0, null, "2004"],
    [0, 0, 0, 1, null, "2004"],
  ];
  test.each(explained.map((row) => [row]))("EXPLAIN opens with the returned label: %j", (row) => {
    expectExplainAgrees("ROADACCIDENTLEVEL", row);
  });
});
