/** The ExcelJS parts the CLI loads from their own modules are the ones the package uses. */
import ExcelJS from "exceljs";
import { excelJsDateFormat, excelJsStyles, excelJsWriter } from "../../src/cli/exceljs";

test("the streaming writer is the class ExcelJS exports", () => {
  expect(excelJsWriter()).toBe(ExcelJS.stream.xlsx.WorkbookWriter);
});

test("the styles reader gives each style's number format, and dates are told apart", async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("S");
  sheet.getCell("A1").value = 1;
  sheet.getCell("A1").numFmt = 'yyyy"年"m"月"d"日"';
  sheet.getCell("A2").value = 2;
  sheet.getCell("A2").numFmt = "0.00";
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const styles = new (excelJsStyles())();
  await styles.parseStream([await zip.file("xl/styles.xml")!.async("string")]);
  const formats = [1, 2, 3].map((s) => styles.getStyleModel(s)?.numFmt);
  expect(formats).toContain('yyyy"年"m"月"d"日"');
  expect(formats).toContain("0.00");
  expect(excelJsDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
  expect(excelJsDateFormat("0.00")).toBe(false);
  expect(excelJsDateFormat('0"月"')).toBe(false);
  expect(excelJsDateFormat(undefined)).toBe(false);
});
