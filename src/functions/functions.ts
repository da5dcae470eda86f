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

function byId(id: string): GradingFunction {
  return findFunction(id) as GradingFunction;
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
 * Fire grade by the fire statistics rules. Edition 2025 (default): 特别重大/重大/较大/一般/轻微火灾, loss bands 3000万/1亿/3亿, casualty bands as 2007; 轻微火灾 = no deaths, no serious injuries and loss below 1000 yuan; households are not graded (thresholds unconfirmed) and EXPLAIN says so. 2007: the Decree 493 bands. 1996: 特大/重大/一般火灾, households graded, deaths + serious counted together, every threshold included.
 * @customfunction FIRELEVEL
 * @param deaths Number of deaths.
 * @param seriousInjuries Number of seriously injured.
 * @param directLoss Direct property loss in yuan; text such as 8000万 or 0.8亿元 is read too.
 * @param [households] Households affected (optional; graded by the 1996 edition only).
 * @param [edition] 2025 (default), 2007 or 1996.
 * @returns The fire grade of the edition, one per row.
 */
export function fireLevel(
  deaths: any[][],
  seriousInjuries: any[][],
  directLoss: any[][],
  households?: any[][],
  edition?: any
): any[][] {
  return gradeForExcel(byId("FIRELEVEL"), [
    deaths,
    seriousInjuries,
    directLoss,
    households,
    edition,
  ]);
}

/**
 * Road accident grade by the 1991 notice (公通字〔1991〕113号, default) or accident kind by the current rules (2004). 1991: loss from the 轻微 ceiling (1000 yuan, 200 for a non-motor accident) up to 3万 is 一般; a mixed accident counts as a motor-vehicle accident; minor injuries have no upper bound (50 minor injuries is 一般); no casualty and no loss is #N/A. 2004: 死亡事故 / 伤人事故 / 财产损失事故.
 * @customfunction ROADACCIDENTLEVEL
 * @param deaths Number of deaths.
 * @param seriousInjuries Number of seriously injured.
 * @param minorInjuries Number of minor injuries.
 * @param propertyLoss Direct property loss in yuan; text such as 2万 is read too.
 * @param [nonMotor] TRUE when no motor vehicle was involved (optional; default a motor-vehicle accident).
 * @param [edition] 1991 (default) or 2004.
 * @returns 特大事故, 重大事故, 一般事故 or 轻微事故 (1991); 死亡事故, 伤人事故 or 财产损失事故 (2004).
 */
export function roadAccidentLevel(
  deaths: any[][],
  seriousInjuries: any[][],
  minorInjuries: any[][],
  propertyLoss: any[][],
  nonMotor?: any[][],
  edition?: any
): any[][] {
  return gradeForExcel(byId("ROADACCIDENTLEVEL"), [
    deaths,
    seriousInjuries,
    minorInjuries,
    propertyLoss,
    nonMotor,
    edition,
  ]);
}

/**
 * Ship traffic accident grade by the 1990 statistics rules. Ship class from gross tonnage (≥3000 I, ≥500 II, else III) or, for tugs and pushers, main-engine power (≥3000 kW I, ≥1500 II, else III); when both are given and disagree the higher class wins; neither given is #VALUE!.
 * @customfunction SHIPACCIDENTLEVEL
 * @param grossTonnage Gross tonnage (may be blank when main-engine power is given).
 * @param deaths Number of deaths.
 * @param seriousInjuries Number of seriously injured.
 * @param directLoss Direct economic loss in yuan; text such as 300万 is read too.
 * @param [mainEngineKw] Rated main-engine power in kW (optional; classes tugs and pushers).
 * @returns 重大事故, 大事故, 一般事故 or 小事故, one per row.
 */
export function shipAccidentLevel(
  grossTonnage: any[][],
  deaths: any[][],
  seriousInjuries: any[][],
  directLoss: any[][],
  mainEngineKw?: any[][]
): any[][] {
  return gradeForExcel(byId("SHIPACCIDENTLEVEL"), [
    grossTonnage,
    deaths,
    seriousInjuries,
    directLoss,
    mainEngineKw,
  ]);
}

/**
 * Water traffic accident level by the statistics measures (amended 2021), art. 6. 一般事故 needs a death, a serious injury or a loss of 100万 or more (the 2014 floor, kept); anything less is 小事故.
 * @customfunction WATERACCIDENTLEVEL
 * @param deaths Number of deaths (missing persons included).
 * @param seriousInjuries Number of seriously injured.
 * @param directLoss Direct economic loss in yuan; text such as 5000万 is read too.
 * @returns 特别重大事故, 重大事故, 较大事故, 一般事故 or 小事故, one per row.
 */
export function waterAccidentLevel(
  deaths: any[][],
  seriousInjuries: any[][],
  directLoss: any[][]
): any[][] {
  return gradeForExcel(byId("WATERACCIDENTLEVEL"), [deaths, seriousInjuries, directLoss]);
}

/**
 * Casualty accident class by injury severity. GB/T 15236-94 (default): deaths ≥10 特大死亡事故, 3–9 重大死亡事故, 1–2 死亡事故, then 重伤事故, 轻伤事故. GB 6441-86: deaths ≥3 特大伤亡事故, 1–2 重大伤亡事故, then 重伤事故, 轻伤事故. No death and no injury is #N/A.
 * @customfunction INJURYLEVEL
 * @param deaths Number of deaths.
 * @param seriousInjuries Number of seriously injured.
 * @param minorInjuries Number of minor injuries.
 * @param [edition] GB/T 15236-94 (default, or 1994) or GB 6441-86 (or 1986).
 * @returns The casualty class of the edition, one per row.
 */
export function injuryLevel(
  deaths: any[][],
  seriousInjuries: any[][],
  minorInjuries: any[][],
  edition?: any
): any[][] {
  return gradeForExcel(byId("INJURYLEVEL"), [deaths, seriousInjuries, minorInjuries, edition]);
}

/**
 * Accident class by the economic loss of one accident (GB/T 15236-94): below 1万 一般, from 1万 较大, from 10万 重大, from 100万 特大 (each lower bound included).
 * @customfunction LOSSLEVEL
 * @param directLoss Direct economic loss in yuan; text such as 10万 is read too.
 * @returns 特大损失事故, 重大损失事故, 较大损失事故 or 一般损失事故, one per row.
 */
export function lossLevel(directLoss: any[][]): any[][] {
  return gradeForExcel(byId("LOSSLEVEL"), [directLoss]);
}

/**
 * Injury severity from lost workdays (GB 6441-86): 105 or more 重伤, 1 to below 105 轻伤, below 1 #N/A.
 * @customfunction INJURYTYPE
 * @param lostWorkdays Workdays lost by the injured person (may be fractional).
 * @returns 重伤 or 轻伤, one per row.
 */
export function injuryType(lostWorkdays: any[][]): any[][] {
  return gradeForExcel(byId("INJURYTYPE"), [lostWorkdays]);
}

/**
 * Internal management accident level. "N人以下" includes N. 一级: any death or serious injury, treatment over 50 working days, leave over 6 months, 15+ strikers or more than 5 minor injuries; 二级: 3–5 minor injuries, treatment over 20 days, leave over 2 months or 5–14 strikers; otherwise 三级.
 * @customfunction MGMTACCIDENTLEVEL
 * @param deaths Number of deaths.
 * @param seriousInjuries Number of seriously injured.
 * @param minorInjuries Number of minor injuries.
 * @param treatmentDays Working days of medical treatment.
 * @param leaveMonths Months of injury leave of all the injured together.
 * @param strikers People on strike because of the incident.
 * @returns 一级事故, 二级事故 or 三级事故, one per row.
 */
export function mgmtAccidentLevel(
  deaths: any[][],
  seriousInjuries: any[][],
  minorInjuries: any[][],
  treatmentDays: any[][],
  leaveMonths: any[][],
  strikers: any[][]
): any[][] {
  return gradeForExcel(byId("MGMTACCIDENTLEVEL"), [
    deaths,
    seriousInjuries,
    minorInjuries,
    treatmentDays,
    leaveMonths,
    strikers,
  ]);
}

/**
 * Penalty points for a management accident: 一级 15/10/8/5, 二级 10/8/5/3, 三级 5/3/2/0 for 责任人/负责人/直接上级/上上级. Level as 一级, 一级事故 or 1; role also as 部门责任人, 部门负责人, 上级, 间接上级 or responsible/head/supervisor/skip-level.
 * @customfunction PENALTYPOINTS
 * @param level Accident level: 一级, 二级 or 三级 (or 1, 2, 3, 一级事故…).
 * @param role 责任人, 负责人, 直接上级 or 上上级.
 * @returns The points deducted, one per row.
 */
export function penaltyPoints(level: any[][], role: any[][]): any[][] {
  return gradeForExcel(byId("PENALTYPOINTS"), [level, role]);
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
