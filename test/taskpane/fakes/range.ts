/**
 * Excel.Range and Excel.RangeAreas over a SheetModel. Method names and behaviour follow the
 * Office.js reference (@types/office-js): *OrNullObject methods return objects whose
 * isNullObject is read after a sync; setting values/formulas needs a 2-D array of the
 * range's exact shape; getSurroundingRegion grows like Excel's CurrentRegion.
 */
import { a1, Area, parseArea, quoteSheet } from "../../../src/taskpane/excel/addresses";
import { Batch, Loadable } from "./batch";
import { checkEnum } from "./enums";
import { Cell, SheetModel } from "./grid";
import { FakeRangeAreas } from "./range-areas";
import type { FakeConditionalFormatCollection } from "./formats";
import type { FakeWorksheet } from "./sheets";
import type { FakeTableScopedCollection } from "./tables";

/** Set by workbook.ts, which owns every kind of fake (breaks an import cycle). */
export const links: {
  worksheet?: (batch: Batch, sheet: SheetModel) => FakeWorksheet;
  tablesIn?: (batch: Batch, sheet: SheetModel, area: Area) => FakeTableScopedCollection;
  formats?: (batch: Batch, sheet: SheetModel, area: Area) => FakeConditionalFormatCollection;
} = {};

const RANGE_ARG = /\b([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\b/;

export class FakeRange extends Loadable {
  constructor(
    batch: Batch,
    readonly sheet: SheetModel,
    readonly area: Area,
    private readonly isNull = false
  ) {
    super(batch);
  }

  protected loadable(): readonly string[] {
    return [
      "address",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "values",
      "formulas",
      "formulasLocal",
      "valueTypes",
    ];
  }

  protected onDelivered(prop: string, batch: Batch): void {
    if (["values", "formulas", "formulasLocal", "valueTypes"].includes(prop)) {
      batch.cellsRead += this.rows() * this.cols();
    }
  }

  get isNullObject(): boolean {
    return this.nullCheck(this.isNull);
  }
  get address(): string {
    const { top, left, bottom, right } = this.area;
    return this.read(
      "address",
      () => `${quoteSheet(this.sheet.name)}!${a1(top, left, bottom, right)}`
    );
  }
  get rowIndex(): number {
    return this.read("rowIndex", () => this.area.top);
  }
  get columnIndex(): number {
    return this.read("columnIndex", () => this.area.left);
  }
  get rowCount(): number {
    return this.read("rowCount", () => this.rows());
  }
  get columnCount(): number {
    return this.read("columnCount", () => this.cols());
  }
  private rows(): number {
    return this.area.bottom - this.area.top + 1;
  }
  private cols(): number {
    return this.area.right - this.area.left + 1;
  }

  private grid<T>(each: (row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      const line: T[] = [];
      for (let c = this.area.left; c <= this.area.right; c++) line.push(each(r, c));
      out.push(line);
    }
    return out;
  }

  get values(): unknown[][] {
    return this.read("values", () => this.grid((r, c) => this.sheet.evaluate(r, c)[0]));
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes", () => this.grid((r, c) => this.sheet.evaluate(r, c)[1]));
  }
  get formulas(): unknown[][] {
    return this.read("formulas", () => this.grid((r, c) => this.formulaAt(r, c)));
  }
  get formulasLocal(): unknown[][] {
    return this.read("formulasLocal", () => this.grid((r, c) => this.formulaAt(r, c)));
  }

  private formulaAt(row: number, col: number): unknown {
    const cell = this.sheet.cell(row, col);
    return cell?.formula ?? this.sheet.evaluate(row, col)[0];
  }

  private write(rows: unknown, via: "values" | "formulas" | "formulasLocal"): void {
    if (
      !Array.isArray(rows) ||
      rows.length !== this.rows() ||
      rows.some((r) => !Array.isArray(r) || r.length !== this.cols())
    ) {
      this.batch.fail(`InvalidArgument: ${via} must be ${this.rows()}×${this.cols()}`);
      return;
    }
    const local = via === "formulasLocal" && this.sheet.book.listSeparator === ";";
    if (local && rows.some((line: unknown[]) => line.some((v) => String(v).includes(",")))) {
      this.batch.fail("InvalidArgument: the formula is not valid in this locale");
      return;
    }
    rows.forEach((line: unknown[], r) =>
      line.forEach((v, c) => this.writeCell(this.area.top + r, this.area.left + c, v, via))
    );
  }

  private writeCell(row: number, col: number, v: unknown, via: string): void {
    if (typeof v === "string" && v.startsWith("=") && via !== "values") {
      const cell: Cell = { formula: v, via: via as Cell["via"] };
      this.sheet.set(row, col, cell);
      const spill = RANGE_ARG.exec(v);
      const rows = spill ? Number(spill[4]) - Number(spill[2]) + 1 : 1;
      if (rows > 1) this.sheet.spills.set(`${row},${col}`, rows);
    } else this.sheet.set(row, col, v === "" || v === null ? undefined : { value: v });
  }

  set values(rows: unknown[][]) {
    this.write(rows, "values");
  }
  set formulas(rows: unknown[][]) {
    this.write(rows, "formulas");
  }
  set formulasLocal(rows: unknown[][]) {
    this.write(rows, "formulasLocal");
  }

  get worksheet(): FakeWorksheet {
    return links.worksheet!(this.batch, this.sheet);
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return links.formats!(this.batch, this.sheet, this.area);
  }

  private at(top: number, left: number, rows: number, cols: number): FakeRange {
    const area = {
      sheet: this.sheet.name,
      top,
      left,
      bottom: top + rows - 1,
      right: left + cols - 1,
    };
    if (rows < 1 || cols < 1 || top < 0 || left < 0)
      this.batch.fail("InvalidArgument: empty range");
    return new FakeRange(this.batch, this.sheet, area);
  }

  getCell(row: number, column: number): FakeRange {
    return this.at(this.area.top + row, this.area.left + column, 1, 1);
  }
  getRow(row: number): FakeRange {
    return this.at(this.area.top + row, this.area.left, 1, this.cols());
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.at(
      this.area.top + rowOffset,
      this.area.left + columnOffset,
      this.rows(),
      this.cols()
    );
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.at(
      this.area.top,
      this.area.left,
      this.rows() + deltaRows,
      this.cols() + deltaColumns
    );
  }

  getSurroundingRegion(): FakeRange {
    const { top, left, bottom, right } = this.sheet.surrounding(this.area);
    return this.at(top, left, bottom - top + 1, right - left + 1);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    const found = this.sheet.used(this.area);
    return new FakeRange(this.batch, this.sheet, found ?? this.area, found === null);
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    const { top, left, bottom, right } = this.area;
    const hits = this.sheet.merges.filter(
      (m) => m.top <= bottom && m.bottom >= top && m.left <= right && m.right >= left
    );
    return new FakeRangeAreas(this.batch, this.sheet, hits);
  }

  getTables(fullyContained?: boolean): FakeTableScopedCollection {
    void fullyContained;
    return links.tablesIn!(this.batch, this.sheet, this.area);
  }

  clear(applyTo?: string): void {
    if (applyTo !== undefined) checkEnum("ClearApplyTo", applyTo);
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      for (let c = this.area.left; c <= this.area.right; c++) this.sheet.set(r, c, undefined);
    }
  }

  copyFrom(source: FakeRange | string, copyType?: string): void {
    if (copyType !== undefined) checkEnum("RangeCopyType", copyType);
    const from = typeof source === "string" ? parseArea(source) : source.area;
    const cell = this.sheet.cell(from.top, from.left);
    if (from.top !== from.bottom || from.left !== from.right) {
      throw new Error("the fake copies from one cell only");
    }
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      for (let c = this.area.left; c <= this.area.right; c++)
        this.sheet.set(r, c, cell && { ...cell });
    }
  }
}
