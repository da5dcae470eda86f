/**
 * What people type into real sheets, row by row, through GradeKit's three entry points:
 * - function: the custom functions as Excel calls them (src/functions/registry.ts);
 * - CLI: the built bin/gradekit.js, run as a user runs it;
 * - pane: the task pane's Excel modules on the Office.js fakes, with the formula the pane
 *   wrote computed over the same cells by the CLI's formula engine.
 * Each row gets the right grade or a clear error. docs/reliability.md lists every row with
 * the test here that shows it.
 */
import { writeFileSync, readFileSync, existsSync } from "node:fs";
import ExcelJS from "exceljs";
import * as iconv from "iconv-lite";
import { parse } from "csv-parse/sync";
import { customFunctionsById } from "../../src/functions/registry";
import { RuntimeError } from "../../src/functions/node-runtime";
import { gradekit } from "../cli/run-cli";
import { tempDir } from "../cli/cli-helpers";
import { INCIDENT, INCIDENT_HEADERS } from "../taskpane/data";
import { findFunction, GradingFunction } from "../../src/grading";
import { gradeInPane } from "./pane-eval";
import { appendedRow, dataModelWorkbook, editPart, partText, SHEET_TAIL } from "./workbooks";
import { ACCIDENTS_CSV } from "../cli/cli-helpers";
import { parts } from "../cli/xlsx-fixture";
import { readCells } from "../../src/cli/sheet-xml";
import { writeGradeColumn } from "../../src/taskpane/excel/grade-column";
import { Inspection } from "../../src/taskpane/excel/region";
import { PaneProblem } from "../../src/taskpane/excel/problem";
import { summarise } from "../../src/taskpane/excel/summary-pivot";
import { refreshAll } from "../../src/taskpane/excel/refresh-all";
import { applyColours } from "../../src/taskpane/excel/colour-rules";
import { formulasOn, inspect, plainIncidents, tableIncidents } from "../taskpane/data";
import { BookModel } from "../taskpane/fakes/grid";
import { emptyPivot } from "../taskpane/fakes/pivots";
import { userRule } from "../taskpane/fakes/formats";
import { fakeExcel } from "../taskpane/fakes/workbook";

const tmp = tempDir();
afterAll(tmp.cleanup);

const COMPLAINT = findFunction("COMPLAINTLEVEL") as GradingFunction;

/** A custom function called as Excel calls it: each argument a range, one result per row. */
function call(id: string, ...args: unknown[]): unknown[] {
  const result = customFunctionsById[id](...args.map((a) => (Array.isArray(a) ? a : [[a]])));
  return result.map((row) =>
    row[0] instanceof RuntimeError ? { error: row[0].code, message: row[0].message } : row[0]
  );
}
const one = (id: string, ...args: unknown[]) => call(id, ...args)[0];

/** Grades a CSV with the CLI into a CSV; returns each row's grade and reason by its first field. */
function cliCsv(name: string, text: string | Buffer, args: string[]) {
  const input = tmp.path(name);
  writeFileSync(input, text);
  const out = tmp.path(`${name}.out.csv`);
  const run = gradekit(["grade", input, "--out", out, "--force", ...args]);
  const rows: string[][] = existsSync(out) ? parse(readFileSync(out, "utf8"), { bom: true }) : [];
  const width = rows[0]?.length ?? 0;
  const byKey = new Map(
    rows.slice(1).map((r) => [r[0], { grade: r[width - 2], why: r[width - 1] }])
  );
  return { ...run, rows, byKey, out };
}

/** The pane's grade request as the user leaves it (Chinese Excel, zh-CN function names). */
function paneRequest(inspection: Inspection, confirmed = false) {
  const { mapping } = inspection;
  return { inspection, mapping, fn: INCIDENT, ns: "GRADE", lang: "zh" as const, confirmed };
}

const byId = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(",")).join("\n");

