/**
 * Excel.ConditionalFormatCollection and ConditionalFormat (ExcelApi 1.6): a range's collection
 * holds the rules that intersect it; add() puts a rule at the top priority; cellValue exposes
 * rule {formula1, operator} and format.fill/font.color. With SheetModel.ruleReadBug set,
 * loading a cell-value rule back fails the sync when two cell-value rules share a range
 * (office-js issue 6827).
 */
import { a1, Area, quoteSheet } from "../../../src/taskpane/excel/addresses";
import { Batch, Loadable } from "./batch";
import { checkEnum } from "./enums";
import { RuleModel, SheetModel } from "./grid";
import { FakeRange } from "./range";

function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}

function sameArea(a: Area, b: Area): boolean {
  return a.top === b.top && a.bottom === b.bottom && a.left === b.left && a.right === b.right;
}

class FakeCellValueFormat extends Loadable {
  private wantsRule = false;
  constructor(
    batch: Batch,
    private readonly sheet: SheetModel,
    private readonly model: RuleModel
  ) {
    super(batch);
  }
  protected loadable(): readonly string[] {
    return ["rule"];
  }
  protected loadPath(head: string, rest: string): void {
    if (head !== "format" || !["fill/color", "font/color"].includes(rest))
      super.loadPath(head, rest);
    this.wantsRule = true;
  }
  load(arg?: Parameters<Loadable["load"]>[0]): this {
    this.wantsRule = true;
    return super.load(arg);
  }
  beforeDeliver(): string | null {
    if (!this.wantsRule || !this.sheet.ruleReadBug) return null;
    const twins = this.sheet.rules.filter(
      (r) => r.type === "CellValue" && sameArea(r.area, this.model.area)
    );
    return twins.length >= 2 ? "GeneralException: An internal error has occurred." : null;
  }
  get rule(): { formula1?: string; operator?: string } {
    return this.read("rule", () => ({ ...this.model.rule }));
  }
  set rule(value: { formula1?: string; operator?: string }) {
    checkEnum("ConditionalCellValueOperator", value.operator);
    this.model.rule = { ...value };
  }
  get format(): { fill: { color: string | null }; font: { color: string | null } } {
    const model = this.model;
    return {
      fill: {
        get color() {
          return model.fill;
        },
        set color(v) {
          model.fill = v;
        },
      },
      font: {
        get color() {
          return model.font;
        },
        set color(v) {
          model.font = v;
        },
      },
    };
  }
}

export class FakeConditionalFormat extends Loadable {
  constructor(
    batch: Batch,
    private readonly sheet: SheetModel,
    readonly model: RuleModel
  ) {
    super(batch);
  }
  protected loadable(): readonly string[] {
    return ["type", "id", "priority", "stopIfTrue"];
  }
  get type(): string {
    return this.read("type", () => this.model.type);
  }
  get cellValue(): FakeCellValueFormat {
    if (this.model.type !== "CellValue") this.batch.fail("InvalidOperation: not a cell-value rule");
    return new FakeCellValueFormat(this.batch, this.sheet, this.model);
  }
  get cellValueOrNullObject(): FakeCellValueFormat {
    return new FakeCellValueFormat(this.batch, this.sheet, this.model);
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.batch, this.sheet, this.model.area);
  }
  delete(): void {
    const i = this.sheet.rules.indexOf(this.model);
    if (i < 0) this.batch.fail("ItemNotFound: conditional format");
    else this.sheet.rules.splice(i, 1);
  }
}

export class FakeConditionalFormatCollection extends Loadable {
  private pendingItems: FakeConditionalFormat[] | null = null;
  private loadedItems: FakeConditionalFormat[] | null = null;
  constructor(
    batch: Batch,
    private readonly sheet: SheetModel,
    private readonly area: Area
  ) {
    super(batch);
  }
  protected loadable(): readonly string[] {
    return [];
  }
  protected loadPath(head: string, rest: string): void {
    if (head !== "items") super.loadPath(head, rest);
    this.pendingItems = this.sheet.rules
      .filter((r) => intersects(r.area, this.area))
      .map((r) => new FakeConditionalFormat(this.batch, this.sheet, r).load(rest));
  }
  deliver(batch: Batch): void {
    super.deliver(batch);
    if (this.pendingItems) this.loadedItems = this.pendingItems;
  }
  get items(): FakeConditionalFormat[] {
    if (!this.loadedItems) throw new Error("PropertyNotLoaded: ConditionalFormatCollection.items");
    return this.loadedItems;
  }
  add(type: string): FakeConditionalFormat {
    checkEnum("ConditionalFormatType", type);
    const model: RuleModel = { type, area: { ...this.area }, rule: null, fill: null, font: null };
    this.sheet.rules.unshift(model);
    return new FakeConditionalFormat(this.batch, this.sheet, model);
  }
}

/** A rule as a user would have made it in Excel, for seeding tests. */
export function userRule(sheet: SheetModel, address: Area, rule: Partial<RuleModel>): RuleModel {
  const model: RuleModel = {
    type: "CellValue",
    area: address,
    rule: null,
    fill: null,
    font: null,
    ...rule,
  };
  sheet.rules.push(model);
  return model;
}

export function ruleAddress(sheet: SheetModel, r: RuleModel): string {
  return `${quoteSheet(sheet.name)}!${a1(r.area.top, r.area.left, r.area.bottom, r.area.right)}`;
}
