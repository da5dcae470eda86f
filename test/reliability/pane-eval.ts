/**
 * The task pane end to end without Excel: its Excel modules inspect a sheet on the Office.js
 * fakes and write the grade formula; the formula it wrote is then computed over the same
 * cells by the CLI's formula engine (HyperFormula with the add-in's own GRADE functions), the
 * way Excel computes it.
 */
import { DetailedCellError } from "hyperformula";
import { GradingFunction } from "../../src/grading";
import { createEngine, SheetsContent } from "../../src/cli/formula-engine";
import { writeGradeColumn } from "../../src/taskpane/excel/grade-column";
import { inspectSelection, Inspection } from "../../src/taskpane/excel/region";
import { bookWith, fakeExcel, FakeExcel } from "../taskpane/fakes/workbook";
import { SheetModel } from "../taskpane/fakes/grid";

export interface PaneRun extends FakeExcel {
  readonly sheet: SheetModel;
  readonly inspection: Inspection;
  /** The formula written in the first data row of the grade column. */
  readonly formula: string;
  /** The grade column as Excel would show it: labels, "" or { error, message }. */
  readonly grades: unknown[];
}

/** A cell as the engine must receive it: text stays text ("12" is not the number 12). */
function engineValue(v: unknown): unknown {
  if (v === undefined || v === "") return null;
  return typeof v === "string" ? `'${v}` : v;
}

function shown(v: unknown): unknown {
  if (v instanceof DetailedCellError) return { error: v.value, message: v.message };
  return v === null ? "" : v;
}

/** Grades `rows` (header first, at A1) in the pane in English Excel and computes the result. */
export async function gradeInPane(
  rows: readonly (readonly unknown[])[],
  fn: GradingFunction
): Promise<PaneRun> {
  const { book, sheet } = bookWith(rows);
  const excel = fakeExcel(book);
  const inspection = await inspectSelection(excel.context, fn, "en");
  const request = { inspection, mapping: inspection.mapping, fn, ns: "GRADE", lang: "en" as const };
  await writeGradeColumn(excel.context, { ...request, confirmed: false });

  const { region, target } = inspection;
  const col = region.left + target.column;
  const formula = sheet.cell(region.firstRow, col)?.formula as string;
  const values = rows.map((r) => r.map(engineValue));
  values[region.firstRow] = [...values[region.firstRow]];
  values[region.firstRow][col] = formula;
  const engine = createEngine({ Sheet1: values } as SheetsContent);
  const id = engine.getSheetId("Sheet1") as number;
  const grades: unknown[] = [];
  for (let r = region.firstRow; r < region.firstRow + region.rowCount; r++) {
    grades.push(shown(engine.getCellValue({ sheet: id, row: r, col })));
  }
  return { ...excel, sheet, inspection, formula, grades };
}
