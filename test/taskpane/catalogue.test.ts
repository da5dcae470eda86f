/**
 * Every standard in the catalogue works through the pane: a sheet whose headers are the
 * first names its parameters declare maps back to those parameters, the grade column calls
 * the standard, and standards that grade into labels get colours and an order.
 */
import { catalogue, GradingFunction } from "../../src/grading";
import { mappableParams } from "../../src/grading/columns";
import { applyColours } from "../../src/taskpane/excel/colour-rules";
import { gradeFunctionOf } from "../../src/taskpane/excel/formula";
import { writeGradeColumn } from "../../src/taskpane/excel/grade-column";
import { inspectSelection } from "../../src/taskpane/excel/region";
import { gradeScale } from "../../src/taskpane/grade-scale";
import { bookWith, fakeExcel } from "./fakes/workbook";

/** Populations may have no headers: they share their row parameter's column. */
const named = (fn: GradingFunction) => mappableParams(fn).filter((p) => p.kind !== "population");
const withHeaders = catalogue.filter((fn) => named(fn).every((p) => p.headers?.length));

test("every standard declares headers for its row inputs", () => {
  expect(catalogue.filter((fn) => !withHeaders.includes(fn)).map((fn) => fn.id)).toEqual([]);
});

test.each(withHeaders.map((fn) => [fn.id, fn] as const))("%s through the pane", async (_id, fn) => {
  const params = named(fn);
  const headers = params.map((p) => p.headers![0]);
  const rows = [headers, ...[1, 2, 3].map(() => headers.map(() => 1))];
  const { book, sheet } = bookWith(rows);
  const excel = fakeExcel(book);

  const inspection = await inspectSelection(excel.context, fn, "zh");
  const own = inspection.mapping.columns.filter((c) => c.param.kind !== "population");
  expect(own.map((c) => c.column)).toEqual(params.map((_, i) => i));
  expect(inspection.mapping.missing).toEqual([]);
  const request = { inspection, mapping: inspection.mapping, fn, ns: "GRADE", lang: "en" as const };
  const result = await writeGradeColumn(excel.context, { ...request, confirmed: false });
  expect(result.kind).toBe("written");
  expect(gradeFunctionOf(sheet.cell(1, headers.length)?.formula)?.id).toBe(fn.id);

  if (gradeScale(fn).length > 0) {
    const address = result.kind === "written" ? result.address : "";
    expect((await applyColours(excel.context, address, fn)).added).toBe(gradeScale(fn).length);
  }
});
