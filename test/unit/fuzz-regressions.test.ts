/**
 * Inputs that broke a property of test/fuzz, each kept as a plain test named for the input,
 * called through the custom-function entry points the way Excel calls them.
 */
import { customFunctionsById } from "../../src/functions/registry";
import { useLanguage } from "../../src/functions/excel-values";

const {
  BOLTSTRENGTH,
  CUSTOMERTIER,
  CUSTOMERURGENCY,
  DEFECTGRADE,
  EXPLAIN,
  HIGHWAYCLASS,
  INCIDENTLEVEL,
  LOSSLEVEL,
  RETAILCODE,
  RETAILSCALE,
  SHIPACCIDENTLEVEL,
} = customFunctionsById;

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

  test("1.7976931348623157e308 deaths is explained without Infinity", () => {
    const [[text]] = EXPLAIN("INCIDENTLEVEL", [[Number.MAX_VALUE]], [[0]], [[0]]);
    expect(text).toMatch(/^特别重大事故：死亡1\.7976931348623157e\+308人/);
    useLanguage("en");
    const [[loss]] = EXPLAIN("LOSSLEVEL", [[Number.MAX_VALUE]]);
    expect(loss).not.toContain("∞");
    expect(loss).not.toContain("Infinity");
  });

  test('"1e301亿" direct loss is #VALUE! (not finite), not a grade of Infinity亿元', () => {
    const e = error(only(LOSSLEVEL([["1e301亿"]])));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("1e301亿");
  });

  test("asOf 1e15 is #VALUE!, not a report date of NaN-NaN-NaN", () => {
    expect(error(only(CUSTOMERURGENCY([[3]], [[1e15]]))).code).toBe("#VALUE!");
    expect(error(only(CUSTOMERURGENCY([[3]], [[2958466]]))).code).toBe("#VALUE!");
    expect(only(CUSTOMERURGENCY([[3]], [[2958465]]))).toBe("紧急客户");
  });

  test('nextAction 1e15, "1e15" and "1e308周" are #VALUE!, not dates or spans of NaN', () => {
    for (const bad of [1e15, "1e15", "1e308周", "1e308年"]) {
      const e = error(only(CUSTOMERURGENCY([[bad]], [["2026-01-01"]])));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).not.toContain("NaN");
    }
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

  test('expectedClose "9999-12-31" from asOf "9999-12-15" is within a month (A)', () => {
    expect(only(CUSTOMERTIER([["明确"]], [["9999-12-31"]], [["9999-12-15"]]))).toBe("A");
    expect(only(CUSTOMERURGENCY([["9999-12-31"]], [["9999-12-01"]]))).toBe("缓急客户");
  });

  test('DEFECTGRADE("挫伤", 11, 5e-324) is 严重 without a share of Infinity%', () => {
    const [[text]] = EXPLAIN("DEFECTGRADE", [["挫伤"]], [[11]], [[5e-324]]);
    expect(text).toMatch(/^严重：挫伤深度远大于厚度公差/);
    expect(text).not.toContain("Infinity");
  });

  test('BOLTSTRENGTH("X.Y") in English lists the classes without Chinese wording', () => {
    useLanguage("en");
    const e = error(only(BOLTSTRENGTH([["X.Y"]])));
    expect(e.message).toContain("(S may follow)");
    expect(e.message).not.toMatch(/\p{Script=Han}/u);
  });

  test("RETAILSCALE with #DIV/0! (an error object) in volumes names the error, not undefined", () => {
    const div0 = new CustomFunctions.Error("#DIV/0!" as CustomFunctions.ErrorCode);
    const e = error(only(RETAILSCALE([[0]], [[div0]])));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("输入单元格包含错误 #DIV/0!");
  });

  test('BOLTSTRENGTH("4.8", "minyield") in English has no double space or full-width brackets', () => {
    useLanguage("en");
    const [[plain]] = EXPLAIN("BOLTSTRENGTH", [["4.8"]], "minyield");
    expect(plain).toMatch(/^340: class 4\.8 minimum yield strength Rpf,min = 340 MPa/);
    const [[split]] = EXPLAIN("BOLTSTRENGTH", [["8.8"]], "mintensile", [[20]]);
    expect(split).toMatch(/^830: class 8\.8 minimum tensile strength \(d > 16 mm\) Rm,min/);
  });

  test('RETAILCODE("超市", 1, "城镇", "守法") in English lists the markets in English', () => {
    useLanguage("en");
    const e = error(only(RETAILCODE([["超市"]], [[1]], [["城镇"]], [["守法"]])));
    expect(e.message).toContain("城区 (1) or 农村");
    expect(e.message).not.toMatch(/[（）]|或/);
  });

  test('RETAILCODE("超市", 1, "", "守法") says the market is blank, not "(空)" unknown', () => {
    expect(error(only(RETAILCODE([["超市"]], [[1]], [[""]], [["守法"]]))).message).toBe(
      "市场类型不能为空"
    );
  });

  test('CUSTOMERTIER("无", 3, "garbage") and ("潜在", "garbage") are #VALUE!, not E and D', () => {
    for (const args of [
      [[["无"]], [[3]], [["garbage"]]],
      [[["潜在"]], [["garbage"]]],
    ]) {
      const e = error(only(CUSTOMERTIER(...(args as [never, never, never]))));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain('"garbage"');
      expect(error(only(EXPLAIN("CUSTOMERTIER", ...args))).code).toBe("#VALUE!");
    }
    expect(only(CUSTOMERTIER([["潜在"]], [[""]]))).toBe("D");
  });

  test('DEFECTGRADE("辊印", 0.5, "garbage") is #VALUE!, not 轻微', () => {
    const e = error(only(DEFECTGRADE([["辊印"]], [[0.5]], [["garbage"]])));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("厚度公差");
    expect(error(only(EXPLAIN("DEFECTGRADE", [["辊印"]], [[0.5]], [["garbage"]]))).code).toBe(
      "#VALUE!"
    );
    expect(only(DEFECTGRADE([["辊印"]], [[0.5]], null))).toBe("轻微");
  });

  test('HIGHWAYCLASS(0, 2, "garbage") is #VALUE!, not #N/A for no traffic', () => {
    expect(error(only(HIGHWAYCLASS([[0]], [[2]], [["garbage"]]))).code).toBe("#VALUE!");
    expect(error(only(HIGHWAYCLASS([[0]], [[2]], [[true]]))).code).toBe("#N/A");
  });

  test('RETAILSCALE(50, {100;50;10}, {"Z";"Z";"Z"}, "火星店") is #VALUE! listing the formats', () => {
    const e = error(
      only(RETAILSCALE([[50]], [[100], [50], [10]], [["Z"], ["Z"], ["Z"]], "火星店"))
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("食杂店 Z、便利店 B");
    const known = error(only(RETAILSCALE([[50]], [[100], [50], [10]], [["Z"], ["Z"], ["Z"]], "C")));
    expect(known.code).toBe("#N/A");
  });

  test("HIGHWAYCLASS(1000, null) in English shows the blank lanes as (blank), not (空)", () => {
    useLanguage("en");
    expect(error(only(HIGHWAYCLASS([[1000]], [[null]]))).message).toBe(
      "lanes must be a whole number of 1 or more: (blank)"
    );
  });
});
