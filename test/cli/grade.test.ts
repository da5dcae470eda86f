import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as iconv from "iconv-lite";
import { grade, GradeOptions } from "../../src/cli/commands/grade";
import { ACCIDENT_GRADES, ACCIDENTS_CSV, capture, tempDir } from "./cli-helpers";
import { buildXlsx } from "./xlsx-fixture";

const tmp = tempDir();
afterAll(tmp.cleanup);

function csvFile(name: string, text: string, encoding = "utf8"): string {
  const path = tmp.path(name);
  writeFileSync(path, encoding === "utf8" ? text : iconv.encode(text, encoding));
  return path;
}

async function run(input: string, options: Partial<GradeOptions> & { out: string }) {
  const captured = await capture(() => grade(input, { function: "INCIDENTLEVEL", ...options }));
  if (captured.error) throw captured.error;
  return captured;
}

/** The rows of a CSV output without the BOM, split naïvely (test data has no quoted commas). */
function csvRows(path: string): string[][] {
  const text = readFileSync(path, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  return text
    .slice(1)
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(","));
}

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe("gradekit grade to CSV", () => {
  it("grades each row, applies the 万元 header, writes a BOM and the summary", async () => {
    const input = csvFile("acc.csv", ACCIDENTS_CSV);
    const out = tmp.path("acc-out.csv");
    const { stdout, stderr } = await run(input, { out });
    const rows = csvRows(out);
    expect(rows[0].slice(5, 7)).toEqual(["事故等级", "未评级原因"]);
    expect(rows.slice(1).map((r) => r[5])).toEqual(ACCIDENT_GRADES);
    expect(rows[1].slice(0, 5)).toEqual(["A1", "甲", "3人", "0", "100"]);
    expect(stderr).toContain(
      "directLoss（直接经济损失） ← 列“直接经济损失(万元)”，纯数字乘以 10000"
    );
    expect(stdout).toMatch(
      /特别重大事故\s+1\n重大事故\s+1\n较大事故\s+1\n一般事故\s+1\n未能评级\s+1\n空白行\s+1/
    );
    expect(stdout).toContain('1 × #VALUE! 死亡无法识别为数字："abc"');
    const summary = readFileSync(`${out}.summary.csv`, "utf8");
    expect(summary).toContain("\uFEFF等级,合计\r\n特别重大事故,1\r\n");
  });

  it("ends lines as the input does: CRLF as Excel writes, or LF", async () => {
    const crlf = tmp.path("crlf-out.csv");
    await run(csvFile("crlf.csv", ACCIDENTS_CSV), { out: crlf });
    const lf = tmp.path("lf-out.csv");
    await run(csvFile("lf.csv", ACCIDENTS_CSV.replace(/\r\n/g, "\n")), { out: lf });
    for (const file of [crlf, `${crlf}.summary.csv`]) {
      const text = readFileSync(file, "utf8");
      expect(text.match(/\r\n/g)?.length).toBe(text.match(/\n/g)?.length);
    }
    for (const file of [lf, `${lf}.summary.csv`]) {
      const text = readFileSync(file, "utf8");
      expect(text).not.toContain("\r");
      expect(text.split("\n").length).toBeGreaterThan(2);
    }
    expect(csvRows(lf)).toEqual(csvRows(crlf));
  });

  it("without the unit header, 100 is 100 yuan", async () => {
    const input = csvFile("yuan.csv", "死亡人数,重伤人数,直接经济损失\n0,0,12000000\n");
    const out = tmp.path("yuan.csv.out.csv");
    await run(input, { out });
    expect(csvRows(out)[1][3]).toBe("较大事故");
  });

  it.each(["gbk", "gb18030"])("reads %s input", async (encoding) => {
    const input = csvFile(`acc-${encoding}.csv`, ACCIDENTS_CSV, encoding);
    const out = tmp.path(`acc-${encoding}-out.csv`);
    await run(input, { out });
    expect(
      csvRows(out)
        .slice(1)
        .map((r) => r[5])
    ).toEqual(ACCIDENT_GRADES);
  });

  it("--map, --set and --lang en", async () => {
    const input = csvFile("odd.csv", "who,dead,hurt\nx,12,1\ny,0,0\n");
    const out = tmp.path("odd-out.csv");
    const { stdout, stderr } = await run(input, {
      out,
      map: ["deaths=dead,seriousInjuries=HURT"],
      set: ["directLoss=0.5亿"],
      lang: "en",
    });
    expect(csvRows(out).map((r) => r[3])).toEqual(["INCIDENTLEVEL", "重大事故", "重大事故"]);
    expect(stderr).toContain('seriousInjuries <- column "hurt" (--map)');
    expect(stderr).toContain('directLoss <- fixed value "0.5亿" (--set)');
    expect(stdout).toMatch(/^grade\s+total\n/);
  });

  it("--by splits the summary: grades as rows, values as columns", async () => {
    const input = csvFile("by.csv", ACCIDENTS_CSV);
    const out = tmp.path("by-out.csv");
    const { result } = await run(input, { out, by: "单位" });
    expect(result!.matrix()).toEqual([
      ["等级", "甲", "乙", "丙", "合计"],
      ["特别重大事故", 0, 1, 0, 1],
      ["重大事故", 0, 1, 0, 1],
      ["较大事故", 1, 0, 0, 1],
      ["一般事故", 1, 0, 0, 1],
      ["未能评级", 0, 0, 1, 1],
      ["空白行", 1, 0, 0, 1],
    ]);
  });

  it("--value-map, --skip and --derive prepare a table the standard does not describe", async () => {
    const input = csvFile(
      "crm.csv",
      [
        "id,stage,engaged,closed",
        "1,Won,2017-01-01,2017-01-31",
        "2,Won,2017-01-01,2017-03-02",
        "3,Won,2017-01-01,2017-04-01",
        "4,Engaging,2017-11-20,",
        "5,Engaging,2017-06-01,",
        "6,Prospecting,,",
        "7,Lost,2017-05-01,2017-06-01",
      ].join("\n")
    );
    const out = tmp.path("crm-out.csv");
    const { stderr, result } = await run(input, {
      function: "CUSTOMERTIER",
      out,
      map: ["need=stage"],
      valueMap: ["need:Engaging=明确,Prospecting=潜在,Lost=无"],
      skip: ["stage=Won"],
      derive: ["expectedClose=engaged+median(closed-engaged|stage=Won)"],
      set: ["asOf=2017-12-01"],
    });
    // Median of 30, 60, 90 days: 2017-11-20 + 60 is within three months → B; 2017-06-01 + 60
    // is already past → A (overdue).
    expect(
      csvRows(out)
        .slice(1)
        .map((r) => r[4])
    ).toEqual(["", "", "", "B", "A", "D", "E"]);
    expect(stderr).toContain(
      "expectedClose = engaged + 60天 = median(closed-engaged|stage=Won)（3行）"
    );
    expect(result!.skipped.get("stage=Won")).toBe(3);
  });
});

