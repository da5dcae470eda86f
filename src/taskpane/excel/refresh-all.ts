/**
 * One button: recalculate the grades, then refresh every GradeKit summary.
 *
 * Grades are custom functions, which are not volatile; a grade that counts from today (no
 * asOf) only changes on a full calculation, so the workbook is recalculated with
 * CalculationType "Full" rather than "Recalculate" (dirty cells only).
 *
 * PivotTables built on the Data Model (Power Pivot) or an OLAP source are not supported by
 * the API: it fails on them, or does not list them at all, and loading their hierarchies has
 * crashed Excel (office-js issue 248). So pivots that are not GradeKit's are never touched
 * beyond asking their data source type (ExcelApi 1.15, when available); those whose source
 * add-ins cannot read are named, with the way to refresh them in Excel.
 */
import { SUMMARY_PREFIX } from "./summary-pivot";

export interface RefreshResult {
  /** Excel is set to manual calculation: grades change only when the user recalculates. */
  readonly manualCalculation: boolean;
  readonly refreshed: readonly string[];
  /** GradeKit summaries whose refresh Excel refused (source Table deleted, overlap…). */
  readonly failed: readonly string[];
  /** Other pivots whose source an add-in cannot read (Data Model, OLAP, external). */
  readonly unreadable: readonly string[];
  /** Other pivots, left alone. */
  readonly others: number;
}

export type SetSupported = (set: string, version: string) => boolean;

/** Runs each step in its own sync, collecting the names whose step failed. */
async function oneByOne(
  context: Excel.RequestContext,
  pivots: readonly Excel.PivotTable[],
  step: (p: Excel.PivotTable) => OfficeExtension.ClientResult<unknown> | void
): Promise<{ failed: string[]; results: Map<string, unknown> }> {
  const failed: string[] = [];
  const results = new Map<string, unknown>();
  for (const pivot of pivots) {
    try {
      const result = step(pivot);
      await context.sync();
      if (result) results.set(pivot.name, result.value);
    } catch {
      failed.push(pivot.name);
    }
  }
  return { failed, results };
}

export async function refreshAll(
  context: Excel.RequestContext,
  isSetSupported: SetSupported
): Promise<RefreshResult> {
  const application = context.workbook.application;
  application.load("calculationMode");
  application.calculate("Full");
  const pivots = context.workbook.pivotTables.load("items/name");
  await context.sync();

  const own = pivots.items.filter((p) => p.name.startsWith(SUMMARY_PREFIX));
  const others = pivots.items.filter((p) => !p.name.startsWith(SUMMARY_PREFIX));
  const canAskSource = isSetSupported("ExcelApi", "1.15");

  let failed: string[] = [];
  let sources = new Map<string, unknown>();
  let unreadable: string[] = [];
  try {
    own.forEach((p) => p.refresh());
    const types = canAskSource ? others.map((p) => [p.name, p.getDataSourceType()] as const) : [];
    await context.sync();
    sources = new Map(types.map(([name, type]) => [name, type.value]));
  } catch {
    // One pivot spoiled the batch: retry each alone to name the ones that fail.
    failed = (await oneByOne(context, own, (p) => p.refresh())).failed;
    if (canAskSource) {
      const asked = await oneByOne(context, others, (p) => p.getDataSourceType());
      sources = asked.results;
      unreadable = asked.failed;
    }
  }
  for (const [name, type] of sources) if (type === "Unknown") unreadable.push(name);

  return {
    manualCalculation: application.calculationMode === "Manual",
    refreshed: own.map((p) => p.name).filter((n) => !failed.includes(n)),
    failed,
    unreadable,
    others: others.length,
  };
}