describe("numbers stored as text", () => {
  test("function: '12' and 12 grade alike, as do whole columns of either", () => {
    expect(one("INCIDENTLEVEL", "12", "0", "0")).toBe("重大事故");
    expect(call("INCIDENTLEVEL", [["12"], [12], ["'3"]], 0, 0)).toEqual([
      "重大事故",
      "重大事故",
      "较大事故",
    ]);
  });

  test("CLI: text cells of an xlsx input are read as their numbers", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("台账");
    sheet.addRow(["编号", "死亡人数", "重伤人数", "直接经济损失"]);
    sheet.addRow(["T1", "12", "0", "0"]);
    sheet.addRow(["T2", 12, 0, 0]);
    sheet.addRow(["T3", "3", "0", "50000000"]);
    const input = tmp.path("text-numbers.xlsx");
    await book.xlsx.writeFile(input);
    const out = tmp.path("text-numbers.csv");
    expect(gradekit(["grade", input, "--function", "INCIDENTLEVEL", "--out", out]).status).toBe(0);
    const rows: string[][] = parse(readFileSync(out, "utf8"), { bom: true });
    expect(rows.slice(1).map((r) => r[4])).toEqual(["重大事故", "重大事故", "重大事故"]);
  });

  test("pane: the formula it writes grades text numbers like numbers", async () => {
    const run = await gradeInPane([INCIDENT_HEADERS, [1, "12", "0", "0"], [2, 12, 0, 0]], INCIDENT);
    expect(run.grades).toEqual(["重大事故", "重大事故"]);
  });
});

describe("counts with units, money in 万元 / 亿元 and with thousands separators, full-width digits", () => {
  const CSV = byId([
    ["编号", "死亡人数", "重伤人数", "直接经济损失"],
    ["U1", "3人", "0", "0"],
    ["U2", "12 人", "0", "0"],
    ["M1", "0", "0", "8000万"],
    ["M2", "0", "0", "0.8亿元"],
    ["M3", "0", "0", '"12,000,000元"'],
    ["M4", "0", "0", '"1,200万"'],
    ["M5", "0", "0", "￥3000万"],
    ["W1", "１２", "０", "０"],
    ["W2", "0", "0", "１２００万"],
    ["W3", "0", "0", "１，２００万元"],
    ["E1", "3 kg", "0", "0"],
  ]);
  let cli: ReturnType<typeof cliCsv>;
  beforeAll(() => (cli = cliCsv("units.csv", CSV, ["--function", "INCIDENTLEVEL"])));

  test("function", () => {
    expect(one("INCIDENTLEVEL", "3人", 0, 0)).toBe("较大事故");
    expect(one("INCIDENTLEVEL", 0, "12名", 0)).toBe("较大事故");
    expect(one("INCIDENTLEVEL", 0, 0, "8000万")).toBe("重大事故");
    expect(one("INCIDENTLEVEL", 0, 0, "0.8亿元")).toBe("重大事故");
    expect(one("INCIDENTLEVEL", 0, 0, "12,000,000元")).toBe("较大事故");
    expect(one("INCIDENTLEVEL", 0, 0, "1,200万")).toBe("较大事故");
    // ￥ as a Chinese input method types it (was #VALUE!; fixed).
    expect(one("INCIDENTLEVEL", 0, 0, "￥3000万")).toBe("较大事故");
    expect(one("INCIDENTLEVEL", 0, 0, "¥3000万")).toBe("较大事故");
    expect(one("INCIDENTLEVEL", "１２", 0, 0)).toBe("重大事故");
    expect(one("INCIDENTLEVEL", 0, 0, "１，２００万元")).toBe("较大事故");
    expect(one("INCIDENTLEVEL", "3 kg", 0, 0)).toEqual({
      error: "#VALUE!",
      message: '死亡的单位无法识别："3 kg"（可用单位：人、户、次、起…）',
    });
  });

  test("CLI", () => {
    expect(cli.status).toBe(0);
    const grade = (k: string) => cli.byKey.get(k)?.grade;
    expect(["U1", "U2", "M1", "M2", "M3", "M4", "M5"].map(grade)).toEqual([
      "较大事故",
      "重大事故",
      "重大事故",
      "重大事故",
      "较大事故",
      "较大事故",
      "较大事故",
    ]);
    expect(["W1", "W2", "W3"].map(grade)).toEqual(["重大事故", "较大事故", "较大事故"]);
    expect(cli.byKey.get("E1")).toEqual({
      grade: "#VALUE!",
      why: '#VALUE! 死亡的单位无法识别："3 kg"（可用单位：人、户、次、起…）',
    });
  });

  test("pane", async () => {
    const run = await gradeInPane(
      [
        INCIDENT_HEADERS.slice(0, 3).concat("直接经济损失"),
        [1, "3人", 0, 0],
        [2, 0, 0, "0.8亿元"],
        [3, 0, 0, "1,200万"],
        [4, "１２", "０", "０"],
      ],
      INCIDENT
    );
    expect(run.grades).toEqual(["较大事故", "重大事故", "较大事故", "重大事故"]);
  });
});