describe("gradekit grade to xlsx", () => {
  it("copies times as times and numbers with escaped letters as numbers", async () => {
    const styles =
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<numFmts count="2"><numFmt numFmtId="164" formatCode="0\\m"/><numFmt numFmtId="165" formatCode="[h]:mm"/></numFmts>` +
      `<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>` +
      `<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="20" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="32" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>`;
    const head = [
      "死亡人数",
      "重伤人数",
      "直接经济损失",
      "发生时间",
      "距离",
      "上报时间",
      "零点",
      "历时",
    ];
    const rows =
      `<row r="1">${head.map((h) => `<c t="inlineStr"><is><t>${h}</t></is></c>`).join("")}</row>` +
      `<row r="2"><c><v>3</v></c><c><v>0</v></c><c><v>0</v></c>` +
      `<c s="1"><v>0.396</v></c><c s="2"><v>12</v></c><c s="3"><v>0.5</v></c>` +
      `<c s="1"><v>0</v></c><c s="4"><v>1.5</v></c></row>`;
    const book = async (name: string, date1904: boolean) => {
      const path = tmp.path(name);
      const bytes = await buildXlsx([{ name: "S", rows }], [], { "xl/styles.xml": styles });
      const zip = await JSZip.loadAsync(bytes);
      const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
      const pr = date1904 ? '<workbookPr date1904="1"/>' : "";
      zip.file("xl/workbook.xml", workbookXml.replace("<sheets>", `${pr}<sheets>`));
      writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
      return path;
    };

    // A time of day reads the same in a 1904 workbook; a duration of a day or more is a number.
    for (const date1904 of [false, true]) {
      const input = await book(`times-${date1904}.xlsx`, date1904);
      const csv = tmp.path(`times-${date1904}.csv`);
      await run(input, { out: csv });
      expect(csvRows(csv)[1].slice(3, 9)).toEqual([
        "09:30:14",
        "12",
        "12:00:00",
        "00:00:00",
        "1.5",
        "较大事故",
      ]);

      const xlsx = tmp.path(`times-${date1904}-out.xlsx`);
      await run(input, { out: xlsx });
      const data = (await workbook(xlsx)).worksheets[0];
      expect(data.getCell("D2").numFmt).toBe("h:mm");
      expect((data.getCell("D2").value as Date).toISOString()).toBe("1899-12-30T09:30:14.400Z");
      expect(data.getCell("E2").value).toBe(12);
      expect(data.getCell("F2").numFmt).toBe('h"时"mm"分"');
    }
  });

  it("names the data sheet apart from the summary sheet when the input is named like it", async () => {
    const out = tmp.path("summary-named.xlsx");
    await run(csvFile("等级汇总.csv", ACCIDENTS_CSV), { out });
    expect((await workbook(out)).worksheets.map((w) => w.name)).toEqual([
      "等级汇总 明细",
      "等级汇总",
    ]);
    const en = tmp.path("summary-named-en.xlsx");
    await run(csvFile("Grade Summary.csv", ACCIDENTS_CSV), { out: en, lang: "en" });
    expect((await workbook(en)).worksheets.map((w) => w.name)).toEqual([
      "Grade Summary data",
      "grade summary",
    ]);
  });

  it("writes values, colour rules bounded to the data, and the summary sheet", async () => {
    const input = csvFile("acc2.csv", ACCIDENTS_CSV);
    const out = tmp.path("acc2.xlsx");
    await run(input, { out, by: "单位" });
    const wb = await workbook(out);
    const data = wb.worksheets[0];
    expect(data.name).toBe("acc2");
    const grades = [2, 3, 4, 5, 6, 7].map((r) => data.getCell(r, 6).value);
    expect(grades).toEqual([
      "较大事故",
      "重大事故",
      null,
      { error: "#VALUE!" },
      "特别重大事故",
      "一般事故",
    ]);
    expect(data.getCell(5, 7).value).toBe('#VALUE! 死亡无法识别为数字："abc"');
    expect(data.getCell(2, 5).value).toBe(100);

    const cf = (data as unknown as { conditionalFormattings: { ref: string; rules: any[] }[] })
      .conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].ref).toBe("F2:F7");
    expect(cf[0].rules.map((r) => r.formulae[0])).toEqual([
      '"特别重大事故"',
      '"重大事故"',
      '"较大事故"',
      '"一般事故"',
    ]);
    expect(cf[0].rules[0].style.fill.bgColor.argb).toBe("FF8B0000");
    expect(cf[0].rules[0].style.font.color.argb).toBe("FFFFFFFF");

    const summary = wb.getWorksheet("等级汇总")!;
    expect(summary.getCell("B2").value).toBe("'acc2'!$F$2:$F$7");
    expect(summary.getRow(5).values).toEqual([, "等级", "甲", "乙", "丙", "合计"]);
    expect(summary.getCell("A6").value).toBe("特别重大事故");
    expect(summary.getCell("C6").value).toMatchObject({ result: 1 });
    expect(summary.getCell("E10").value).toMatchObject({
      formula: "SUMPRODUCT(--ISERROR('acc2'!$F$2:$F$7))",
      result: 1,
    });
    expect(summary.getCell("A13").value).toBe("未能评级原因");
    expect(summary.getRow(14).values).toEqual([, '#VALUE! 死亡无法识别为数字："abc"', 1, 5]);
  });

  it("--formulas stores the custom function as Excel does, with cached values", async () => {
    const input = csvFile("acc3.csv", ACCIDENTS_CSV);
    const out = tmp.path("acc3.xlsx");
    await run(input, { out, formulas: true });
    const data = (await workbook(out)).worksheets[0];
    expect(data.getCell("F2").value).toEqual({
      formula: '_xldudf_GRADE_INCIDENTLEVEL(C2,D2,IF(E2="","",IFERROR(VALUE(E2)*10000,E2)))',
      result: "较大事故",
    });
    expect(data.getCell("F5").value).toMatchObject({ result: { error: "#VALUE!" } });
  });

  it("--sheet picks the sheet of an xlsx input; dates stay dates", async () => {
    const source = new ExcelJS.Workbook();
    source.addWorksheet("封面").addRow(["说明"]);
    const sheet = source.addWorksheet("台账");
    sheet.addRow([]);
    sheet.addRow(["发生日期", "死亡人数", "重伤人数", "直接经济损失（亿元）"]);
    sheet.addRow([new Date(Date.UTC(2024, 4, 1)), 0, 0, 1]);
    sheet.addRow([new Date(Date.UTC(2024, 4, 2)), { formula: "1+1", result: 2 }, 0, "300万"]);
    const input = tmp.path("ledger.xlsx");
    await source.xlsx.writeFile(input);
    const out = tmp.path("ledger-out.xlsx");
    await run(input, { out, sheet: "台账" });
    const data = (await workbook(out)).worksheets[0];
    expect(data.name).toBe("台账");
    expect(data.getCell("E2").value).toBe("特别重大事故");
    expect(data.getCell("E3").value).toBe("一般事故");
    expect(data.getCell("A2").value).toEqual(new Date(Date.UTC(2024, 4, 1)));
    expect(data.getCell("A2").numFmt).toMatch(/y/);

    const csv = tmp.path("ledger-out.csv");
    await run(input, { out: csv, sheet: "台账" });
    expect(csvRows(csv)[1]).toEqual(["2024-05-01", "0", "0", "1", "特别重大事故", ""]);
    expect(csvRows(csv)[2]).toEqual(["2024-05-02", "2", "0", "300万", "一般事故", ""]);
  });

  it("every date in a column gets the column's format; the other cells are written unstyled", async () => {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet("台账");
    sheet.addRow(["发生日期", "死亡人数", "重伤人数", "直接经济损失"]);
    for (let day = 1; day <= 3; day++) {
      sheet.addRow([new Date(Date.UTC(2024, 4, day)), day, 0, "1万"]);
      sheet.getCell(`A${day + 1}`).numFmt = 'yyyy"年"m"月"d"日"';
    }
    const input = tmp.path("dates.xlsx");
    await source.xlsx.writeFile(input);
    const out = tmp.path("dates-out.xlsx");
    await run(input, { out });
    const data = (await workbook(out)).worksheets[0];
    for (const r of [2, 3, 4]) {
      expect(data.getCell(`A${r}`).value).toEqual(new Date(Date.UTC(2024, 4, r - 1)));
      expect(data.getCell(`A${r}`).numFmt).toBe('yyyy"年"m"月"d"日"');
      for (const column of "BCDEF") expect(data.getCell(`${column}${r}`).style).toEqual({});
    }
  });

  it("writes the data rows with no style of their own", async () => {
    const input = csvFile("rows.csv", "死亡人数,重伤人数,直接经济损失\n1,0,0\n40,0,0\n");
    const out = tmp.path("rows-out.xlsx");
    await run(input, { out });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const rows = [...xml.matchAll(/<row\b[^>]*>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(3);
    for (const row of rows.slice(1)) expect(row).not.toMatch(/\ss=|customFormat/);
  });
});

describe("fields and cells the output must keep whole", () => {
  it("quotes a field with a bare line break in a CRLF file, so the row stays one row", async () => {
    const input = csvFile(
      "alt-enter.csv",
      '编号,死亡人数,重伤人数,直接经济损失\r\n"甲\n乙",3,0,0\r\n"丙\r\n丁",0,0,0\r\n'
    );
    const out = tmp.path("alt-enter-out.csv");
    await run(input, { out });
    const text = readFileSync(out, "utf8");
    expect(text).toContain('"甲\n乙",3,0,0,较大事故,\r\n"丙\r\n丁",0,0,0,一般事故,\r\n');
  });

  it("shows a merged cell's value in every cell of the area, and groups by it", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("台账");
    sheet.addRows([
      ["单位", "死亡人数", "重伤人数", "直接经济损失"],
      ["一车间", 3, 0, 0],
      [null, 0, 0, 0],
      ["二车间", 12, 0, 0],
    ]);
    sheet.mergeCells("A2:A3");
    const input = tmp.path("merged-unit.xlsx");
    await book.xlsx.writeFile(input);
    const out = tmp.path("merged-unit-out.csv");
    const { stdout } = await run(input, { out, by: "单位" });
    expect(csvRows(out).map((r) => [r[0], r[4]])).toEqual([
      ["单位", "事故等级"],
      ["一车间", "较大事故"],
      ["一车间", "一般事故"],
      ["二车间", "重大事故"],
    ]);
    expect(stdout).not.toContain("（空）");
    expect(stdout).toMatch(/较大事故\s+1\s+0\s+1/);

    // A workbook written from it merges the area again, its value in the first cell.
    const xlsx = tmp.path("merged-unit-out.xlsx");
    await run(input, { out: xlsx, by: "单位" });
    const copy = (await workbook(xlsx)).worksheets[0];
    expect(copy.model.merges).toEqual(["A2:A3"]);
    expect(copy.getCell("A2").value).toBe("一车间");
  });
});

describe("formulas a workbook holds without their results", () => {
  it("does not grade a row whose input is such a formula, and says which cell", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("台账").addRows([
      ["编号", "死亡人数", "重伤人数", "直接经济损失", "备注"],
      ["甲", { formula: "1+2" }, 0, 0, null],
      ["乙", 3, 0, 0, { formula: '"x"&"y"' }],
    ]);
    const input = tmp.path("uncalculated.xlsx");
    await book.xlsx.writeFile(input);
    const out = tmp.path("uncalculated-out.csv");
    const { stdout, stderr } = await run(input, { out });
    const rows = csvRows(out);
    expect(rows[1][5]).toBe("#VALUE!");
    expect(rows[1][6]).toContain("“死亡人数”列的 B2 是公式，但文件中没有保存它的计算结果");
    // A formula outside the inputs does not stop the row being graded.
    expect(rows[2][5]).toBe("较大事故");
    expect(stderr).toContain("B2 是公式");
    expect(stdout).toMatch(/未能评级\s+1/);
  });
});

describe("a workbook named as a CSV file", () => {
  it("is refused, saying what it is", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("S").addRow(["死亡人数"]);
    const input = tmp.path("workbook.csv");
    await book.xlsx.writeFile(input);
    const captured = await capture(() =>
      grade(input, { function: "INCIDENTLEVEL", out: tmp.path("workbook-out.csv") })
    );
    expect((captured.error as Error | undefined)?.message).toContain(
      "is an xlsx workbook (a zip package), not a CSV file"
    );
  });
});

describe("--derive", () => {
  it("refuses to put a computed date into a parameter that is not a date", async () => {
    const input = csvFile(
      "derive.csv",
      "死亡人数,重伤人数,直接经济损失,发生日期\n1,0,0,2024-05-01\n"
    );
    const captured = await capture(() =>
      grade(input, {
        function: "INCIDENTLEVEL",
        out: tmp.path("derive-out.csv"),
        derive: ["deaths=发生日期+3"],
      })
    );
    expect((captured.error as Error | undefined)?.message).toContain(
      "--derive computes a date, and INCIDENTLEVEL's parameter deaths is not one"
    );
  });
});

describe("an older edition set with --set", () => {
  it("orders the summary by that edition's labels and names its standard", async () => {
    const input = csvFile("fire1996.csv", "死亡人数,重伤人数,直接经济损失\n12,0,0\n1,0,0\n");
    const out = tmp.path("fire1996-out.xlsx");
    const { stdout } = await run(input, { out, function: "FIRELEVEL", set: ["edition=1996"] });
    expect(stdout).toMatch(/^等级\s+合计\n特大火灾\s+1\n重大火灾\s+0\n一般火灾\s+1\n/);
    expect(stdout).not.toContain("轻微火灾");
    const summary = (await workbook(out)).getWorksheet("等级汇总")!;
    expect(String(summary.getCell("A1").value)).toContain("公通字〔1996〕82号");
    expect(String(summary.getCell("A1").value)).not.toContain("2025");
  });
});

describe("an Excel Table in the sheet", () => {
  it("sets its totals row aside instead of grading it", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("台账");
    sheet.addTable({
      name: "事故",
      ref: "A1",
      totalsRow: true,
      columns: [
        { name: "编号", totalsRowLabel: "合计" },
        { name: "死亡人数", totalsRowFunction: "sum" },
        { name: "重伤人数", totalsRowFunction: "sum" },
        { name: "直接经济损失", totalsRowFunction: "sum" },
      ],
      rows: [
        ["甲", 3, 0, 0],
        ["乙", 8, 0, 0],
      ],
    });
    // ExcelJS writes the totals formulas without results; Excel would hold 11, 0, 0.
    const input = tmp.path("table.xlsx");
    await book.xlsx.writeFile(input);
    const out = tmp.path("table-out.csv");
    const { stdout } = await run(input, { out });
    const rows = csvRows(out);
    expect(rows.map((r) => r[4])).toEqual(["事故等级", "较大事故", "较大事故", ""]);
    expect(rows[3][5]).toContain("Excel 表格的汇总行");
    expect(stdout).toMatch(/较大事故\s+2/);
    expect(stdout).toMatch(/重大事故\s+0/);
  });

  it("reads the first visible sheet when no --sheet names one", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("代码表", { state: "hidden" }).addRows([["代码", "名称"]]);
    book.addWorksheet("台账").addRows([
      ["死亡人数", "重伤人数", "直接经济损失"],
      [12, 0, 0],
    ]);
    const input = tmp.path("hidden-first.xlsx");
    await book.xlsx.writeFile(input);
    const { stdout, stderr } = await run(input, { out: tmp.path("hidden-first-out.csv") });
    expect(stderr).toContain("工作表“台账”");
    expect(stdout).toMatch(/重大事故\s+1/);
  });
});
