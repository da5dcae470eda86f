/** Workbooks the task-pane tests share. */
import { findFunction, GradingFunction } from "../../src/grading";
import { inspectSelection, Inspection } from "../../src/taskpane/excel/region";
import { BookModel, SheetModel } from "./fakes/grid";
import { bookWith, fakeExcel, FakeExcel, makeTable } from "./fakes/workbook";

export const INCIDENT = findFunction("INCIDENTLEVEL") as GradingFunction;
export const TIER = findFunction("CUSTOMERTIER") as GradingFunction;

export const INCIDENT_HEADERS = ["编号", "死亡人数", "重伤人数", "直接经济损失（万元）"];

/** An accident log: number, deaths, serious injuries, loss in 万元 — `rows` data rows. */
export function incidents(rows: number): unknown[][] {
  const out: unknown[][] = [INCIDENT_HEADERS];
  for (let i = 1; i <= rows; i++) out.push([i, i % 31, i % 7, (i * 37) % 12000]);
  return out;
}

export interface Setup extends FakeExcel {
  readonly sheet: SheetModel;
}

/** A plain range of incidents at A1 with the selection in its first data cell. */
export function plainIncidents(rows = 10): Setup {
  const { book, sheet } = bookWith(incidents(rows));
  return { ...fakeExcel(book), sheet };
}

/** The same data as an Excel Table named 事故表. */
export function tableIncidents(rows = 10): Setup {
  const setup = plainIncidents(rows);
  makeTable(setup.sheet, "事故表", 0, 0, rows, INCIDENT_HEADERS.length);
  return setup;
}

export async function inspect(
  setup: FakeExcel,
  fn: GradingFunction = INCIDENT,
  lang: "zh" | "en" = "zh"
): Promise<Inspection> {
  return inspectSelection(setup.context, fn, lang);
}

/** Every formula on a sheet, as "A1-style address → formula". */
export function formulasOn(sheet: SheetModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const [r, line] of sheet.rows) {
    for (const [c, cell] of line) {
      if (cell.formula) out.set(`${String.fromCharCode(65 + c)}${r + 1}`, cell.formula);
    }
  }
  return out;
}

export function valueAt(sheet: SheetModel, address: string): unknown {
  const col = address.charCodeAt(0) - 65;
  const row = Number(address.slice(1)) - 1;
  return sheet.cell(row, col)?.value;
}

export type { BookModel };