describe("a header naming a unit", () => {
  test("CLI: plain numbers under （亿元） are 亿元; text with its own unit keeps it", () => {
    const csv = byId([
      ["编号", "死亡人数", "重伤人数", "直接经济损失（亿元）"],
      ["H1", "0", "0", "0.5"],
      ["H2", "0", "0", "3000万"],
      ["H3", "0", "0", ""],
    ]);
    const run = cliCsv("unit-header.csv", csv, ["--function", "INCIDENTLEVEL"]);
    expect(run.stderr).toContain("直接经济损失（亿元）”，纯数字乘以 100000000");
    const grades = ["H1", "H2", "H3"].map((k) => run.byKey.get(k)?.grade);
    expect(grades).toEqual(["重大事故", "较大事故", "一般事故"]);
  });

  test("pane: the formula scales the column, the sheet keeps the user's numbers", async () => {
    const run = await gradeInPane(
      [INCIDENT_HEADERS, [1, 0, 0, 5000], [2, 0, 0, "3000万"]],
      INCIDENT
    );
    expect(run.inspection.mapping.columns[2].scale).toBe(1e4);
    expect(run.formula).toBe(
      '=GRADE.INCIDENTLEVEL(B2:B3,C2:C3,IF(ISNUMBER(D2:D3),D2:D3*10000,D2:D3&""))'
    );
    expect(run.grades).toEqual(["重大事故", "较大事故"]);
    expect(run.sheet.cell(1, 3)?.value).toBe(5000);
  });
});

describe("blank cells next to zeros", () => {
  const CSV = byId([
    ["编号", "死亡人数", "重伤人数", "直接经济损失"],
    ["B1", "", "0", ""],
    ["B2", "", "", ""],
    ["B3", "0", "", "0"],
    ["B4", "  ", "", ""],
  ]);

  test("function: a blank beside a zero counts as 0; a row of blanks stays blank", () => {
    expect(
      call("INCIDENTLEVEL", [[null], [null], [0]], [[0], [null], [null]], [[null], [null], [0]])
    ).toEqual(["一般事故", "", "一般事故"]);
    expect(one("INCIDENTLEVEL", "  ", "", "")).toBe("");
  });

  test("CLI: the same, and blank rows are counted apart in the summary", () => {
    const run = cliCsv("blanks.csv", CSV, ["--function", "INCIDENTLEVEL"]);
    expect(["B1", "B2", "B3", "B4"].map((k) => run.byKey.get(k)?.grade)).toEqual([
      "一般事故",
      "",
      "一般事故",
      "",
    ]);
    expect(run.stdout).toMatch(/空白行\s+2/);
  });

  test("pane", async () => {
    const run = await gradeInPane(
      [INCIDENT_HEADERS, [1, null, 0, null], [2, null, null, null], [3, 0, null, 0]],
      INCIDENT
    );
    expect(run.grades).toEqual(["一般事故", "", "一般事故"]);
  });
});

