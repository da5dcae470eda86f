/** Excel.RangeAreas, for the merged areas a Range reports. */
import { a1, Area, quoteSheet } from "../../../src/taskpane/excel/addresses";
import { Batch, Loadable } from "./batch";
import { SheetModel } from "./grid";

/** Excel.RangeAreas, as getMergedAreasOrNullObject returns it (ExcelApi 1.13). */
export class FakeRangeAreas extends Loadable {
  constructor(
    batch: Batch,
    private readonly sheet: SheetModel,
    private readonly areas: Area[]
  ) {
    super(batch);
  }
  protected loadable(): readonly string[] {
    return ["address", "areaCount"];
  }
  beforeDeliver(): string | null {
    // The API "will fail to return the result" past 512 merged areas.
    return this.areas.length > 512 ? "GeneralException: too many merged areas" : null;
  }
  get isNullObject(): boolean {
    return this.nullCheck(this.areas.length === 0);
  }
  get address(): string {
    return this.read("address", () =>
      this.areas
        .map((m) => `${quoteSheet(this.sheet.name)}!${a1(m.top, m.left, m.bottom, m.right)}`)
        .join(", ")
    );
  }
  get areaCount(): number {
    return this.read("areaCount", () => this.areas.length);
  }
}
