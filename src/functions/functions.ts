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
import { displayLang } from "./excel-values";
import { standardsTable } from "../grading/standards-table";

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

/**
 * Complaint severity (客诉程度判定): 严重 when it affects follow-up orders or the same problem occurs 3 or more times this month; else 批量 at a defect rate of 30% or more or a whole batch unusable; else 一般. Both 严重 and 批量 triggers: 严重.
 * @customfunction COMPLAINTLEVEL
 * @param defectRate Share of defective parts: 0.3, 30% or "30%"; a bare number above 1 is a percentage.
 * @param batchUnusable A whole delivered batch cannot be used on the line (yes/no).
 * @param affectsOrders Affects follow-up orders, or the function falls short of the customer's needs (yes/no).
 * @param repeatsThisMonth How many times the same problem occurred this month (3 includes 3).
 * @returns 严重程度客诉, 批量程度客诉 or 一般程度客诉, one per row.
 */
export function complaintLevel(
  defectRate: any[][],
  batchUnusable: any[][],
  affectsOrders: any[][],
  repeatsThisMonth: any[][]
): any[][] {
  return gradeForExcel(byId("COMPLAINTLEVEL"), [
    defectRate,
    batchUnusable,
    affectsOrders,
    repeatsThisMonth,
  ]);
}

/**
 * Files a complaint description under the source's 严重 / 批量 / 一般 lists. Longer phrases win over phrases inside them; a negation (无, 没有, 未, 未发现, 不存在) earlier in the same clause cancels a phrase unless the negated phrase is itself listed (无牙纹); the most severe item named wins; none → #N/A.
 * @customfunction COMPLAINTCATEGORY
 * @param description What the customer complained about, e.g. 芯轴断裂, 色差, 纸箱破损.
 * @returns 严重程度客诉, 批量程度客诉 or 一般程度客诉, one per row.
 */
export function complaintCategory(description: any[][]): any[][] {
  return gradeForExcel(byId("COMPLAINTCATEGORY"), [description]);
}

/**
 * Strip-steel surface defect grade. 辊印 by area: under 1 cm² 轻微, 1 to 2 cm² (both ends included) 一般, above 2 严重. 痘痕 by count: under 3 轻微, 3–4 一般, 5 or more 严重. Felt by hand → 严重 for both. 凹坑/划伤/挫伤 by depth ÷ tolerance: under 1/4 轻微, under 1/2 一般, else 严重.
 * @customfunction DEFECTGRADE
 * @param defectType 辊印, 痘痕, 凹坑, 划伤 or 挫伤.
 * @param measure Area in cm² for 辊印, count in one roll period for 痘痕, depth for 凹坑/划伤/挫伤.
 * @param [tolerance] Thickness tolerance, same unit as the depth (needed for depth defects; ±0.05 is read; checked when given).
 * @param [palpable] Whether the defect can be felt by hand (makes 辊印 and 痘痕 严重).
 * @returns 严重, 一般 or 轻微, one per row.
 */
export function defectGrade(
  defectType: any[][],
  measure: any[][],
  tolerance?: any[][],
  palpable?: any[][]
): any[][] {
  return gradeForExcel(byId("DEFECTGRADE"), [defectType, measure, tolerance, palpable]);
}

/**
 * Gas-safety hazard level from a description, by the utility's 一级/二级/三级隐患 lists. Matched like COMPLAINTCATEGORY: longer phrases first, negations cancel (没有发现漏气 is no hazard), the most severe wins (燃气表严重锈蚀 is 一级); none → #N/A.
 * @customfunction GASHAZARD
 * @param description The hazard found at inspection, e.g. 胶管老化, 阀门内漏, 管道一般锈蚀.
 * @returns 一级隐患, 二级隐患 or 三级隐患, one per row.
 */
export function gasHazard(description: any[][]): any[][] {
  return gradeForExcel(byId("GASHAZARD"), [description]);
}

/**
 * Restaurant waiter grade. 高级: over 12 months, net praise over 10, 高级 test. 中级: over 6 months, net praise over 6, 中级 test or higher. 初级: 3 months or more, net praise over 3, 初级 test or higher. Complaints beyond the grade's allowance (1, or 3 for 高级) are offset one for one by praise letters, worked out per grade; letters used no longer count as praise.
 * @customfunction WAITERGRADE
 * @param tenureMonths Months since joining (may be fractional).
 * @param praiseLetters Written praise letters received in total.
 * @param complaints Number of guest complaints.
 * @param testLevel Highest skill test passed: 初级, 中级 or 高级; blank or 无 for none.
 * @returns 高级服务员, 中级服务员, 初级服务员 or 未定级, one per row.
 */
export function waiterGrade(
  tenureMonths: any[][],
  praiseLetters: any[][],
  complaints: any[][],
  testLevel: any[][]
): any[][] {
  return gradeForExcel(byId("WAITERGRADE"), [tenureMonths, praiseLetters, complaints, testLevel]);
}

