import { refreshAll } from "../../src/taskpane/excel/refresh-all";
import { BookModel, PivotModel } from "./fakes/grid";
import { emptyPivot, hidden } from "./fakes/pivots";
import { fakeExcel } from "./fakes/workbook";

const all = () => true;

function bookWithPivots(): { book: BookModel; pivots: Record<string, PivotModel> } {
  const book = new BookModel();
  const data = book.addSheet("数据");
  const summary = book.addSheet("等级汇总");
  const table = { name: "事故表", sheet: data, top: 0, left: 0, rows: 3, cols: 2 };
  book.tables.push(table);
  const pivot = (name: string, extra: Partial<PivotModel> = {}): PivotModel => {
    const model = { ...emptyPivot(name, summary), source: table, ...extra };
    book.pivots.push(model);
    return model;
  };
  return {
    book,
    pivots: {
      ours: pivot("GradeKit 事故表 INCIDENTLEVEL"),
      oursSplit: pivot("GradeKit 事故表 INCIDENTLEVEL 单位"),
      users: pivot("数据透视表1"),
      dataModel: pivot("销售模型", { dataModel: "unknown", source: null }),
    },
  };
}

describe("refresh all", () => {
  test("recalculates fully, refreshes every GradeKit summary and leaves other pivots alone", async () => {
    const { book, pivots } = bookWithPivots();
    const { context } = fakeExcel(book);
    const result = await refreshAll(context, all);
    expect(book.calculations).toEqual(["Full"]);
    expect(result).toEqual({
      manualCalculation: false,
      refreshed: ["GradeKit 事故表 INCIDENTLEVEL", "GradeKit 事故表 INCIDENTLEVEL 单位"],
      failed: [],
      unreadable: ["销售模型"],
      others: 2,
    });
    expect(pivots.ours.refreshed).toBe(1);
    expect(pivots.oursSplit.refreshed).toBe(1);
    expect(pivots.users.refreshed).toBe(0);
    expect(pivots.dataModel.refreshed).toBe(0);
  });

  test("a Data Model pivot the API fails on is named; the summaries are still refreshed", async () => {
    const { book, pivots } = bookWithPivots();
    pivots.dataModel.dataModel = "throws";
    const { context } = fakeExcel(book);
    const result = await refreshAll(context, all);
    expect(result.refreshed).toHaveLength(2);
    expect(result.unreadable).toEqual(["销售模型"]);
    expect(pivots.ours.refreshed).toBeGreaterThanOrEqual(1);
  });

  test("a Data Model pivot the API does not list is not mentioned by name", async () => {
    const { book, pivots } = bookWithPivots();
    hidden.add(pivots.dataModel);
    const result = await refreshAll(fakeExcel(book).context, all);
    expect(result).toMatchObject({ unreadable: [], others: 1 });
  });

  test("a summary Excel refuses to refresh is reported, the others still refresh", async () => {
    const { book, pivots } = bookWithPivots();
    pivots.ours.failRefresh = true;
    const result = await refreshAll(fakeExcel(book).context, all);
    expect(result.failed).toEqual(["GradeKit 事故表 INCIDENTLEVEL"]);
    expect(result.refreshed).toEqual(["GradeKit 事故表 INCIDENTLEVEL 单位"]);
    expect(pivots.oursSplit.refreshed).toBeGreaterThanOrEqual(1);
  });

  test("without ExcelApi 1.15 other pivots are not even asked for their source", async () => {
    const { book, pivots } = bookWithPivots();
    pivots.dataModel.dataModel = "throws";
    const asked: string[] = [];
    const result = await refreshAll(fakeExcel(book).context, (set, version) => {
      asked.push(`${set} ${version}`);
      return version !== "1.15";
    });
    expect(asked).toEqual(["ExcelApi 1.15"]);
    expect(result).toMatchObject({ failed: [], unreadable: [], others: 2 });
  });

  test("manual calculation is reported (read through office-addin-mock)", async () => {
    const { book } = bookWithPivots();
    book.calculationMode = "Manual";
    const result = await refreshAll(fakeExcel(book).context, all);
    expect(result.manualCalculation).toBe(true);
  });

  test("two syncs when nothing fails", async () => {
    const { book } = bookWithPivots();
    const excel = fakeExcel(book);
    await refreshAll(excel.context, all);
    expect(excel.batch.syncs).toBe(2);
  });
});
