/**
 * Inputs that broke a property of test/fuzz, each kept as a plain test named for the input,
 * called through the custom-function entry points the way Excel calls them.
 */
import { customFunctionsById } from "../../src/functions/registry";
import { useLanguage } from "../../src/functions/excel-values";

const { CUSTOMERURGENCY, EXPLAIN, INCIDENTLEVEL, SHIPACCIDENTLEVEL } = customFunctionsById;

function only(result: unknown[][]): unknown {
  expect(result.length).toBe(1);
  expect(result[0].length).toBe(1);
  return result[0][0];
}

function error(value: unknown): CustomFunctions.Error {
  expect(value).toBeInstanceOf(CustomFunctions.Error);
  return value as CustomFunctions.Error;
}

afterEach(() => useLanguage(undefined));

describe("fuzz regressions", () => {
  test('{inputError: "#GETTING_DATA"} is #VALUE! with a message naming the error', () => {
    for (const bad of [
      { inputError: "#GETTING_DATA" },
      new CustomFunctions.Error("#SPILL!" as CustomFunctions.ErrorCode),
    ]) {
      const e = error(only(INCIDENTLEVEL([[bad]], [[0]], [[0]])));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(/#GETTING_DATA|#SPILL!/);
    }
  });

  test("[[undefined]] broadcast across a wider range is blank, not outside the range", () => {
    expect(INCIDENTLEVEL([[undefined]], [[0, 10]], [[0]])).toEqual([["一般事故", "较大事故"]]);
    expect(INCIDENTLEVEL([[undefined]], [[undefined, undefined]], [[null]])).toEqual([["", ""]]);
  });

  test("a blank row with #DIV/0! in the optional asOf or mainEngineKw is blank", () => {
    const div0 = new CustomFunctions.Error("#DIV/0!" as CustomFunctions.ErrorCode);
    expect(CUSTOMERURGENCY([[null]], [[div0]])).toEqual([[""]]);
    expect(
      SHIPACCIDENTLEVEL([[""]], [[null]], [[""]], [[null]], [[{ inputError: "#REF!" }]])
    ).toEqual([[""]]);
    // A row with inputs still passes the error on.
    expect(error(only(CUSTOMERURGENCY([[3]], [[div0]]))).code).toBe("#DIV/0!");
  });

  test('EXPLAIN({inputError: "#REF!"}, …) passes #REF! on instead of naming [object Object]', () => {
    const e = error(only(EXPLAIN({ inputError: "#REF!" }, [[1]], [[0]], [[0]])));
    expect(e.code).toBe("#REF!");
    expect(e.message).toBeUndefined();
  });
});
