/**
 * Writes the grade column: one formula, never the data. Beside a plain range the formula is
 * written once in the first data row and spills over the rows; in an Excel Table it becomes
 * a calculated column over [@[column]] references (a spill cannot live inside a Table).
 * Cells that hold anything are overwritten only after the user agrees; merged input cells
 * stop the write and are reported by address.
 */
import { GradingFunction, Lang } from "../../grading";
import { ColumnMapping } from "../../grading/columns";
import { a1, touchesColumns } from "./addresses";
import { Flavour, gradeArgs, gradeFormula, structuredRef, wholeColumnRef } from "./formula";
import { PaneProblem } from "./problem";
import { dataAddress, Inspection, targetRange } from "./region";
import { fillColumn, Place, setFormula, writeChecked } from "./write-formula";

export interface GradeRequest {
  readonly inspection: Inspection;
  /** The mapping as the user left it. */
  readonly mapping: ColumnMapping;
  readonly fn: GradingFunction;
  /** GRADE, or GRADEDEV in a development build. */
  readonly ns: string;
  readonly lang: Lang;
  /** The user agreed to overwrite a non-empty target. */
  readonly confirmed: boolean;
}

export type GradeResult =
  | { readonly kind: "needsConfirm"; readonly address: string; readonly replacing: boolean }
  | {
      readonly kind: "written";
      readonly address: string;
      readonly formula: string;
      readonly flavour: Flavour;
      readonly retried: boolean;
    };

/** Stops before writing when inputs are missing or merged. */
function checkInputs(request: GradeRequest): void {
  const { mapping, inspection } = request;
  // An input several columns could feed is as good as missing until the user picks one.
  const undecided = mapping.ambiguous
    .map((a) => a.param)
    .filter((p) => !mapping.missing.includes(p));
  const unmapped = [...mapping.missing, ...undecided];
  if (unmapped.length > 0) {
    throw new PaneProblem("missingInputs", unmapped.map((p) => p.name).join(", "));
  }
  if (inspection.mergedUnknown) throw new PaneProblem("tooManyMerged");
  const left = inspection.region.left;
  const used = mapping.columns.flatMap((c) => (c.column === null ? [] : [left + c.column]));
  const blocking = inspection.merged.filter((area) => touchesColumns(area, used));
  if (blocking.length > 0) {
    const addresses = blocking.map((a) => a1(a.top, a.left, a.bottom, a.right));
    throw new PaneProblem("mergedInputs", addresses.join(", "));
  }
}

/** The formula in one form, over whole columns (spill) or this-row Table references. */
function formulaFor(request: GradeRequest, flavour: Flavour): string {
  const { region } = request.inspection;
  const last = region.firstRow + region.rowCount - 1;
  const table = region.table;
  const ref = table
    ? (c: number, whole: boolean) =>
        whole
          ? wholeColumnRef(table, region.columns[c].header)
          : structuredRef(region.columns[c].header)
    : (c: number) => a1(region.firstRow, region.left + c, last, region.left + c);
  const args = gradeArgs(request.fn, request.mapping.columns, ref);
  return gradeFormula(request.ns, request.fn, flavour, args);
}

/** Where each attempt writes: the spill anchor, or the Table column (added on first use). */
function placeFor(ws: Excel.Worksheet, request: GradeRequest, clearFirst: boolean): Place {
  const { region, target } = request.inspection;
  let cleared = !clearFirst;
  const clearOnce = () => {
    if (!cleared) targetRange(ws, region, target.column).clear("Contents");
    cleared = true;
  };

  if (!region.table) {
    return (formula, flavour) => {
      clearOnce();
      const column = region.left + target.column;
      ws.getRangeByIndexes(region.headerRow, column, 1, 1).values = [[target.header]];
      const anchor = ws.getRangeByIndexes(region.firstRow, column, 1, 1);
      setFormula(anchor, formula, flavour);
      return anchor;
    };
  }
  const table = ws.tables.getItem(region.table);
  let added = target.replacing;
  return (formula, flavour) => {
    clearOnce();
    const column = added
      ? table.columns.getItem(target.header)
      : table.columns.add(undefined, undefined, target.header);
    added = true;
    return fillColumn(column.getDataBodyRange(), region.rowCount, formula, flavour);
  };
}

/** Writes (or, after the user agrees, replaces) the grade column. Two or three syncs. */
export async function writeGradeColumn(
  context: Excel.RequestContext,
  request: GradeRequest
): Promise<GradeResult> {
  checkInputs(request);
  const { region, target } = request.inspection;
  const ws = context.workbook.worksheets.getItem(region.sheet);

  const cells = targetRange(ws, region, target.column);
  const used = cells.getUsedRangeOrNullObject(true).load("address");
  const merged = cells.getMergedAreasOrNullObject().load("address");
  await context.sync();
  if (!merged.isNullObject) throw new PaneProblem("targetBlocked", merged.address);
  if (!used.isNullObject && !request.confirmed) {
    return { kind: "needsConfirm", address: used.address, replacing: target.replacing };
  }

  // A Table's own grade column is rewritten in place; anything else is cleared first.
  const clearFirst = !used.isNullObject && !(region.table && target.replacing);
  const forms = {
    invariant: formulaFor(request, "invariant"),
    local: formulaFor(request, "local"),
  };
  const written = await writeChecked(
    context,
    placeFor(ws, request, clearFirst),
    forms,
    request.lang
  );
  return { kind: "written", address: dataAddress(region, target.column), ...written };
}
