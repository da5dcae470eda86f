/**
 * The state behind the fakes: sheets of sparse cells (rows of maps, so 100,000 rows stay
 * cheap), merged areas, spilled formulas, Tables, PivotTables and conditional formats.
 * A formula's value is decided by the workbook's `names` mode, which imitates how Excel
 * resolves GradeKit function names written by an add-in.
 */
import { Area } from "../../../src/taskpane/excel/addresses";

export interface Cell {
  value?: unknown;
  formula?: string;
  /** The Range property the formula was written through. */
  via?: "formulas" | "formulasLocal";
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface RuleModel {
  type: string;
  area: Area;
  rule: { formula1?: string; operator?: string; text?: string } | null;
  fill: string | null;
  font: string | null;
}

export interface PivotModel {
  name: string;
  sheet: SheetModel;
  source: TableModel | null;
  dataModel: "none" | "unknown" | "throws";
  failRefresh: boolean;
  refreshed: number;
  /** Rows of the source Table the pivot counted when it was built or last refreshed. */
  countedRows: number;
  rows: string[];
  columns: string[];
  data: { name: string; summarizeBy: string }[];
  subtotalsOff: string[];
  sorted: { field: string; by: string }[];
  layoutType: string;
}

/**
 * How formulas that call GradeKit functions evaluate:
 * "english" — Excel in English: ids resolve in either property;
 * "translated" — Excel in Chinese with office-js issue 891: the id written through
 *   Range.formulas is #NAME?, the zh-CN name through formulasLocal resolves;
 * "unregistered" — the functions are not registered at all: always #NAME?.
 */
export type NameMode = "english" | "translated" | "unregistered";

export class SheetModel {
  readonly rows = new Map<number, Map<number, Cell>>();
  readonly merges: Area[] = [];
  readonly spills = new Map<string, number>();
  readonly rules: RuleModel[] = [];
  /** Reading rules back throws when two cell-value rules share a range (issue 6827). */
  ruleReadBug = false;

  constructor(
    readonly book: BookModel,
    public name: string
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows.get(row)?.get(col);
  }

  set(row: number, col: number, cell: Cell | undefined): void {
    let line = this.rows.get(row);
    if (!cell) {
      line?.delete(col);
      this.spills.delete(`${row},${col}`);
      return;
    }
    if (!line) this.rows.set(row, (line = new Map()));
    line.set(col, cell);
  }

  /** The anchor whose spill covers (row, col), if any. */
  spillAnchor(row: number, col: number): [number, number] | null {
    for (const [key, rows] of this.spills) {
      const [r, c] = key.split(",").map(Number);
      if (c === col && row > r && row < r + rows && this.cell(r, c)?.formula) return [r, c];
    }
    return null;
  }

  isEmpty(row: number, col: number): boolean {
    const c = this.cell(row, col);
    const filled = c && (c.formula !== undefined || (c.value !== undefined && c.value !== ""));
    return !filled && this.spillAnchor(row, col) === null;
  }

  /** What Range.values shows for a cell, and its Range.valueTypes entry. */
  evaluate(row: number, col: number): [unknown, string] {
    const c = this.cell(row, col);
    if (c?.formula !== undefined) {
      if (this.book.nameFails(c)) return ["#NAME?", "Error"];
      return ["(grade)", "String"];
    }
    if (this.spillAnchor(row, col)) return ["(grade)", "String"];
    const v = c?.value;
    if (v === undefined || v === "") return ["", "Empty"];
    if (typeof v === "number") return [v, Number.isInteger(v) ? "Integer" : "Double"];
    if (typeof v === "boolean") return [v, "Boolean"];
    return [v, "String"];
  }

  /** Fills a block of cells from row-major values (headers first). */
  fill(top: number, left: number, values: readonly (readonly unknown[])[]): void {
    values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") this.set(top + r, left + c, { value: v });
      })
    );
  }

  /** Excel's CurrentRegion: grows while any neighbouring row or column has content. */
  surrounding(start: Area): Area {
    let { top, left } = start;
    let bottom = top;
    let right = left;
    const any = (r0: number, r1: number, c0: number, c1: number) => {
      for (let r = Math.max(0, r0); r <= r1; r++) {
        for (let c = Math.max(0, c0); c <= c1; c++) if (!this.isEmpty(r, c)) return true;
      }
      return false;
    };
    // Rows first, one at a time; a column check scans the whole height, so it runs only
    // once per round and the region grows in a few rounds even at 100,000 rows.
    for (let grew = true; grew;) {
      grew = false;
      while (top > 0 && any(top - 1, top - 1, left - 1, right + 1)) top--;
      while (any(bottom + 1, bottom + 1, left - 1, right + 1)) bottom++;
      if (left > 0 && any(top - 1, bottom + 1, left - 1, left - 1)) {
        left--;
        grew = true;
      }
      if (any(top - 1, bottom + 1, right + 1, right + 1)) {
        right++;
        grew = true;
      }
    }
    return { sheet: this.name, top, left, bottom, right };
  }

  /** The smallest area holding every non-empty cell of `area`, or null. */
  used(area: Area): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        if (this.isEmpty(r, c)) continue;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    return bottom < 0 ? null : { sheet: this.name, top, left, bottom, right };
  }

  tables(): TableModel[] {
    return this.book.tables.filter((t) => t.sheet === this);
  }
}

export class BookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly pivots: PivotModel[] = [];
  names: NameMode = "english";
  /** The regional list separator formulasLocal expects (";" in much of Europe). */
  listSeparator: "," | ";" = ",";
  selection: { sheet: SheetModel; row: number; col: number } | null = null;
  calculations: string[] = [];
  calculationMode = "Automatic";

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(this, name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  nameFails(cell: Cell): boolean {
    const formula = cell.formula ?? "";
    if (!/GRADE(DEV)?\./i.test(formula)) return false;
    if (this.names === "unregistered") return true;
    if (this.names === "translated")
      return cell.via !== "formulasLocal" || /\.[A-Z]+\(/.test(formula);
    return /\.[^A-Za-z(]+\(/.test(formula);
  }
}
