/** Excel.Worksheet and WorksheetCollection, as far as the pane uses them (@types/office-js). */
import { Area, parseArea } from "../../../src/taskpane/excel/addresses";
import { Batch, Loadable } from "./batch";
import { SheetModel } from "./grid";
import { FakePivotTableCollection } from "./pivots";
import { FakeRange } from "./range";
import { FakeTableCollection } from "./tables";

function areaOf(sheet: SheetModel, top: number, left: number, rows: number, cols: number): Area {
  return { sheet: sheet.name, top, left, bottom: top + rows - 1, right: left + cols - 1 };
}

export class FakeWorksheet extends Loadable {
  constructor(
    batch: Batch,
    readonly model: SheetModel
  ) {
    super(batch);
  }
  protected loadable(): readonly string[] {
    return ["name", "id", "position"];
  }
  get name(): string {
    return this.read("name", () => this.model.name);
  }
  getRange(address?: string): FakeRange {
    const area = parseArea(address ?? "A1:XFD1048576");
    return new FakeRange(this.batch, this.model, { ...area, sheet: this.model.name });
  }
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    if (rowCount < 1 || columnCount < 1) this.batch.fail("InvalidArgument: getRangeByIndexes");
    return new FakeRange(
      this.batch,
      this.model,
      areaOf(this.model, row, column, rowCount, columnCount)
    );
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.batch, this.model);
  }
  get pivotTables(): FakePivotTableCollection {
    return new FakePivotTableCollection(this.batch, this.model.book, this.model);
  }
}

export class FakeWorksheetCollection extends Loadable {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(
    batch: Batch,
    private readonly book: SheetModel["book"]
  ) {
    super(batch);
  }
  protected loadable(): readonly string[] {
    return [];
  }
  private pendingItems: FakeWorksheet[] | null = null;
  protected loadPath(head: string, rest: string): void {
    if (head !== "items") super.loadPath(head, rest);
    this.pendingItems = this.book.sheets.map((s) => new FakeWorksheet(this.batch, s).load(rest));
  }
  deliver(batch: Batch): void {
    super.deliver(batch);
    if (this.pendingItems) this.loadedItems = this.pendingItems;
  }
  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new Error("PropertyNotLoaded: WorksheetCollection.items");
    return this.loadedItems;
  }
  getItem(key: string): FakeWorksheet {
    const model = this.book.sheet(key);
    if (!model) {
      this.batch.fail(`ItemNotFound: worksheet ${key}`);
      return new FakeWorksheet(this.batch, new SheetModel(this.book, key));
    }
    return new FakeWorksheet(this.batch, model);
  }
  add(name?: string): FakeWorksheet {
    if (name && this.book.sheet(name)) this.batch.fail(`ItemAlreadyExists: worksheet ${name}`);
    return new FakeWorksheet(
      this.batch,
      this.book.addSheet(name ?? `Sheet${this.book.sheets.length + 1}`)
    );
  }
}
