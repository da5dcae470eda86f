/** `gradekit calc`: real Excel formula syntax through the add-in's own function code. */
import { gradekit } from "./run-cli";

function jsonLines(stdout: string) {
  return stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
}

describe("gradekit calc", () => {
  test("prints the grade for a formula argument", () => {
    const run = gradekit(["calc", "=GRADE.INCIDENTLEVEL(12,0,0)"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("重大事故\n");
  });

  test("--json spills an array constant as a 2-D array", () => {
    const run = gradekit(["calc", "=GRADE.INCIDENTLEVEL({1;3;10},0,0)", "--json"]);
    expect(jsonLines(run.stdout)).toEqual([{ value: [["一般事故"], ["较大事故"], ["重大事故"]] }]);
  });

  test("an error inside a spilled array is an error object in its cell", () => {
    const run = gradekit(["calc", '=GRADE.INCIDENTLEVEL({1;"x";10},0,0)', "--json"]);
    const [line] = jsonLines(run.stdout);
    expect(line.value[0][0]).toBe("一般事故");
    expect(line.value[1][0]).toMatchObject({ error: "#VALUE!" });
    expect(line.value[1][0].message).toContain("x");
  });

  test("reads one formula per line from standard input, one result per line", () => {
    const input = [
      '=GRADE.CUSTOMERTIER("明确",DATE(2025,12,1),DATE(2026,1,1))',
      "=GRADE.CUSTOMERTIER(TRUE,0)",
      '=GRADE.INCIDENTLEVEL(0,0,"0.8亿元")',
      "=GRADE.INCIDENTLEVEL(0,0,5000*10000)",
      '=GRADE.INCIDENTLEVEL("","","")',
      '=GRADE.CUSTOMERTIER("明确","")',
      '=GRADE.EXPLAIN("事故等级",12,0,0)',
      "=GRADE.NOSUCHTHING(1)",
      "=GRADE.INCIDENTLEVEL(1,2",
      "=TODAY()>40000",
    ].join("\n");
    const run = gradekit(["calc", "--json"], input + "\n");
    expect(run.status).toBe(0);
    const out = jsonLines(run.stdout);
    expect(out).toHaveLength(10);
    expect(out[0]).toEqual({ value: "A" });
    expect(out[1]).toEqual({ value: "A" });
    expect(out[2]).toEqual({ value: "重大事故" });
    expect(out[3]).toEqual({ value: "重大事故" });
    expect(out[4]).toEqual({ value: "" });
    expect(out[5]).toMatchObject({ error: "#N/A" });
    expect(out[6].value).toBe(
      "重大事故：死亡12人，达到“10人以上”（《生产安全事故报告和调查处理条例》（国务院令第493号） 第三条）"
    );
    expect(out[7]).toMatchObject({ error: "#NAME?" });
    expect(out[8].error).toBeDefined();
    expect(out[9]).toEqual({ value: true });
  });

  test("lifts over a range argument with a broadcast scalar", () => {
    const run = gradekit([
      "calc",
      "=GRADE.INCIDENTLEVEL({1,3;10,30},0,{0,100000000;0,0})",
      "--json",
    ]);
    expect(jsonLines(run.stdout)).toEqual([
      {
        value: [
          ["一般事故", "特别重大事故"],
          ["重大事故", "特别重大事故"],
        ],
      },
    ]);
  });

  test("--lang en gives English messages and explanations", () => {
    const run = gradekit(["calc", "--lang", "en", "--json", "=GRADE.INCIDENTLEVEL(-1,0,0)"]);
    const [line] = jsonLines(run.stdout);
    expect(line.error).toBe("#VALUE!");
    expect(line.message).toMatch(/deaths cannot be negative/);
  });

  test("a usage error exits 2, as GradeKit's own usage errors do", () => {
    const run = gradekit(["calc", "--no-such-option"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown option/);
  });
});

/** The message of each formula's result, run with `--json` in the given language. */
function messagesOf(lang: "zh" | "en", ...formulas: string[]) {
  const run = gradekit(["calc", "--json", "--lang", lang, ...formulas]);
  expect(run.status).toBe(0);
  return jsonLines(run.stdout) as { error?: string; message?: string; value?: unknown }[];
}

describe("gradekit calc messages are in the user's language", () => {
  const CJK = /[\u4e00-\u9fff]/;

  test("a formula that cannot be parsed, in English with --lang en and Chinese by default", () => {
    const [en] = messagesOf("en", "=GRADE.INCIDENTLEVEL(1,0");
    expect(en).toEqual({
      error: "#VALUE!",
      message:
        "The formula cannot be read; check its brackets, quotes and commas: =GRADE.INCIDENTLEVEL(1,0",
    });
    const [zh] = messagesOf("zh", "=GRADE.INCIDENTLEVEL(1,0");
    expect(zh.message).toBe("公式无法解析，请检查括号、引号和逗号：=GRADE.INCIDENTLEVEL(1,0");
    expect(zh.message).not.toContain("This is not a formula");
  });

  test("an unknown name and an unknown function are translated, not the engine's English", () => {
    const zh = messagesOf("zh", "=GRADE.INJURYTYPE(lostWorkdays)", "=GRADE.NOPE(1)");
    expect(zh[0]).toMatchObject({ error: "#NAME?" });
    expect(zh[0].message).toMatch(/^无法识别的名称：lostWorkdays（文本须写在双引号中/);
    expect(zh[1]).toMatchObject({ error: "#NAME?" });
    expect(zh[1].message).toMatch(/^无法识别的函数：GRADE\.NOPE/);
    for (const line of zh) expect(line.message).not.toMatch(/not recognized/);

    const en = messagesOf("en", "=GRADE.INJURYTYPE(lostWorkdays)", "=GRADE.NOPE(1)");
    expect(en[0].message).toMatch(/^Unknown name: lostWorkdays \(write text in double quotes/);
    expect(en[1].message).toMatch(/^Unknown function: GRADE\.NOPE/);
  });

  test("too many arguments to a GRADE function says how many it takes", () => {
    const [zh] = messagesOf("zh", "=GRADE.INCIDENTLEVEL(1,0,0,0)");
    expect(zh).toEqual({
      error: "#N/A",
      message: "GRADE.INCIDENTLEVEL 最多接受 3 个参数（死亡、重伤、直接经济损失），收到 4 个",
    });
    const [en, none] = messagesOf("en", "=GRADE.INCIDENTLEVEL(1,0,0,0)", "=GRADE.STANDARDS(1)");
    expect(en.message).toBe(
      "GRADE.INCIDENTLEVEL takes at most 3 arguments (deaths, seriousInjuries, directLoss), got 4"
    );
    expect(none).toEqual({ error: "#N/A", message: "GRADE.STANDARDS takes no arguments, got 1" });
  });

  test("a built-in's wrong argument count is translated; other engine text is labelled", () => {
    const [count, other] = messagesOf("zh", "=DATE(1)", '=VALUE("x")');
    expect(count).toEqual({ error: "#N/A", message: "函数的参数个数不正确" });
    expect(other.error).toBe("#VALUE!");
    expect(other.message).toMatch(/^公式引擎（HyperFormula）的说明：/);
    const [, otherEn] = messagesOf("en", "=DATE(1)", '=VALUE("x")');
    expect(otherEn.message).toMatch(/^Formula engine \(HyperFormula\): /);
  });

  test("GradeKit's own messages are not labelled as the engine's", () => {
    const [zh] = messagesOf("zh", "=GRADE.INCIDENTLEVEL(-1,0,0)");
    expect(zh.message).toMatch(CJK);
    expect(zh.message).not.toContain("HyperFormula");
    const [en] = messagesOf("en", "=GRADE.INCIDENTLEVEL(-1,0,0)");
    expect(en.message).toMatch(/^deaths cannot be negative/);
  });
});

describe("gradekit calc reads numbers as Excel writes them", () => {
  test("a capital E exponent is a number", () => {
    const out = messagesOf("zh", "=1.2E7", "=1.2E+7", "=2.5E-3", "=GRADE.LOSSLEVEL(1E6)", "=1.2e7");
    expect(out.map((o) => o.value)).toEqual([12000000, 12000000, 0.0025, "特大损失事故", 12000000]);
  });

  test("numbers are printed as Excel shows them: 15 digits, exponents as 1E+21 and 1E-07", () => {
    const run = gradekit(["calc", "=1E21", "={1E-7;-2.5E+30}", "=0.1+0.2", "=12"]);
    expect(run.stdout.trim().split("\n")).toEqual(["1E+21", "{1E-07;-2.5E+30}", "0.3", "12"]);
  });

  test("references, names and text that look like exponents are untouched", () => {
    const out = messagesOf("en", "=E7", '="1E6"', '=LEN("2E5")&"1E3"', "=1E");
    expect(out[0]).toEqual({ value: "" });
    expect(out[1]).toEqual({ value: "1E6" });
    expect(out[2]).toEqual({ value: "31E3" });
    expect(out[3]).toMatchObject({ error: "#VALUE!" });
  });
});

describe("gradekit calc prints a spill as an Excel array constant", () => {
  test("text in double quotes with quotes doubled; numbers and booleans bare", () => {
    const run = gradekit(["calc", '=IF({1;0},"a,b",CHAR(34)&"q")', "={1,TRUE;2.5,FALSE}"]);
    expect(run.stdout).toBe('{"a,b";"""q"}\n{1,TRUE;2.5,FALSE}\n');
  });

  test("single values are printed as they are", () => {
    const run = gradekit(["calc", '="a,b"', '=CHAR(34)&"q"', "=GRADE.INCIDENTLEVEL(12,0,0)"]);
    expect(run.stdout).toBe('a,b\n"q\n重大事故\n');
  });

  test("an error in a spill is its code, its message placed after the array", () => {
    const run = gradekit(["calc", "--lang", "en", '=GRADE.INCIDENTLEVEL({1;"x";10},0,0)']);
    expect(run.stdout).toBe(
      '{"一般事故";#VALUE!;"重大事故"}  R2C1 #VALUE! deaths is not a number: "x"\n'
    );
  });

  test("GRADE.STANDARDS, whose texts hold commas, reads back unambiguously", () => {
    const run = gradekit(["calc", "=GRADE.STANDARDS()"]);
    const line = run.stdout.trim();
    expect(line).toMatch(/^\{"函数","名称","版本","出处及条款","等级（按顺序）";"CUSTOMERTIER",/);
    // Every item is a quoted text: splitting outside quotes gives 5 per row.
    const rows = line.slice(1, -1).split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    for (const row of rows) {
      expect(row.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)).toHaveLength(5);
    }
  });
});

describe("gradekit calc with Chinese function names", () => {
  test("=GRADE.事故等级 is =GRADE.INCIDENTLEVEL, and strings are left alone", () => {
    const run = gradekit([
      "calc",
      "--json",
      "=GRADE.事故等级(12,0,0)",
      '=GRADE.等级说明("事故等级",3,0,0)',
      '="GRADE.事故等级(1)"',
    ]);
    const out = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out[0]).toEqual({ value: "重大事故" });
    expect(out[1].value).toMatch(/^较大事故：死亡3人/);
    expect(out[2]).toEqual({ value: "GRADE.事故等级(1)" });
  });
});
