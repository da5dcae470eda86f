/**
 * Excel.PivotTableCollection, PivotTable and the hierarchy collections, after the Office.js
 * reference: add(name, source, destination) (ExcelApi 1.8), getItemOrNullObject (1.12),
 * refresh (1.3), getDataSourceType (1.15). A hierarchy added to rows leaves the column and
 * filter axes, as RowColumnPivotHierarchyCollection.add documents. Pivots on the Data Model
 * can be listed or not, and make the API report an unknown source or fail.
 */
import { Batch, FakeClientResult, Loadable } from "./batch";
import { checkEnum } from "./enums";
import { BookModel, PivotModel, SheetModel, TableModel } from "./grid";
import type { FakeRange } from "./range";
import type { FakeTable } from "./tables";

class Named extends Loadable {
  constructor(
    batch: Batch,
    readonly name: string
  ) {
    super(batch);
  }
  protected loadable(): readonly string[] {
    return ["name", "id"];
  }
}

export class FakePivotField extends Named {
  constructor(
    batch: Batch,
    private readonly pivot: PivotModel,
    name: string
  ) {
    super(batch, name);
  }
  set subtotals(value: { automatic?: boolean }) {
    if (value.automatic === false) this.pivot.subtotalsOff.push(this.name);
  }
  sortByLabels(sortBy: string): void {
    checkEnum("SortBy", sortBy);
    this.pivot.sorted.push({ field: this.name, by: sortBy });
  }
}

export class FakeRowColumnPivotHierarchy extends Named {
  constructor(
    batch: Batch,
    private readonly pivot: PivotModel,
    name: string
  ) {
    super(batch, name);
  }
  get fields(): { getItem(name: string): FakePivotField } {
    return {
      getItem: (name: string) => {
        if (name !== this.name) this.batch.fail(`ItemNotFound: field ${name}`);
        return new FakePivotField(this.batch, this.pivot, name);
      },
    };
  }
}

export class FakeDataPivotHierarchy extends Named {
  constructor(
    batch: Batch,
    private readonly entry: { name: string; summarizeBy: string }
  ) {
    super(batch, entry.name);
  }
  set summarizeBy(value: string) {
    checkEnum("AggregationFunction", value);
    this.entry.summarizeBy = value;
  }
}

export class FakePivotTable extends Loadable {
  constructor(
    batch: Batch,
    readonly model: PivotModel,
    private readonly isNull = false
  ) {
    super(batch);
  }
  protected loadable(): readonly string[] {
    return ["name", "id", "refreshOnOpen", "useCustomSortLists"];
  }
  get isNullObject(): boolean {
    return this.nullCheck(this.isNull);
  }
  get name(): string {
    return this.read("name", () => this.model.name);
  }
  get worksheet(): Loadable & { name: string } {
    // required here, not imported: sheets.ts imports this file
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { FakeWorksheet } = require("./sheets") as typeof import("./sheets");
    return new FakeWorksheet(this.batch, this.model.sheet);
  }
  refresh(): void {
    if (this.model.dataModel === "throws" || this.model.failRefresh) {
      this.batch.fail("InvalidOperation: this PivotTable cannot be refreshed by an add-in");
    }
    this.model.refreshed++;
    this.model.countedRows = this.model.source?.rows ?? 0;
  }
  getDataSourceType(): FakeClientResult<string> {
    if (this.model.dataModel === "throws") this.batch.fail("NotImplemented: OLAP PivotTable");
    return new FakeClientResult(this.batch, () =>
      this.model.dataModel !== "none" ? "Unknown" : this.model.source ? "LocalTable" : "LocalRange"
    );
  }
  private hierarchy(name: string): string {
    const source = this.model.source;
    const headers = source ? headersOf(source) : [];
    if (!headers.includes(name)) this.batch.fail(`ItemNotFound: hierarchy ${name}`);
    return name;
  }
  get hierarchies(): { getItem(name: string): Named } {
    return { getItem: (name: string) => new Named(this.batch, this.hierarchy(name)) };
  }
  get rowHierarchies(): { add(h: Named): FakeRowColumnPivotHierarchy } {
    return { add: (h) => this.addAxis(h, "rows") };
  }
  get columnHierarchies(): { add(h: Named): FakeRowColumnPivotHierarchy } {
    return { add: (h) => this.addAxis(h, "columns") };
  }
  get dataHierarchies(): { add(h: Named): FakeDataPivotHierarchy } {
    return {
      add: (h) => {
        const entry = { name: h.name, summarizeBy: "Automatic" };
        this.model.data.push(entry);
        return new FakeDataPivotHierarchy(this.batch, entry);
      },
    };
  }
  get layout(): { layoutType: string } {
    const model = this.model;
    return {
      get layoutType() {
        return model.layoutType;
      },
      set layoutType(value: string) {
        checkEnum("PivotLayoutType", value);
        model.layoutType = value;
      },
    };
  }
  private addAxis(h: Named, axis: "rows" | "columns"): FakeRowColumnPivotHierarchy {
    this.model.rows = this.model.rows.filter((n) => n !== h.name);
    this.model.columns = this.model.columns.filter((n) => n !== h.name);
    this.model[axis].push(h.name);
    return new FakeRowColumnPivotHierarchy(this.batch, this.model, h.name);
  }
}

