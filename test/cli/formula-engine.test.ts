/** createEngine(sheets): whole sheets of GRADE formulas, as large as Excel's. */
import { createEngine } from "../../src/cli/formula-engine";

describe("createEngine with sheets", () => {
  test("builds a sheet past HyperFormula's default 40,000 rows and grades its formulas", () => {
    const rows: (number | string)[][] = [["死亡人数", "重伤人数", "直接经济损失", "事故等级"]];
    for (let i = 0; i < 50_000; i++) rows.push([i % 40, 0, 0]);
    rows[49_990].push("=GRADE.INCIDENTLEVEL(A49991,B49991,C49991)");
    rows[2].push("=GRADE.INCIDENTLEVEL(A3:A6,B3:B6,C3:C6)");

    const engine = createEngine({ Sheet1: rows });
    const cell = (row: number, col = 3) => engine.getCellValue({ sheet: 0, col, row });
    expect(rows[49_990][0]).toBe(29);
    expect(cell(49_990)).toBe("重大事故");
    // The range call spills down, one level per row (1, 2, 3, 4 deaths).
    expect([2, 3, 4, 5].map((r) => cell(r))).toEqual([
      "一般事故",
      "一般事故",
      "较大事故",
      "较大事故",
    ]);
    engine.destroy();
  });

  test("TRUE and FALSE read as literals, as in Excel", () => {
    const engine = createEngine({ Sheet1: [["=IF(TRUE,1,2)", "=AND(TRUE,FALSE)"]] });
    expect(engine.getSheetValues(0)).toEqual([[1, false]]);
    engine.destroy();
  });
});