describe('a column mixing "1" and 1', () => {
  test("function: both grade alike in one spilled column", () => {
    expect(call("COMPLAINTLEVEL", 0, [["1"], [1], [true]], 0, 0)).toEqual([
      "批量程度客诉",
      "批量程度客诉",
      "批量程度客诉",
    ]);
  });

  test("CLI: grades alike and --by puts both in one group", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("客诉");
    sheet.addRow(["班组", "不良比例", "整批无法使用", "影响后续订单", "当月发生次数"]);
    sheet.addRow(["1", 0, "1", 0, 0]);
    sheet.addRow([1, 0, 1, 0, 0]);
    sheet.addRow(["1", 0.5, 0, 0, "1"]);
    const input = tmp.path("mixed.xlsx");
    await book.xlsx.writeFile(input);
    const out = tmp.path("mixed.csv");
    const run = gradekit([
      "grade",
      input,
      "--function",
      "COMPLAINTLEVEL",
      "--by",
      "班组",
      "--out",
      out,
    ]);
    expect(run.status).toBe(0);
    const rows: string[][] = parse(readFileSync(out, "utf8"), { bom: true });
    expect(rows.slice(1).map((r) => r[5])).toEqual(Array(3).fill("批量程度客诉"));
    expect(run.stdout).toMatch(/^等级\s+1\s+合计\n.*\n批量程度客诉\s+3\s+3/);
  });
});

describe("values that display as a threshold but are a hair off after arithmetic", () => {
  test("function: =0.7-0.4 is 30 %, 0.2999 is not; 9999999.999999998 is 1000万", () => {
    expect(0.7 - 0.4).toBe(0.29999999999999993);
    expect(one("COMPLAINTLEVEL", 0.7 - 0.4, 0, 0, 0)).toBe("批量程度客诉");
    expect(one("COMPLAINTLEVEL", 0.1 + 0.2, 0, 0, 0)).toBe("批量程度客诉");
    expect(one("COMPLAINTLEVEL", 0.2999, 0, 0, 0)).toBe("一般程度客诉");
    expect(one("INCIDENTLEVEL", 0, 0, 9999999.999999998)).toBe("较大事故");
    expect(one("INCIDENTLEVEL", 0, 0, 9999999)).toBe("一般事故");
    expect(one("INCIDENTLEVEL", (0.7 - 0.4) * 10, 0, 0)).toBe("较大事故");
  });

  test("function: a hair below 0 (=1*(0.3-0.1-0.2) in Excel) is 0, not a negative (bug fixed)", () => {
    expect(0.3 - 0.1 - 0.2).toBe(-2.7755575615628914e-17);
    expect(one("INCIDENTLEVEL", 0, 0, 0.3 - 0.1 - 0.2)).toBe("一般事故");
    expect(one("COMPLAINTLEVEL", 0.3 - 0.1 - 0.2, 0, 0, 3)).toBe("严重程度客诉");
    expect(one("INCIDENTLEVEL", 0, 0, -0.01)).toMatchObject({ error: "#VALUE!" });
    expect(one("INCIDENTLEVEL", -1e-6, 0, 0)).toMatchObject({ error: "#VALUE!" });
  });

  test("function: a share computed as 100 % (=0.1*3/0.3) is 100 %, not 1 % (bug fixed)", () => {
    expect((0.1 * 3) / 0.3).toBe(1.0000000000000002);
    expect(one("COMPLAINTLEVEL", (0.1 * 3) / 0.3, 0, 0, 0)).toBe("批量程度客诉");
    expect(one("EXPLAIN", "COMPLAINTLEVEL", (0.1 * 3) / 0.3, 0, 0, 0)).toContain("不良比例100%");
  });

  test("CLI: the same values typed in a CSV, and computed by formulas in a workbook", () => {
    const csv = byId([
      ["编号", "死亡人数", "重伤人数", "直接经济损失"],
      ["H1", "0", "0", "9999999.999999998"],
      ["H2", "0", "0", "9999999"],
      ["H3", "2.9999999999999996", "0", "0"],
      ["H4", "2.9999", "0", "0"],
    ]);
    const run = cliCsv("hair.csv", csv, ["--function", "INCIDENTLEVEL"]);
    expect(["H1", "H2", "H3"].map((k) => run.byKey.get(k)?.grade)).toEqual([
      "较大事故",
      "一般事故",
      "较大事故",
    ]);
    expect(run.byKey.get("H4")?.why).toBe("#VALUE! 死亡必须是整数：2.9999");

    const calc = gradekit([
      "calc",
      "=GRADE.COMPLAINTLEVEL(0.7-0.4,0,0,0)",
      "=GRADE.COMPLAINTLEVEL(0.1*3/0.3,0,0,0)",
      "=GRADE.INCIDENTLEVEL(0,0,(0.7-0.2)*100000000)",
      "=GRADE.INCIDENTLEVEL(0,0,0.4999*100000000)",
    ]);
    expect(calc.stdout.trim().split("\n")).toEqual([
      "批量程度客诉",
      "批量程度客诉",
      "重大事故",
      "较大事故",
    ]);
  });

  test("pane: a 万元 column holding 999.9999999999999 is scaled to 1000万", async () => {
    const run = await gradeInPane(
      [INCIDENT_HEADERS, [1, 0, 0, 999.9999999999999], [2, 0, 0, 999.9]],
      INCIDENT
    );
    expect(run.grades).toEqual(["较大事故", "一般事故"]);
    const complaint = await gradeInPane(
      [
        ["不良比例", "整批无法使用", "影响后续订单", "当月发生次数"],
        [0.7 - 0.4, 0, 0, 0],
        [0.2999, 0, 0, 0],
      ],
      COMPLAINT
    );
    expect(complaint.grades).toEqual(["批量程度客诉", "一般程度客诉"]);
  });
});

