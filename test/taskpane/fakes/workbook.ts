/**
 * A request context for the pane's Excel modules. The root is an office-addin-mock
 * OfficeMockObject, which supplies the load/sync rules for scalar properties
 * (workbook.application.calculationMode); the collections it cannot model (worksheets,
 * tables, pivot tables, conditional formats — Office-Addin-Scripts issues 563, 729, 811) are
 * the hand-written fakes, attached to the mock and synced with it.
 */
import { OfficeMockObject } from "office-addin-mock";
import { Area } from "../../../src/taskpane/excel/addresses";
import { Batch } from "./batch";
import { checkEnum } from "./enums";
import { FakeConditionalFormatCollection } from "./formats";
import { BookModel, SheetModel } from "./grid";
import { FakePivotTableCollection } from "./pivots";
import { FakeRange, links } from "./range";
import { FakeWorksheet, FakeWorksheetCollection } from "./sheets";
import { tablesIn } from "./tables";

links.worksheet = (batch, sheet) => new FakeWorksheet(batch, sheet);
links.tablesIn = tablesIn;
links.formats = (batch: Batch, sheet: SheetModel, area: Area) =>
  new FakeConditionalFormatCollection(batch, sheet, area);

export interface FakeExcel {
  readonly context: Excel.RequestContext;
  readonly book: BookModel;
  readonly batch: Batch;
}

export function fakeExcel(book: BookModel = new BookModel()): FakeExcel {
  const batch = new Batch();
  const mock = new OfficeMockObject({
    workbook: {
      application: {
        calculationMode: book.calculationMode,
        calculate: (type: string) => {
          checkEnum("CalculationType", type);
          book.calculations.push(type);
        },
      },
    },
  }) as unknown as Record<string, unknown> & { workbook: Record<string, unknown> };

  const workbook = mock.workbook;
  workbook.getSelectedRange = () => {
    const at = book.selection;
    if (!at) throw new Error("no selection in the fake workbook");
    const area = { sheet: at.sheet.name, top: at.row, left: at.col, bottom: at.row, right: at.col };
    return new FakeRange(batch, at.sheet, area);
  };
  Object.defineProperty(workbook, "worksheets", {
    get: () => new FakeWorksheetCollection(batch, book),
  });
  Object.defineProperty(workbook, "pivotTables", {
    get: () => new FakePivotTableCollection(batch, book, null),
  });

  const mockSync = OfficeMockObject.prototype.sync;
  mock.sync = async () => {
    await mockSync.call(mock);
    await batch.sync();
  };
  return { context: mock as unknown as Excel.RequestContext, book, batch };
}

/** A book with one sheet holding `values` (header row first) at `top`/`left`. */
export function bookWith(
  values: readonly (readonly unknown[])[],
  options: { sheet?: string; top?: number; left?: number } = {}
): { book: BookModel; sheet: SheetModel } {
  const book = new BookModel();
  const sheet = book.addSheet(options.sheet ?? "Sheet1");
  const top = options.top ?? 0;
  const left = options.left ?? 0;
  sheet.fill(top, left, values);
  book.selection = { sheet, row: top + 1, col: left };
  return { book, sheet };
}

/** Turns the block at top/left into a Table named `name`. */
export function makeTable(
  sheet: SheetModel,
  name: string,
  top: number,
  left: number,
  rows: number,
  cols: number
): void {
  sheet.book.tables.push({ name, sheet, top, left, rows, cols });
}
