/** openXlsx: a sheet loaded by ExcelJS, read as the table `grade` works through. */
import ExcelJS from "exceljs";
import { mergedAreas, openXlsx } from "../../src/cli/xlsx-input";
import { rowsOf, TableRow } from "../../src/cli/table";
import { tempDir } from "./cli-helpers";

const tmp = tempDir();
afterAll(tmp.cleanup);

async function saved(build: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  build(book.addWorksheet("台账"));
  const path = tmp.path(`book-${Math.random().toString(36).slice(2)}.xlsx`);
  await book.xlsx.writeFile(path);
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
    expect(row.write).toEqual([3, { error: "#DIV/0!" }, { richText: expect.any(Array) }, day]);
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

  it("reports progress up to the whole file", async () => {
    const path = await saved((sheet) => {
      sheet.addRow(["死亡人数"]);
      for (let i = 0; i < 2500; i++) sheet.addRow([i]);
    });
    const table = await openXlsx(path);
    const reported: number[] = [];
    let n = 0;
    for await (const batch of table.batches((bytes) => reported.push(bytes))) n += batch.length;
    expect(n).toBe(2500);
    expect(reported).toHaveLength(3);
    expect(reported[2]).toBe(table.totalBytes);
  });

  it("finds a loaded sheet's merged areas as the sheet's model lists them", async () => {
    const path = await saved((sheet) => {
      sheet.addRow(["死亡人数", "重伤人数", "直接经济损失"]);
      sheet.addRow([1, 2, 3]);
      sheet.addRow([4, 5, 6]);
      sheet.mergeCells("B2:B3");
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.worksheets[0];
    sheet.mergeCells("C2:C3");
    sheet.unMergeCells("C2:C3");
    expect(mergedAreas(sheet)).toEqual(sheet.model.merges);
    expect(mergedAreas(sheet)).toEqual(["B2:B3"]);
    expect((await rows(path))[0].merged).toEqual(new Map([[1, "B2:B3"]]));
  });
});
