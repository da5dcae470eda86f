import { grade, gradeMatrix, failureMessage } from "../helpers";
import { explain, expectExplainAgrees } from "../explain-helpers";

const injury = (...row: unknown[]) => grade("INJURYLEVEL", ...row);

describe("INJURYLEVEL GB/T 15236-94 (the default)", () => {
  test.each([
    [0, 0, 1, "轻伤事故"],
    [0, 0, 30, "轻伤事故"],
    [0, 1, 0, "重伤事故"],
    [0, 1, 5, "重伤事故"],
    [1, 0, 0, "死亡事故"],
    [2, 9, 9, "死亡事故"],
    [3, 0, 0, "重大死亡事故"],
    [9, 0, 0, "重大死亡事故"],
    [10, 0, 0, "特大死亡事故"],
    [11, 0, 0, "特大死亡事故"],
  ])("%p dead, %p serious, %p minor → %s", (d, s, m, expected) => {
    expect(injury(d, s, m)).toBe(expected);
  });

  test("every spelling of the edition", () => {
    const forms = [null, "", "GB/T 15236-94", "GBT15236-94", "gb/t15236-94", "GB/T15236"];
    for (const e of [...forms, 1994, "1994", 94, "94", "ＧＢ／Ｔ １５２３６－９４"]) {
      expect(injury(3, 0, 0, e)).toBe("重大死亡事故");
    }
  });
});

describe("INJURYLEVEL GB 6441-86", () => {
  test.each([
    [0, 0, 1, "轻伤事故"],
    [0, 2, 0, "重伤事故"],
    [0, 1, 2, "重伤事故"],
    [1, 0, 0, "重大伤亡事故"],
    [2, 0, 0, "重大伤亡事故"],
    [3, 0, 0, "特大伤亡事故"],
    [4, 0, 0, "特大伤亡事故"],
    [10, 0, 0, "特大伤亡事故"],
  ])("%p dead, %p serious, %p minor → %s", (d, s, m, expected) => {
    expect(injury(d, s, m, "GB6441-86")).toBe(expected);
  });

  test("every spelling of the edition", () => {
    for (const e of ["GB6441-86", "GB 6441-86", "gb6441", "GB/T 6441-86", 1986, "1986", 86, "86"]) {
      expect(injury(3, 0, 0, e)).toBe("特大伤亡事故");
    }
  });
});

describe("INJURYLEVEL inputs", () => {
  test("no death and no injury is #N/A in both editions", () => {
    expect(injury(0, 0, 0)).toBe("#N/A");
    expect(injury(0, 0, 0, "GB6441-86")).toBe("#N/A");
    expect(injury(0, null, "")).toBe("#N/A");
    expect(failureMessage("INJURYLEVEL", 0, 0, 0)).toContain("不构成伤亡事故");
  });

  test("an unknown edition is #VALUE! listing the known ones", () => {
    expect(injury(1, 0, 0, "GB 6441-2000")).toBe("#VALUE!");
    expect(failureMessage("INJURYLEVEL", 1, 0, 0, 2008)).toContain("GB/T 15236-94、GB 6441-86");
  });

  test("counts written as text; blank rows; bad input", () => {
    expect(injury("10人", 0, 0)).toBe("特大死亡事故");
    expect(injury(0, "１", 0)).toBe("重伤事故");
    expect(injury(0, 0, "'3")).toBe("轻伤事故");
    expect(injury(null, null, null, "GB6441-86")).toBe("");
    expect(injury(null, null, 2)).toBe("轻伤事故");
    expect(injury(-1, 0, 0)).toBe("#VALUE!");
    expect(injury(0, 0, 1.5)).toBe("#VALUE!");
    expect(injury(0, "重伤", 0)).toBe("#VALUE!");
  });

  test("EXPLAIN names the band", () => {
    expect(explain("INJURYLEVEL", [3, 0, 0])).toContain("达到“3人至9人”");
    expect(explain("INJURYLEVEL", [3, 0, 0, "GB6441-86"])).toContain("GB 6441-86");
    expect(explain("INJURYLEVEL", [null, null, 2])).toContain("重伤为空，按0计");
  });

  test("lifts over a column", () => {
    expect(gradeMatrix("INJURYLEVEL", [[0], [1], [3], [10]], 0, [[1], [0], [0], [0]])).toEqual([
      ["轻伤事故"],
      ["死亡事故"],
      ["重大死亡事故"],
      ["特大死亡事故"],
    ]);
  });

  const explained: unknown[][] = [
    [0, 0, 1],
    [0, 1, 0],
    [2, 0, 0],
    [9, 0, 0],
    [10, 0, 0],
    [1, 0, 0, "GB6441-86"],
    [3, 0, 0, "1986"],
  ];
  test.each(explained.map((row) => [row]))("EXPLAIN opens with the returned label: %j", (row) => {
    expectExplainAgrees("INJURYLEVEL", row);
  });
});