describe("text dates", () => {
  const asOf = "2026-01-01";
  test("function: unambiguous forms are read; day/month orders are refused with both readings", () => {
    for (const d of [
      "2026-03-04",
      "2026/3/4",
      "2026.3.4",
      "2026年3月4日",
      "２０２６－０３－０４",
    ]) {
      expect(one("CUSTOMERTIER", "明确", d, asOf)).toBe("B");
    }
    expect(one("CUSTOMERTIER", "明确", "03/04/2026", asOf)).toEqual({
      error: "#VALUE!",
      message:
        '预计成交时间的日期有歧义："03/04/2026" 可读作 2026-03-04 或 2026-04-03，请写成 2026-03-04 这样的年-月-日形式',
    });
    expect(one("CUSTOMERTIER", "明确", "13/04/2026", asOf)).toEqual({
      error: "#VALUE!",
      message: '预计成交时间请使用年-月-日形式："13/04/2026" 应写成 2026-04-13',
    });
    expect(one("CUSTOMERTIER", "明确", "2026-02-30", asOf)).toMatchObject({ error: "#VALUE!" });
  });

  test("CLI: the same in a CSV; the reason column names both readings", () => {
    const csv = byId([
      ["客户", "需求", "预计成交时间"],
      ["D1", "明确", "2026-03-04"],
      ["D2", "明确", "2026/3/4"],
      ["D3", "明确", "03/04/2026"],
      ["D4", "明确", "13/04/2026"],
    ]);
    const run = cliCsv("dates.csv", csv, ["--function", "CUSTOMERTIER", "--set", `asOf=${asOf}`]);
    expect(["D1", "D2"].map((k) => run.byKey.get(k)?.grade)).toEqual(["B", "B"]);
    expect(run.byKey.get("D3")?.why).toContain("可读作 2026-03-04 或 2026-04-03");
    expect(run.byKey.get("D4")?.why).toContain("应写成 2026-04-13");
  });
});

describe("CSV encodings", () => {
  const TEXT = byId([
    ["编号", "单位", "死亡人数", "重伤人数", "直接经济损失"],
    ["E1", "甲厂", "3人", "0", "0"],
    ["E2", "乙厂", "12", "0", "0"],
  ]);
  test.each([
    ["GBK", iconv.encode(TEXT, "gbk"), "GB18030"],
    ["UTF-8 without BOM", Buffer.from(TEXT), "UTF-8"],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from("\uFEFF"), Buffer.from(TEXT)]), "UTF-8"],
  ])("CLI reads a CSV saved as %s", (name, bytes, shown) => {
    const run = cliCsv(`${name}.csv`, bytes, ["--function", "INCIDENTLEVEL", "--by", "单位"]);
    expect(run.stderr).toContain(`CSV 文件，${shown} 编码，逗号分隔`);
    expect(run.rows[1].slice(0, 2)).toEqual(["E1", "甲厂"]);
    expect(["E1", "E2"].map((k) => run.byKey.get(k)?.grade)).toEqual(["较大事故", "重大事故"]);
    expect(run.stdout).toMatch(/^等级\s+甲厂\s+乙厂\s+合计/);
  });
});

