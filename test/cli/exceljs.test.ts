/** The ExcelJS classes the CLI loads from their own modules are the package's own. */
import ExcelJS from "exceljs";
import { excelJsWorkbook, excelJsWriter } from "../../src/cli/exceljs";

test("the workbook and the streaming writer are the classes ExcelJS exports", () => {
  expect(excelJsWorkbook()).toBe(ExcelJS.Workbook);
  expect(excelJsWriter()).toBe(ExcelJS.stream.xlsx.WorkbookWriter);
});
