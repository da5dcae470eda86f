/** Excel's capital E in numbers, read by HyperFormula, whose lexer knows only a small e. */
import { toEngineFormula, withLowerCaseExponents } from "../../src/cli/formula-text";

describe("withLowerCaseExponents", () => {
  test.each([
    ["=1.2E7", "=1.2e7"],
    ["=1.2E+7", "=1.2e+7"],
    ["=.5E-3*2", "=.5e-3*2"],
    ["=GRADE.LOSSLEVEL(1E6)", "=GRADE.LOSSLEVEL(1e6)"],
    ["={1E3;2E3}", "={1e3;2e3}"],
    ["=1E2%", "=1e2%"],
  ])("%s becomes %s", (excel, engine) => {
    expect(withLowerCaseExponents(excel)).toBe(engine);
  });

  test.each([
    "=E7",
    "=$E$7+A1",
    '="1E6"',
    '=A1&"x""1E6"',
    "='Sheet 1E5'!A1",
    "=Sheet1E5!A1",
    "=LOG10E2(1)",
    "=成本1E5",
    "=_x1E5",
    "=Table1[Col 1E5]",
    "=1E5E",
    "=1.2e7",
  ])("%s is left alone", (formula) => {
    expect(withLowerCaseExponents(formula)).toBe(formula);
  });

  test("recalc's stored formulas get the same treatment", () => {
    expect(toEngineFormula('_xldudf_GRADE_LOSSLEVEL(E7*1E+4)&"1E6"')).toBe(
      'GRADE.LOSSLEVEL(E7*1e+4)&"1E6"'
    );
  });
});