describe("a CSV whose last row is cut off", () => {
  const HEAD = "编号,死亡人数,重伤人数,直接经济损失\r\nC1,1,0,0\r\n";

  test("CLI: a last row with fewer fields and no line break is not graded; the warning names it", () => {
    const run = cliCsv("cut.csv", `${HEAD}C2,12,0`, ["--function", "INCIDENTLEVEL"]);
    expect(run.status).toBe(0);
    expect(run.byKey.get("C1")?.grade).toBe("一般事故");
    expect(run.byKey.get("C2")).toEqual({
      grade: "#VALUE!",
      why: "#VALUE! 第3行不完整（只有3个字段，表头有4个），文件末尾没有换行，可能在此行中途被截断；此行未评级，请核对源文件",
    });
    expect(run.stderr).toContain("警告：第3行不完整");
    expect(run.stdout).toMatch(/未能评级\s+1/);
  });

  test("CLI: a complete last row without a line break is graded, with a warning naming it", () => {
    const run = cliCsv("unterminated.csv", `${HEAD}C2,12,0,0`, [
      "--function",
      "INCIDENTLEVEL",
      "--lang",
      "en",
    ]);
    expect(run.byKey.get("C2")?.grade).toBe("重大事故");
    expect(run.stderr).toContain(
      "warning: the file ends without a line break: row 3 was graded as read; check that its last field is complete"
    );
  });

  test("CLI: a file that ends inside a quoted field is refused; nothing is written", () => {
    const run = cliCsv("open-quote.csv", `${HEAD}C2,"12`, ["--function", "INCIDENTLEVEL"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("文件在引号内结束");
    expect(existsSync(run.out)).toBe(false);
  });

  test("CLI --formulas: the cut-off row holds its error as a value, never a formula", async () => {
    const input = tmp.path("cut-formulas.csv");
    writeFileSync(input, `${HEAD}C2,12,0`);
    const out = tmp.path("cut-formulas.xlsx");
    gradekit(["grade", input, "--function", "INCIDENTLEVEL", "--formulas", "--out", out]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const data = book.worksheets[0];
    expect(data.getCell("E2").value).toMatchObject({ result: "一般事故" });
    expect(data.getCell("E3").value).toEqual({ error: "#VALUE!" });

    // recalc keeps the row's own reason in the summary: it is not a formula to recompute.
    const again = tmp.path("cut-formulas-recalc.xlsx");
    expect(gradekit(["recalc", out, "--out", again]).status).toBe(0);
    const summary = await partText(again, "xl/worksheets/sheet2.xml");
    const cells = new Map(readCells(summary, []).map((c) => [c.address, c.cached]));
    expect(cells.get("B10")).toBe(1);
    expect(cells.get("A14")).toMatch(/^#VALUE! 第3行不完整/);
  });

  test("CLI: a last line of blanks without a line break is a blank row, not a cut-off one", () => {
    const run = cliCsv("blank-end.csv", `${HEAD}C2,12,0,0\r\n   `, ["--function", "INCIDENTLEVEL"]);
    expect(run.stderr).not.toContain("警告");
    expect(run.stdout).toMatch(/空白行\s+1/);
  });
});

describe("merged cells in the range to grade", () => {
  test("pane: merged input cells stop the write and are named, never graded as blanks", async () => {
    const setup = plainIncidents(10);
    setup.sheet.merges.push({ sheet: "Sheet1", top: 4, left: 1, bottom: 6, right: 1 });
    const inspection = await inspect(setup);
    const failure = await writeGradeColumn(setup.context, paneRequest(inspection)).catch((e) => e);
    expect(failure).toBeInstanceOf(PaneProblem);
    expect(failure).toMatchObject({ code: "mergedInputs", detail: "B5:B7" });
    expect(formulasOn(setup.sheet).size).toBe(0);
  });

  test("CLI: rows with a merged input cell are not graded and the area is named; other merges are read", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("台账");
    sheet.addRow(["单位", "死亡人数", "重伤人数", "直接经济损失"]);
    sheet.addRow(["甲", 12, 0, 0]);
    sheet.addRow(["甲", null, 0, 0]);
    sheet.addRow(["乙", 1, 0, 0]);
    sheet.mergeCells("B2:B3");
    sheet.mergeCells("A3:A4");
    const input = tmp.path("merged.xlsx");
    await book.xlsx.writeFile(input);
    const out = tmp.path("merged.csv");
    const run = gradekit(["grade", input, "--function", "INCIDENTLEVEL", "--out", out]);
    expect(run.status).toBe(0);
    const reason =
      "#VALUE! “死亡人数”列的 B2:B3 是合并单元格，其中各行的值无法确定，未评级；请取消合并并在每一行填写数值";
    const rows: string[][] = parse(readFileSync(out, "utf8"), { bom: true });
    expect(rows.slice(1).map((r) => r.slice(4))).toEqual([
      ["#VALUE!", reason],
      ["#VALUE!", reason],
      ["一般事故", ""],
    ]);
    expect(run.stderr.split("警告：").length).toBe(2);
  });

  test("pane: merged cells where the grades would go stop the write too", async () => {
    const setup = plainIncidents(10);
    setup.sheet.merges.push({ sheet: "Sheet1", top: 3, left: 4, bottom: 4, right: 5 });
    const inspection = await inspect(setup);
    await expect(
      writeGradeColumn(setup.context, paneRequest(inspection, true))
    ).rejects.toMatchObject({ code: "targetBlocked" });
    expect(formulasOn(setup.sheet).size).toBe(0);
  });
});

describe("a summary whose source grew", () => {
  test("pane: the pivot is built on a Table, so a refresh counts rows added to it", async () => {
    const setup = tableIncidents(8);
    await writeGradeColumn(setup.context, paneRequest(await inspect(setup)));
    const summary = await summarise(setup.context, {
      inspection: await inspect(setup),
      fn: INCIDENT,
      lang: "zh",
      split: null,
      confirmed: false,
    });
    expect(summary).toMatchObject({ kind: "created", pivot: "GradeKit 事故表 INCIDENTLEVEL" });
    const [pivot] = setup.book.pivots;
    expect(pivot.source?.name).toBe("事故表");
    expect(pivot.countedRows).toBe(8);

    // The user types three rows under the Table: Excel extends it and fills its formulas.
    const table = setup.book.tables[0];
    for (let r = 9; r <= 11; r++) {
      setup.sheet.fill(r, 0, [[r, 12, 0, 0]]);
      for (const c of [4, 5]) setup.sheet.set(r, c, { ...setup.sheet.cell(1, c) });
    }
    table.rows += 3;
    const refreshed = await refreshAll(setup.context, () => true);
    expect(refreshed.refreshed).toEqual(["GradeKit 事故表 INCIDENTLEVEL"]);
    expect(pivot.countedRows).toBe(11);
  });

  test("pane: a plain range is made a Table before any summary, never summarised as a fixed range", async () => {
    const setup = plainIncidents(8);
    await writeGradeColumn(setup.context, paneRequest(await inspect(setup)));
    const request = { fn: INCIDENT, lang: "zh" as const, split: null, confirmed: false };
    const asked = await summarise(setup.context, { ...request, inspection: await inspect(setup) });
    expect(asked).toEqual({ kind: "needsTable", address: "Sheet1!A1:E9" });
    expect(setup.book.pivots).toHaveLength(0);
  });

  test("CLI: recalc counts rows added below a graded range, and says so", async () => {
    const csv = tmp.path("grow.csv");
    writeFileSync(csv, ACCIDENTS_CSV);
    const graded = tmp.path("grow.xlsx");
    const args = ["--function", "INCIDENTLEVEL", "--formulas", "--by", "单位"];
    expect(gradekit(["grade", csv, ...args, "--out", graded]).status).toBe(0);
    await editPart(graded, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(
        "</sheetData>",
        `${appendedRow(8, "A7", 12)}${appendedRow(9, "A8", "x")}</sheetData>`
      )
    );
    const out = tmp.path("grow-out.xlsx");
    const run = gradekit(["recalc", graded, "--out", out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("等级汇总：grow 第7行以下新增的 2 行已计入（至第9行）");

    const summary = await partText(out, "xl/worksheets/sheet2.xml");
    const cells = new Map(readCells(summary, []).map((c) => [c.address, c]));
    expect(cells.get("B2")?.cached).toBe("'grow'!$F$2:$F$9");
    expect(cells.get("B3")?.cached).toBe("'grow'!$B$2:$B$9");
    // 重大事故: one in 乙 before, one more in the new 丙 row; the new "x" row is not graded.
    expect(["A7", "D7", "E7"].map((a) => cells.get(a)?.cached)).toEqual(["重大事故", 1, 2]);
    expect(cells.get("E7")?.formulaXml).toContain("$F$2:$F$9");
    expect(["A10", "E10"].map((a) => cells.get(a)?.cached)).toEqual(["未能评级", 2]);
    expect(cells.get("A15")?.cached).toBe('#VALUE! 死亡无法识别为数字："x"');
  });
});

describe("conditional-format rules the user made on the grade column", () => {
  test("pane: colouring again replaces GradeKit's own rules and keeps the user's", async () => {
    const setup = plainIncidents(10);
    await writeGradeColumn(setup.context, paneRequest(await inspect(setup)));
    const E = { sheet: "Sheet1", top: 1, left: 4, bottom: 10, right: 4 };
    const sameText = userRule(setup.sheet, E, {
      rule: { formula1: '="重大事故"', operator: "EqualTo" },
      fill: "#0000FF",
    });
    const wholeColumn = userRule(
      setup.sheet,
      { ...E, top: 0, bottom: 1048575 },
      { type: "ContainsText", rule: { text: "事故", operator: "Contains" }, fill: "#FFFF00" }
    );
    await applyColours(setup.context, "Sheet1!E2:E11", INCIDENT);
    const again = await applyColours(setup.context, "Sheet1!E2:E11", INCIDENT);
    expect(again).toMatchObject({ added: 4, removed: 4, kept: 2, skipped: null });
    expect(setup.sheet.rules).toContain(sameText);
    expect(setup.sheet.rules).toContain(wholeColumn);
    expect(setup.sheet.rules).toHaveLength(6);
  });
});

describe("a workbook with Data-Model PivotTables", () => {
  test("pane: refresh all refreshes GradeKit's summaries and names the pivots it cannot read", async () => {
    const book = new BookModel();
    const data = book.addSheet("数据");
    const summary = book.addSheet("等级汇总");
    const table = { name: "事故表", sheet: data, top: 0, left: 0, rows: 3, cols: 2 };
    book.tables.push(table);
    const ours = { ...emptyPivot("GradeKit 事故表 INCIDENTLEVEL", summary), source: table };
    const model = { ...emptyPivot("销售模型", summary), dataModel: "throws" as const };
    book.pivots.push(ours, model);
    const result = await refreshAll(fakeExcel(book).context, () => true);
    expect(result).toMatchObject({
      refreshed: ["GradeKit 事故表 INCIDENTLEVEL"],
      failed: [],
      unreadable: ["销售模型"],
    });
    expect(model.refreshed).toBe(0);
  });

  test("CLI: recalc keeps the Data Model, its pivots and every other part byte for byte", async () => {
    const input = tmp.path("model.xlsx");
    await dataModelWorkbook(input);
    const out = tmp.path("model-out.xlsx");
    const run = gradekit(["recalc", input, "--out", out]);
    expect(run.status).toBe(0);
    const before = await parts(readFileSync(input));
    const after = await parts(readFileSync(out));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) {
      if (name === "xl/worksheets/sheet1.xml") continue;
      expect({ name, same: bytes.equals(after.get(name)!) }).toEqual({ name, same: true });
    }
    const sheet = after.get("xl/worksheets/sheet1.xml")!.toString("utf8");
    expect(readCells(sheet, []).map((c) => c.cached)).toContain("特别重大事故");
    expect(sheet.endsWith(`</sheetData>${SHEET_TAIL}</worksheet>`)).toBe(true);
  });
});