function headersOf(t: TableModel): string[] {
  return Array.from({ length: t.cols }, (_, i) =>
    String(t.sheet.cell(t.top, t.left + i)?.value ?? "")
  );
}

export class FakePivotTableCollection extends Loadable {
  private pendingItems: FakePivotTable[] | null = null;
  private loadedItems: FakePivotTable[] | null = null;
  constructor(
    batch: Batch,
    private readonly book: BookModel,
    private readonly sheet: SheetModel | null
  ) {
    super(batch);
  }
  protected loadable(): readonly string[] {
    return [];
  }
  /** Pivots the API lists: a Data Model pivot marked hidden is not among them. */
  private listed(): PivotModel[] {
    return this.book.pivots.filter(
      (p) => (!this.sheet || p.sheet === this.sheet) && !hidden.has(p)
    );
  }
  protected loadPath(head: string, rest: string): void {
    if (head !== "items") super.loadPath(head, rest);
    this.pendingItems = this.listed().map((p) => new FakePivotTable(this.batch, p).load(rest));
  }
  deliver(batch: Batch): void {
    super.deliver(batch);
    if (this.pendingItems) this.loadedItems = this.pendingItems;
  }
  get items(): FakePivotTable[] {
    if (!this.loadedItems) throw new Error("PropertyNotLoaded: PivotTableCollection.items");
    return this.loadedItems;
  }
  getItemOrNullObject(name: string): FakePivotTable {
    const found = this.listed().find((p) => p.name === name);
    return new FakePivotTable(this.batch, found ?? emptyPivot(name, this.book.sheets[0]), !found);
  }
  add(
    name: string,
    source: FakeTable | FakeRange | string,
    destination: FakeRange | string
  ): FakePivotTable {
    if (this.book.pivots.some((p) => p.name === name))
      this.batch.fail(`InvalidArgument: pivot ${name} exists`);
    if (typeof source === "string" || !("model" in source))
      throw new Error("the fake builds pivots from Tables");
    const sheet = typeof destination === "string" ? this.sheet : destination.sheet;
    const model = {
      ...emptyPivot(name, sheet ?? this.book.sheets[0]),
      source: source.model,
      countedRows: source.model.rows,
    };
    this.book.pivots.push(model);
    return new FakePivotTable(this.batch, model);
  }
}

/** Pivots the API does not list (Data Model pivots on some builds). */
export const hidden = new WeakSet<PivotModel>();

export function emptyPivot(name: string, sheet: SheetModel): PivotModel {
  return {
    name,
    sheet,
    source: null,
    dataModel: "none",
    failRefresh: false,
    refreshed: 0,
    countedRows: 0,
    rows: [],
    columns: [],
    data: [],
    subtotalsOff: [],
    sorted: [],
    layoutType: "Compact",
  };
}
