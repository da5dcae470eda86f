/** Lifting over ranges the way Excel's own arithmetic lifts over arrays. */
import { explainForExcel, gradeForExcel } from "../../src/functions/excel-values";
import { fn, gradeMatrix } from "../helpers";

function cells(result: unknown[][]): unknown[][] {
  return result.map((row) =>
    row.map((v) => (typeof v === "object" && v !== null ? (v as { code: string }).code : v))
  );
}

describe("lifting", () => {
  test("ranges of the same shape pair cell by cell", () => {
    expect(gradeMatrix("INCIDENTLEVEL", [[1, 3]], [[0, 10]], [[0, 0]])).toEqual([
      ["一般事故", "较大事故"],
    ]);
  });

  test("a single row is broadcast down every row, a single column across every column", () => {
    const deaths = [[0], [10]]; // a column
    const loss = [[0, 1e8]]; // a row
    expect(gradeMatrix("INCIDENTLEVEL", deaths, 0, loss)).toEqual([
      ["一般事故", "特别重大事故"],
      ["重大事故", "特别重大事故"],
    ]);
  });

  test("cells beyond a smaller range are #N/A, with a message", () => {
    const result = gradeForExcel(fn("INCIDENTLEVEL"), [[[1], [3], [10]], [[0], [0]], [[0]]]);
    expect(cells(result)).toEqual([["一般事故"], ["较大事故"], ["#N/A"]]);
    expect((result[2][0] as CustomFunctions.Error).message).toContain("范围");
  });

  test("omitted optional arguments arrive as null", () => {
    const result = gradeForExcel(fn("CUSTOMERTIER"), [[["明确"]], [["2026-02-01"]], null]);
    expect(typeof result[0][0]).toBe("string");
  });

  test("a blank row is an empty string, never 0", () => {
    expect(gradeForExcel(fn("INCIDENTLEVEL"), [[[""]], [[null]], [[""]]])).toEqual([[""]]);
  });

  test("an error object passed in a cell is passed through, not read as text", () => {
    const error = new CustomFunctions.Error("#DIV/0!" as CustomFunctions.ErrorCode);
    const result = gradeForExcel(fn("INCIDENTLEVEL"), [[[error]], [[0]], [[0]]]);
    expect(cells(result)).toEqual([["#DIV/0!"]]);
  });

  test("only #VALUE! and #N/A carry messages (Excel drops the others)", () => {
    const error = new CustomFunctions.Error("#DIV/0!" as CustomFunctions.ErrorCode);
    const result = gradeForExcel(fn("INCIDENTLEVEL"), [[[error]], [[0]], [[0]]]);
    expect((result[0][0] as CustomFunctions.Error).message).toBeUndefined();
  });
});

describe("EXPLAIN", () => {
  test("takes the id or the zh-CN name and lifts like the function", () => {
    const byId = explainForExcel("INCIDENTLEVEL", [[[12], [0]], [[0]], [[0]]]);
    const byName = explainForExcel("事故等级", [[[12], [0]], [[0]], [[0]]]);
    expect(byId).toEqual(byName);
    expect(byId[0][0]).toBe(
      "重大事故：死亡12人，达到“10人以上”（《生产安全事故报告和调查处理条例》（国务院令第493号） 第三条）"
    );
    expect(String(byId[1][0])).toMatch(
      /^一般事故：死亡0人、重伤0人、直接经济损失0元，均未达到较大事故标准/
    );
  });

  test("says when a blank was counted as 0", () => {
    const [[text]] = explainForExcel("INCIDENTLEVEL", [[[10]], [[""]], [[null]]]);
    expect(text).toContain("重伤为空，按0计");
  });

  test("an unknown function or too many arguments is #VALUE! with a message", () => {
    const [[unknown]] = explainForExcel("NOPE", [[[1]]]);
    expect((unknown as CustomFunctions.Error).code).toBe("#VALUE!");
    expect((unknown as CustomFunctions.Error).message).toContain("INCIDENTLEVEL");
    const [[extra]] = explainForExcel("INCIDENTLEVEL", [[[1]], [[1]], [[1]], [[1]]]);
    expect((extra as CustomFunctions.Error).message).toContain("3");
  });

  test("agrees with the function on errors", () => {
    const [[e]] = explainForExcel("INCIDENTLEVEL", [[[-1]], [[0]], [[0]]]);
    expect((e as CustomFunctions.Error).code).toBe("#VALUE!");
  });
});
