/**
 * The GRADE.* custom functions. Each is a thin, JSDoc-declared wrapper over a grading
 * function from src/grading; the metadata plugin turns these comments into functions.json
 * and appends the CustomFunctions.associate calls. Functions must stay named declarations
 * with an explicit id: the generator silently drops arrow functions.
 *
 * Grading parameters are declared as ranges (any[][]) so a whole column arrives in one
 * call and the result spills; Excel hands a single value over as a 1×1 range.
 */
import { findFunction, GradingFunction } from "../grading";
import { explainForExcel, gradeForExcel } from "./excel-values";

const byIdCache = new Map<string, GradingFunction>();

/** Excel may call a function once per cell of a filled-down column: look it up only once. */
function byId(id: string): GradingFunction {
  let fn = byIdCache.get(id);
  if (fn === undefined) {
    fn = findFunction(id) as GradingFunction;
    byIdCache.set(id, fn);
  }
  return fn;
}

/**
 * Customer tier A–E from the business need and the expected closing time.
 * @customfunction CUSTOMERTIER
 * @param need Business need: clear (明确), potential (潜在) or none (无).
 * @param expectedClose Expected closing date, or months from now (a number below 1000), or a span such as 45天.
 * @param [asOf] Date to count from (optional, default today; pass a fixed report-date cell).
 * @returns A, B, C, D or E, one per row.
 */
export function customerTier(need: any[][], expectedClose: any[][], asOf?: any[][]): any[][] {
  return gradeForExcel(byId("CUSTOMERTIER"), [need, expectedClose, asOf]);
}

/**
 * Customer handling urgency from the date or days by which to act.
 * @customfunction CUSTOMERURGENCY
 * @param nextAction Date by which to handle the customer, or days from now (a number below 1000), or a span.
 * @param [asOf] Date to count from (optional, default today; pass a fixed report-date cell).
 * @returns 紧急客户, 缓急客户, 不紧急客户 or 可慢反应客户, one per row.
 */
export function customerUrgency(nextAction: any[][], asOf?: any[][]): any[][] {
  return gradeForExcel(byId("CUSTOMERURGENCY"), [nextAction, asOf]);
}

/**
 * Production-safety accident level by State Council Decree 493, art. 3.
 * @customfunction INCIDENTLEVEL
 * @param deaths Number of deaths (missing persons included).
 * @param seriousInjuries Seriously injured (acute industrial poisoning included).
 * @param directLoss Direct economic loss in yuan; text such as 8000万 or 0.8亿元 is read too.
 * @returns 特别重大事故, 重大事故, 较大事故 or 一般事故, one per row.
 */
export function incidentLevel(
  deaths: any[][],
  seriousInjuries: any[][],
  directLoss: any[][]
): any[][] {
  return gradeForExcel(byId("INCIDENTLEVEL"), [deaths, seriousInjuries, directLoss]);
}

/**
 * One sentence per row: the grade, the deciding criterion, the threshold met, the standard and clause.
 * @customfunction EXPLAIN
 * @param functionId The function's id or zh-CN name, e.g. "INCIDENTLEVEL" or "事故等级".
 * @param args The same arguments the function takes, in the same order.
 * @returns The explanation, one per row.
 */
export function explain(functionId: any, ...args: any[][][]): any[][] {
  return explainForExcel(functionId, args);
}
