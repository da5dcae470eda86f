/** openXlsx: a sheet read a slice at a time, as the table `grade` works through. */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mergedAreas, openXlsx } from "../../src/cli/xlsx-input";
import { rowsOf, TableRow } from "../../src/cli/table";
import { tempDir } from "./cli-helpers";
import { buildXlsx } from "./xlsx-fixture";

const tmp = tempDir();
afterAll(tmp.cleanup);

const name = () => tmp.path(`book-${Math.random().toString(36).slice(2)}.xlsx`);

async function saved(build: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  build(book.addWorksheet("台账"));
  const path = name();
  await book.xlsx.writeFile(path);
  return path;
}

/** A workbook whose sheet "S" holds exactly `rows` (the XML of <sheetData>). */
async function handBuilt(rows: string, strings: string[] = [], extra = {}): Promise<string> {
  const path = name();
  writeFileSync(path, await buildXlsx([{ name: "S", rows }], strings, extra));
  return path;
}

async function rows(path: string): Promise<TableRow[]> {
  const out: TableRow[] = [];
  for await (const row of rowsOf(await openXlsx(path))) out.push(row);
  return out;
}

describe("openXlsx", () => {
  it("reads rows and cells the sheet does not hold as blanks", async () => {
    const path = await saved((sheet) => {
      sheet.addRow(["死亡人数", "重伤人数", "直接经济损失"]);
      sheet.getCell("A2").value = 3;
      sheet.getCell("C2").value = "1万";
      sheet.getCell("B4").value = 12;
    });
    const read = await rows(path);
    expect(read.map((r) => r.cells)).toEqual([
      [3, null, "1万"],
      [null, null, null],
      [null, 12, null],
    ]);
    expect(read.map((r) => r.write)).toEqual([
      [3, null, "1万"],
      [null, null, null],
      [null, 12, null],
    ]);
  });

  it("grades formulas by their results and copies the results, dates as dates", async () => {
    const day = new Date(Date.UTC(2024, 4, 1));
    const path = await saved((sheet) => {
      sheet.addRow(["死亡人数", "重伤人数", "直接经济损失", "发生日期"]);
      sheet.addRow([
        { formula: "1+2", result: 3 },
        { formula: "1/0", result: { error: "#DIV/0!" } },
        { richText: [{ text: "1" }, { text: "万" }] },
        day,
      ]);
    });
    const [row] = await rows(path);
    expect(row.cells).toEqual([3, { inputError: "#DIV/0!" }, "1万", 45413]);
    expect(row.write).toEqual([3, { error: "#DIV/0!" }, "1万", day]);
  });

  it("reads each cell type as Excel writes it: booleans, errors, text and inline runs", async () => {
    const path = await handBuilt(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>` +
        `<row r="2"><c r="A2" t="b"><f>1=1</f><v>1</v></c><c r="B2" t="e"><f>NA()</f><v>#N/A</v></c>` +
        `<c r="C2" t="str"><f>"3"&amp;"人"</f><v>3人</v></c>` +
        `<c r="D2" t="inlineStr"><is><r><t>0.8</t></r><r><rPr><b/></rPr><t>亿元</t></r><rPh sb="0" eb="1"><t>yi</t></rPh></is></c>` +
        `<c r="E2" t="e"><v>#DIV/0!</v></c></row>` +
        `<row r="3"><c r="A3" t="b"><v>0</v></c><c r="B3"><f>1+1</f></c><c r="C3" t="s"><v>5</v></c></row>`,
      ["是否", "死亡人数", "重伤人数", "直接经济损失", "错误", "<r><t>1</t></r><r><t>2</t></r>"]
    );
    const read = await rows(path);
    expect(read.map((r) => r.cells)).toEqual([
      [true, { inputError: "#N/A" }, "3人", "0.8亿元", { inputError: "#DIV/0!" }],
      [false, null, "12", null, null],
    ]);
    expect(read[0].write).toEqual([
      true,
      { error: "#N/A" },
      "3人",
      "0.8亿元",
      { error: "#DIV/0!" },
    ]);
  });

  it("leaves out the phonetic guides East Asian Excel keeps with shared strings", async () => {
    const path = await handBuilt(
      `<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>`,
      ["等级", `<t>较大</t><rPh sb="0" eb="2"><t>jiaoda</t></rPh>`]
    );
    expect((await rows(path))[0].cells).toEqual(["较大"]);
  });

  it("numbers rows and cells without r attributes by their order", async () => {
    const path = await handBuilt(
      `<row><c t="inlineStr"><is><t>死亡人数</t></is></c><c t="inlineStr"><is><t>重伤人数</t></is></c></row>` +
        `<row><c><v>1</v></c><c><v>2</v></c></row><row r="5"><c r="B5"><v>3</v></c></row>`
    );
    expect((await rows(path)).map((r) => r.cells)).toEqual([
      [1, 2],
      [null, null],
      [null, null],
      [null, 3],
    ]);
  });

  it("reads dates by their style, built-in Chinese date formats and 1904 workbooks too", async () => {
    const styles =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/></numFmts>` +
      `<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>` +
      `<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176" applyNumberFormat="1"/><xf numFmtId="31" applyNumberFormat="1"/></cellXfs></styleSheet>`;
    const sheetRows =
      `<row r="1"><c r="A1" t="inlineStr"><is><t>发生日期</t></is></c><c r="B1" t="inlineStr"><is><t>结案日期</t></is></c><c r="C1" t="inlineStr"><is><t>上报日期</t></is></c><c r="D1" t="inlineStr"><is><t>人数</t></is></c></row>` +
      `<row r="2"><c r="A2" s="1"><v>45413</v></c><c r="B2" s="2"><v>45414</v></c><c r="C2" s="3"><v>45415</v></c><c r="D2"><v>45416</v></c></row>`;
    const withStyles = async (workbookPr: string) => {
      const path = await handBuilt(sheetRows, [], { "xl/styles.xml": styles });
      const zip = await JSZip.loadAsync(readFileSync(path));
      const workbook = await zip.file("xl/workbook.xml")!.async("string");
      zip.file("xl/workbook.xml", workbook.replace("<sheets>", `${workbookPr}<sheets>`));
      writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
      return path;
    };

    const table = await openXlsx(await withStyles(""));
    // Built-in 31 has no code in the file: it is the one Chinese Excel shows.
    expect(table.numFmts).toEqual([
      "mm-dd-yy",
      'yyyy"年"m"月"d"日";@',
      'yyyy"年"m"月"d"日"',
      undefined,
    ]);
    const [row] = await rows(await withStyles(""));
    expect(row.cells).toEqual([45413, 45414, 45415, 45416]);
    expect(row.write).toEqual([
      new Date(Date.UTC(2024, 4, 1)),
      new Date(Date.UTC(2024, 4, 2)),
      new Date(Date.UTC(2024, 4, 3)),
      45416,
    ]);
    // In a 1904 workbook, serial 45413 is four years and a day later: 1900's 46875.
    const [old] = await rows(await withStyles('<workbookPr date1904="1"/>'));
    expect(old.cells.slice(0, 3)).toEqual([46875, 46876, 46877]);
    expect(old.write?.[0]).toEqual(new Date(Date.UTC(2028, 4, 2)));
  });

  it("takes its headings from the header row, however wide the rows below are", async () => {
    const path = await saved((sheet) => {
      sheet.addRow([]);
      sheet.addRow(["死亡人数", null, "直接经济损失"]);
      sheet.addRow([1, 2, 3, 4, 5]);
    });
    const table = await openXlsx(path);
    expect(table.headers).toEqual(["死亡人数", "", "直接经济损失"]);
    expect(table.description.en).toBe('xlsx, sheet "台账", header in row 2');
    expect((await rows(path)).map((r) => r.cells)).toEqual([[1, 2, 3]]);
  });

  it("reads the sheet it is asked for, and names the sheets when there is none", async () => {
    const path = name();
    const two = [
      { name: "说明", rows: `<row r="1"><c r="A1" t="inlineStr"><is><t>见下页</t></is></c></row>` },
      {
        name: "台账",
        rows: `<row r="1"><c r="A1" t="inlineStr"><is><t>死亡人数</t></is></c></row><row r="2"><c r="A2"><v>7</v></c></row>`,
      },
    ];
    writeFileSync(path, await buildXlsx(two, []));
    expect((await openXlsx(path)).headers).toEqual(["见下页"]);
    const table = await openXlsx(path, "台账");
    expect(table.headers).toEqual(["死亡人数"]);
    expect((await rowsOf(table).next()).value?.cells).toEqual([7]);
    expect((await openXlsx(path, "台账")).headers).toEqual(["死亡人数"]);
    await expect(openXlsx(path, "汇总")).rejects.toThrow(
      'has no sheet "汇总" (sheets: 说明, 台账)'
    );
  });

  it("says which part is not well-formed XML", async () => {
    const path = await handBuilt(`<row r="1"><c r="A1"><v>1</v></row>`);
    await expect(openXlsx(path)).rejects.toThrow(
      /xl\/worksheets\/sheet1\.xml is not well-formed XML/
    );
  });

  it("decodes Excel's _xHHHH_ escapes and reads CDATA as text", async () => {
    const path = await handBuilt(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>死亡人数</t></is></c><c r="B1" t="inlineStr"><is><t>备注</t></is></c></row>` +
        `<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="inlineStr"><is><t>甲_x000D_\n乙 _x005F_x000D_</t></is></c></row>` +
        `<row r="3"><c r="A3" t="inlineStr"><is><t><![CDATA[12<人>]]></t></is></c></row>`,
      ["3_x4EBA_"]
    );
    expect((await rows(path)).map((r) => r.cells)).toEqual([
      ["3人", "甲\r\n乙 _x000D_"],
      ["12<人>", null],
    ]);
  });

  it("refuses a sheet cut off inside an element, rows out of order, a missing shared string", async () => {
    const header = `<row r="1"><c r="A1" t="inlineStr"><is><t>死亡人数</t></is></c></row>`;
    const cut = await handBuilt(`${header}<row r="2"><c r="A2" t="inl`);
    await expect(rows(cut)).rejects.toThrow(/sheet1\.xml is not well-formed XML/);
    // Cut off at the end of the part, with no closing tags after it at all.
    const ended = await handBuilt(`${header}<row r="2"><c r="A2"><v>3</v></c></row>`);
    const zip = await JSZip.loadAsync(readFileSync(ended));
    const whole = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", whole.slice(0, whole.indexOf('</row><row r="2">') + 6));
    writeFileSync(ended, await zip.generateAsync({ type: "nodebuffer" }));
    await expect(rows(ended)).rejects.toThrow(/sheet1\.xml is not well-formed XML \(.*unclosed/);
    const prefixed = await handBuilt(
      `${header}<row r="2"><c r="A2" xmlns:x="urn:x"><x:v>3</x:v></c></row>`
    );
    await expect(rows(prefixed)).rejects.toThrow("<x:v> is written with a namespace prefix");
    const order = await handBuilt(`${header}<row r="3"><c r="A3"><v>1</v></c></row><row r="2"/>`);
    await expect(rows(order)).rejects.toThrow("row 2 comes after row 3: the rows are out of order");
    const missing = await handBuilt(`${header}<row r="2"><c r="A2" t="s"><v>5</v></c></row>`, [
      "x",
    ]);
    await expect(rows(missing)).rejects.toThrow(
      "a cell refers to shared string 5, but the workbook has 1"
    );
  });

  it("reads an ISO date without a zone as the day written, in any time zone", async () => {
    const was = process.env.TZ;
    process.env.TZ = "Asia/Shanghai";
    try {
      const path = await handBuilt(
        `<row r="1"><c r="A1" t="inlineStr"><is><t>日期</t></is></c></row>` +
          `<row r="2"><c r="A2" t="d"><v>2026-02-01T00:00:00</v></c></row>` +
          `<row r="3"><c r="A3" t="d"><v>2026-02-01</v></c></row>`
      );
      const read = await rows(path);
      expect(read.map((r) => r.cells)).toEqual([[46054], [46054]]);
      expect(read[0].write).toEqual([new Date(Date.UTC(2026, 1, 1))]);
    } finally {
      process.env.TZ = was;
    }
  });

  it("skips a row of empty text above the header, and a chart sheet listed first", async () => {
    const path = name();
    const sheet = {
      name: "台账",
      rows:
        `<row r="1"><c r="A1" t="inlineStr"><is><t></t></is></c></row>` +
        `<row r="2"><c r="A2" t="inlineStr"><is><t>死亡人数</t></is></c></row><row r="3"><c r="A3"><v>4</v></c></row>`,
    };
    const bytes = await buildXlsx([{ name: "图表1", rows: "" }, sheet], []);
    const zip = await JSZip.loadAsync(bytes);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        /Type="[^"]*\/worksheet" Target="worksheets\/sheet1.xml"/,
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="worksheets/sheet1.xml"'
      )
    );
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    const table = await openXlsx(path);
    expect(table.description.en).toBe('xlsx, sheet "台账", header in row 2');
    expect((await rows(path)).map((r) => r.cells)).toEqual([[4]]);
    await expect(openXlsx(path, "图表1")).rejects.toThrow(
      'sheet "图表1" is a chart or dialog sheet'
    );
  });

  it("names a styles part it cannot read", async () => {
    const path = await handBuilt(`<row r="1"><c r="A1"><v>1</v></c></row>`, [], {
      "xl/styles.xml": `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="0"/>`,
    });
    await expect(openXlsx(path)).rejects.toThrow(/xl\/styles\.xml is not well-formed XML/);
  });

  it("takes a title merged across the columns for no header, and drops empty rows at the end", async () => {
    const path = await saved((sheet) => {
      sheet.getCell("A1").value = "2024年生产安全事故台账";
      sheet.mergeCells("A1:C1");
      sheet.addRow(["死亡人数", "重伤人数", "直接经济损失"]);
      sheet.addRow([3, 0, 0]);
      sheet.addRow([]);
      sheet.addRow([12, 0, 0]);
      // A template's formatted rows below the data hold no values.
      for (let r = 6; r <= 400; r++) sheet.getCell(`A${r}`).border = { top: { style: "thin" } };
    });
    const table = await openXlsx(path);
    expect(table.headers).toEqual(["死亡人数", "重伤人数", "直接经济损失"]);
    expect(table.description.en).toBe('xlsx, sheet "台账", header in row 2');
    expect((await rows(path)).map((r) => r.cells)).toEqual([
      [3, 0, 0],
      [null, null, null],
      [12, 0, 0],
    ]);
  });

  it("reports progress up to the whole file", async () => {
    const path = await saved((sheet) => {
      sheet.addRow(["死亡人数"]);
      for (let i = 0; i < 25_000; i++) sheet.addRow([i]);
    });
    const table = await openXlsx(path);
    const reported: number[] = [];
    let n = 0;
    for await (const batch of table.batches((bytes) => reported.push(bytes))) n += batch.length;
    expect(n).toBe(25_000);
    expect(reported.length).toBeGreaterThan(2);
    expect([...reported].sort((a, b) => a - b)).toEqual(reported);
    expect(reported[reported.length - 1]).toBe(table.totalBytes);
  });

  it("finds the merged areas, listed after the rows, before the rows are read", async () => {
    const path = await saved((sheet) => {
      sheet.addRow(["死亡人数", "重伤人数", "直接经济损失"]);
      sheet.addRow([1, 2, 3]);
      sheet.addRow([4, 5, 6]);
      sheet.mergeCells("B2:B3");
      sheet.mergeCells("A5:C5");
      sheet.getRow(6).values = [7, 8, 9];
    });
    const read = await rows(path);
    expect(read[0].merged).toEqual(new Map([[1, "B2:B3"]]));
    expect(read[1].merged).toEqual(new Map([[1, "B2:B3"]]));
    // A merged cell shows the area's value, as Excel shows it.
    expect(read.map((r) => r.cells)).toEqual([
      [1, 2, 3],
      [4, 2, 6],
      [null, null, null],
      [null, null, null],
      [7, 8, 9],
    ]);
    expect(read[3].merged).toEqual(
      new Map([
        [0, "A5:C5"],
        [1, "A5:C5"],
        [2, "A5:C5"],
      ])
    );
    expect(mergedAreas(`<worksheet><sheetData/></worksheet>`)).toEqual([]);
    expect(
      mergedAreas(
        `<worksheet><sheetData><row r="1"/></sheetData><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C3:C4"/></mergeCells><pageMargins/></worksheet>`
      )
    ).toEqual(["A1:B1", "C3:C4"]);
    expect(
      mergedAreas(
        `<worksheet><sheetData><row r="1"/></sheetData><mergeCells count="0"/><pageMargins/></worksheet>`
      )
    ).toEqual([]);
  });

  it("reads the workbook and relationship parts with attributes in single quotes and spaced", async () => {
    const path = await handBuilt(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>死亡人数</t></is></c></row><row r="2"><c r="A2"><v>3</v></c></row>`
    );
    const zip = await JSZip.loadAsync(readFileSync(path));
    for (const part of ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels"]) {
      const xml = await zip.file(part)!.async("string");
      const quoted = xml.replace(/<(?!\?)[^>]*>/g, (tag) =>
        tag.replace(/ ([\w:]+)="([^"]*)"/g, " $1 = '$2'")
      );
      expect(quoted).toContain(" = '");
      zip.file(part, quoted);
    }
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    expect((await rows(path)).map((r) => r.cells)).toEqual([[3]]);
  });

  it("reads a character outside the BMP whole where a slice of the sheet ends inside it", async () => {
    // 𠮷 is two UTF-16 code units; long runs of it, starting at odd and even offsets, put
    // one across the sheet's slice boundaries (saxes carries the first half over).
    const texts = Array.from({ length: 40 }, (_, i) => "a".repeat(i % 3) + "𠮷".repeat(4000));
    const body = texts
      .map((t, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="str"><v>${t}</v></c></row>`)
      .join("");
    const path = await handBuilt(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>单位</t></is></c></row>${body}`
    );
    expect((await rows(path)).map((r) => r.cells[0])).toEqual(texts);
  });
});
