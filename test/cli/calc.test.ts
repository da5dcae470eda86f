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

  test("a usage error exits non-zero", () => {
    const run = gradekit(["calc", "--no-such-option"]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/unknown option/);
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
