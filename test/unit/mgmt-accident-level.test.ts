import { grade, gradeMatrix, failureMessage } from "../helpers";
import { explain, expectExplainAgrees } from "../explain-helpers";

const mgmt = (...row: unknown[]) => grade("MGMTACCIDENTLEVEL", ...row);

// Row order: deaths, seriousInjuries, minorInjuries, treatmentDays, leaveMonths, strikers.
describe("MGMTACCIDENTLEVEL (事故等级划分及扣分标准, 管理事故)", () => {
  test.each([
    // nothing reached
    [[0, 0, 0, 0, 0, 0], "三级事故"],
    // deaths and serious injuries: any is 一级
    [[1, 0, 0, 0, 0, 0], "一级事故"],
    [[0, 1, 0, 0, 0, 0], "一级事故"],
    // minor injuries: 2人以下 三级, 3–5 二级 (5人以下 includes 5), 6 and more 一级
    [[0, 0, 2, 0, 0, 0], "三级事故"],
    [[0, 0, 3, 0, 0, 0], "二级事故"],
    [[0, 0, 5, 0, 0, 0], "二级事故"],
    [[0, 0, 6, 0, 0, 0], "一级事故"],
    // treatment: 20（含）三级, 超过20 二级, 50（含）二级, 超过50 一级
    [[0, 0, 0, 20, 0, 0], "三级事故"],
    [[0, 0, 0, 20.5, 0, 0], "二级事故"],
    [[0, 0, 0, 21, 0, 0], "二级事故"],
    [[0, 0, 0, 50, 0, 0], "二级事故"],
    [[0, 0, 0, 50.5, 0, 0], "一级事故"],
    [[0, 0, 0, 51, 0, 0], "一级事故"],
    // leave: 2个月 三级, 超过2个月 二级, 6个月 二级, 超过6个月 一级
    [[0, 0, 0, 0, 2, 0], "三级事故"],
    [[0, 0, 0, 0, 2.1, 0], "二级事故"],
    [[0, 0, 0, 0, 6, 0], "二级事故"],
    [[0, 0, 0, 0, 6.1, 0], "一级事故"],
    // strikers: 5人以下 (fewer than 5) 三级, 5–14 二级, 15人以上 一级
    [[0, 0, 0, 0, 0, 4], "三级事故"],
    [[0, 0, 0, 0, 0, 5], "二级事故"],
    [[0, 0, 0, 0, 0, 14], "二级事故"],
    [[0, 0, 0, 0, 0, 15], "一级事故"],
    [[0, 0, 0, 0, 0, 16], "一级事故"],
    // the most severe criterion wins
    [[0, 0, 2, 10, 1, 15], "一级事故"],
    [[0, 0, 3, 10, 1, 0], "二级事故"],
    [[0, 0, 2, 10, 1, 0], "三级事故"],
  ])("%j → %s", (row, expected) => {
    expect(mgmt(...(row as unknown[]))).toBe(expected);
  });

  test("days and months written with units", () => {
    expect(mgmt(0, 0, 0, "51天", 0, 0)).toBe("一级事故");
    expect(mgmt(0, 0, 0, "21个工作日", 0, 0)).toBe("二级事故");
    expect(mgmt(0, 0, 0, "20日", 0, 0)).toBe("三级事故");
    expect(mgmt(0, 0, 0, 0, "3个月", 0)).toBe("二级事故");
    expect(mgmt(0, 0, 0, 0, "7月", 0)).toBe("一级事故");
    expect(mgmt(0, 0, "３人", 0, 0, "15人")).toBe("一级事故");
  });

  test("blank rows are empty; blanks count as 0", () => {
    expect(mgmt(null, null, null, null, null, null)).toBe("");
    expect(mgmt(null, null, 3, null, null, null)).toBe("二级事故");
    expect(explain("MGMTACCIDENTLEVEL", [null, null, 3, null, null, null])).toContain(
      "罢工人数为空，按0计"
    );
  });

  test("bad input is #VALUE!", () => {
    expect(mgmt(0, 0, 1.5, 0, 0, 0)).toBe("#VALUE!");
    expect(mgmt(0, 0, 0, -1, 0, 0)).toBe("#VALUE!");
    expect(mgmt(0, 0, 0, "3周", 0, 0)).toBe("#VALUE!");
    expect(mgmt(0, 0, 0, 0, 0, "很多")).toBe("#VALUE!");
    expect(failureMessage("MGMTACCIDENTLEVEL", 0, 0, 0, 0, 0, "很多")).toContain("罢工人数");
  });

  test("EXPLAIN names the criterion, with 超过 for the exclusive ones", () => {
    expect(explain("MGMTACCIDENTLEVEL", [0, 0, 0, 51, 0, 0])).toContain("达到“超过50个工作日”");
    expect(explain("MGMTACCIDENTLEVEL", [0, 0, 6, 0, 0, 0])).toContain("达到“超过5人”");
    expect(explain("MGMTACCIDENTLEVEL", [0, 0, 0, 0, 0, 5])).toContain("达到“5人至14人”");
    expect(explain("MGMTACCIDENTLEVEL", [0, 0, 0, 0, 0, 0])).toContain("均未达到二级事故标准");
  });

  test("lifts over a column", () => {
    expect(gradeMatrix("MGMTACCIDENTLEVEL", 0, 0, [[2], [3], [6]], 0, 0, 0)).toEqual([
      ["三级事故"],
      ["二级事故"],
      ["一级事故"],
    ]);
  });

  const explained: unknown[][] = [
    [0, 0, 0, 0, 0, 0],
    [0, 0, 3, 0, 0, 0],
    [0, 0, 0, 0, 2.5, 0],
    [1, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 15],
  ];
  test.each(explained.map((row) => [row]))("EXPLAIN opens with the returned label: %j", (row) => {
    expectExplainAgrees("MGMTACCIDENTLEVEL", row);
  });
});
