/**
 * Excel.Table, TableCollection, TableScopedCollection, TableColumnCollection and TableColumn,
 * with the method names and argument orders of @types/office-js.
 */
import { Area, parseArea } from "../../../src/taskpane/excel/addresses";
import { Batch, Loadable } from "./batch";
import { SheetModel, TableModel } from "./grid";
import { FakeRange } from "./range";

function areaOf(sheet: SheetModel, top: number, left: number, rows: number, cols: number): Area {
  return { sheet: sheet.name, top, left, bottom: top + rows - 1, right: left + cols - 1 };
}

export class FakeTableColumn extends Loadable {
  constructor(
    batch: Batch,
    private readonly table: TableModel,
    private readonly index: number
  ) {
    super(batch);
  }
  protected loadable(): readonly string[] {
    return ["name", "index", "id"];
  }
  get name(): string {
    return this.read("name", () =>
      String(this.table.sheet.cell(this.table.top, this.table.left + this.index)?.value ?? "")
    );
  }
  getDataBodyRange(): FakeRange {
    const t = this.table;
    return new FakeRange(
      this.batch,
      t.sheet,
      areaOf(t.sheet, t.top + 1, t.left + this.index, t.rows, 1)
    );
  }
}

export class FakeTableColumnCollection extends Loadable {
  constructor(
    batch: Batch,
    private readonly table: TableModel
  ) {
    super(batch);
  }
  protected loadable(): readonly string[] {
    return ["count"];
  }
  private names(): string[] {
    const t = this.table;
    return Array.from({ length: t.cols }, (_, i) =>
      String(t.sheet.cell(t.top, t.left + i)?.value ?? "")
    );
  }
  getItem(key: string): FakeTableColumn {
    const index = this.names().indexOf(key);
    if (index < 0) this.batch.fail(`ItemNotFound: table column ${key}`);
    return new FakeTableColumn(this.batch, this.table, Math.max(index, 0));
  }
  add(index?: number, values?: unknown, name?: string): FakeTableColumn {
    if (index !== undefined && index !== null && index !== -1 && index !== this.table.cols) {
      throw new Error("the fake appends columns only");
    }
    if (values !== undefined && values !== null)
      throw new Error("the fake adds empty columns only");
    const t = this.table;
    const header = name ?? `Column${t.cols + 1}`;
    if (this.names().includes(header)) this.batch.fail(`InvalidArgument: column ${header} exists`);
    // A Table takes over the column beside it; cells there must be cleared by the caller.
    for (let r = t.top + 1; r <= t.top + t.rows; r++) {
      if (!t.sheet.isEmpty(r, t.left + t.cols))
        this.batch.fail("InsertDeleteConflict: cells not empty");
    }
    t.sheet.set(t.top, t.left + t.cols, { value: header });
    t.cols++;
    return new FakeTableColumn(this.batch, t, t.cols - 1);
  }
}

export class FakeTable extends Loadable {
  constructor(
    batch: Batch,
    readonly model: TableModel
  ) {
    super(batch);
  }
  protected loadable(): readonly string[] {
    return ["name", "id", "showHeaders"];
  }
  get name(): string {
    return this.read("name", () => this.model.name);
  }
  get columns(): FakeTableColumnCollection {
    return new FakeTableColumnCollection(this.batch, this.model);
  }
  getHeaderRowRange(): FakeRange {
    const t = this.model;
    return new FakeRange(this.batch, t.sheet, areaOf(t.sheet, t.top, t.left, 1, t.cols));
  }
  getDataBodyRange(): FakeRange {
    const t = this.model;
    return new FakeRange(this.batch, t.sheet, areaOf(t.sheet, t.top + 1, t.left, t.rows, t.cols));
  }
  getRange(): FakeRange {
    const t = this.model;
    return new FakeRange(this.batch, t.sheet, areaOf(t.sheet, t.top, t.left, t.rows + 1, t.cols));
  }
}

export class FakeTableCollection extends Loadable {
  constructor(
    batch: Batch,
    private readonly sheet: SheetModel
  ) {
    super(batch);
  }
  protected loadable(): readonly string[] {
    return ["count"];
  }
  getItem(key: string): FakeTable {
    const model = this.sheet.book.tables.find((t) => t.name === key);
    if (!model) {
      this.batch.fail(`ItemNotFound: table ${key}`);
      return new FakeTable(this.batch, {
        name: key,
        sheet: this.sheet,
        top: 0,
        left: 0,
        rows: 1,
        cols: 1,
      });
    }
    return new FakeTable(this.batch, model);
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    if (!hasHeaders) throw new Error("the fake builds Tables with headers only");
    const area = typeof address === "string" ? parseArea(address) : address.area;
    const clash = this.sheet.merges.some(
      (m) =>
        m.top <= area.bottom && m.bottom >= area.top && m.left <= area.right && m.right >= area.left
    );
    if (clash) this.batch.fail("InvalidOperation: a Table cannot overlap merged cells");
    const model: TableModel = {
      name: `Table${this.sheet.book.tables.length + 1}`,
      sheet: this.sheet,
      top: area.top,
      left: area.left,
      rows: area.bottom - area.top,
      cols: area.right - area.left + 1,
    };
    this.sheet.book.tables.push(model);
    return new FakeTable(this.batch, model);
  }
}

/** What Range.getTables returns (ExcelApi 1.9). */
export class FakeTableScopedCollection extends Loadable {
  private loadedItems: FakeTable[] | null = null;
  constructor(
    batch: Batch,
    private readonly found: TableModel[]
  ) {
    super(batch);
  }
  protected loadable(): readonly string[] {
    return [];
  }
  private pendingItems: FakeTable[] | null = null;
  protected loadPath(head: string, rest: string): void {
    if (head !== "items") super.loadPath(head, rest);
    this.pendingItems = this.found.map((t) => new FakeTable(this.batch, t).load(rest));
  }
  deliver(batch: Batch): void {
    super.deliver(batch);
    if (this.pendingItems) this.loadedItems = this.pendingItems;
  }
  get items(): FakeTable[] {
    if (!this.loadedItems) throw new Error("PropertyNotLoaded: TableScopedCollection.items");
    return this.loadedItems;
  }
}

export function tablesIn(batch: Batch, sheet: SheetModel, area: Area): FakeTableScopedCollection {
  const hits = sheet
    .tables()
    .filter(
      (t) =>
        t.top <= area.bottom &&
        t.top + t.rows >= area.top &&
        t.left <= area.right &&
        t.left + t.cols - 1 >= area.left
    );
  return new FakeTableScopedCollection(batch, hits);
}