/**
 * Highway technical grade. 4+ lanes: access-controlled → 高速公路, else 一级公路. 1 lane → 四级公路. 2–3 lanes by traffic: JTG B01-2014 ≥5000 二级, ≥2000 三级, else 四级; JTJ 001-97 ≥3000 二级, ≥1000 三级, else 四级. Where ranges overlap the higher class wins; EXPLAIN names overlaps and traffic outside the design range.
 * @customfunction HIGHWAYCLASS
 * @param aadt Design-year average daily traffic, in the edition's own vehicle units (0 → #N/A).
 * @param lanes Number of lanes (a whole number, 1 or more).
 * @param [accessControlled] Full access control (tells an expressway from a class 1 road).
 * @param [edition] JTG B01-2014 (default) or JTJ 001-97; 2014 and 97 work too.
 * @returns 高速公路, 一级公路, 二级公路, 三级公路 or 四级公路, one per row.
 */
export function highwayClass(
  aadt: any[][],
  lanes: any[][],
  accessControlled?: any[][],
  edition?: any
): any[][] {
  return gradeForExcel(byId("HIGHWAYCLASS"), [aadt, lanes, accessControlled, edition]);
}

/**
 * Strength of a bolt property class (ISO 898-1; ISO 3506-1 for stainless A1–A5). Nominal tensile 100·X, nominal yield 10·X·Y, ratio Y/10, the 2013 table's minimums (8.8 by diameter, d ≤ 16 when none is given; 3.6 from the 1999 edition), or TRUE from 8.8 up. 9.8 above 16 mm → #N/A.
 * @customfunction BOLTSTRENGTH
 * @param propertyClass Property class such as 8.8, 10.9, 10.9S or A2-70 (text or number).
 * @param [property] 抗拉强度/tensile (default), 屈服强度/yield, 屈强比/ratio, 最小抗拉强度/mintensile, 最小屈服强度/minyield or 高强度/highstrength.
 * @param [diameterMm] Nominal thread diameter in mm (M16 is read).
 * @returns MPa, a ratio, or TRUE/FALSE, one per row.
 */
export function boltStrength(
  propertyClass: any[][],
  property?: any,
  diameterMm?: any[][]
): any[][] {
  return gradeForExcel(byId("BOLTSTRENGTH"), [propertyClass, property, diameterMm]);
}

/**
 * Tobacco retail store scale by volume rank, largest first, ties sharing the better rank. With n stores and k = ROUND(n×20%): rank ≤ k → 1, rank > n−k → 3, else 2. With formats and format, only stores of the same format are ranked together.
 * @customfunction RETAILSCALE
 * @param volume Cigarettes this store bought from the tobacco company.
 * @param volumes The volumes of every store to rank against (passed whole; blanks ignored).
 * @param [formats] The format of each store in volumes (食杂店 or Z…; one of the seven formats).
 * @param [format] This store's format (食杂店 or Z…; one of the seven formats).
 * @returns 1, 2 or 3, one per row.
 */
export function retailScale(
  volume: any[][],
  volumes: any[][],
  formats?: any[][],
  format?: any[][]
): any[][] {
  return gradeForExcel(byId("RETAILSCALE"), [volume, volumes, formats, format]);
}

/**
 * Tobacco retail customer code: format letter + scale + market + law digit, L for chain supermarkets. Market 城市/市区/县城/城区 = 1, 农村/乡村/乡镇 = 2, anything else (城镇) is refused. A new store (X) is always law 1.
 * @customfunction RETAILCODE
 * @param format Format name or letter: Z, B, C (超市), S (商场), Y, F or Q.
 * @param scale Scale 1, 2 or 3; X or 新 for a new store.
 * @param market 城市 (1) or 农村 (2).
 * @param lawful 守法 (1) or 违法 (2).
 * @param [chain] Chain store (supermarkets only).
 * @returns A code such as Z121, C111L or ZX21, one per row.
 */
export function retailCode(
  format: any[][],
  scale: any[][],
  market: any[][],
  lawful: any[][],
  chain?: any[][]
): any[][] {
  return gradeForExcel(byId("RETAILCODE"), [format, scale, market, lawful, chain]);
}

/**
 * Customer loyalty from a 1–5 satisfaction score: 5 → 忠诚客户, 3 to below 5 → 易流失客户, below 3 → 不满意客户. Fractional scores (averages) use the same bands, so 4.99 is 易流失客户.
 * @customfunction LOYALTY
 * @param score Satisfaction score from 1 to 5.
 * @returns 忠诚客户, 易流失客户 or 不满意客户, one per row.
 */
export function loyalty(score: any[][]): any[][] {
  return gradeForExcel(byId("LOYALTY"), [score]);
}

/**
 * The catalogue: a header row, then one row per edition of every function with its id, name, edition, source and clause, and labels in order.
 * @customfunction STANDARDS
 * @returns A spilled table of the standards GradeKit grades by.
 */
export function standards(): any[][] {
  return standardsTable(displayLang());
}
