/**
 * The custom functions by id, for hosts other than Excel (the CLI's formula engine). The
 * build test checks that these ids equal the ids in the generated functions.json.
 */
import * as functions from "./functions";

export type CustomFunction = (...args: any[]) => any[][];

export const customFunctionsById: Readonly<Record<string, CustomFunction>> = {
  CUSTOMERTIER: functions.customerTier,
  CUSTOMERURGENCY: functions.customerUrgency,
  INCIDENTLEVEL: functions.incidentLevel,
  FIRELEVEL: functions.fireLevel,
  ROADACCIDENTLEVEL: functions.roadAccidentLevel,
  SHIPACCIDENTLEVEL: functions.shipAccidentLevel,
  WATERACCIDENTLEVEL: functions.waterAccidentLevel,
  INJURYLEVEL: functions.injuryLevel,
  LOSSLEVEL: functions.lossLevel,
  INJURYTYPE: functions.injuryType,
  MGMTACCIDENTLEVEL: functions.mgmtAccidentLevel,
  PENALTYPOINTS: functions.penaltyPoints,
  EXPLAIN: functions.explain,
  COMPLAINTLEVEL: functions.complaintLevel,
  COMPLAINTCATEGORY: functions.complaintCategory,
  DEFECTGRADE: functions.defectGrade,
  GASHAZARD: functions.gasHazard,
  WAITERGRADE: functions.waiterGrade,
  HIGHWAYCLASS: functions.highwayClass,
  BOLTSTRENGTH: functions.boltStrength,
  RETAILSCALE: functions.retailScale,
  RETAILCODE: functions.retailCode,
  LOYALTY: functions.loyalty,
  STANDARDS: functions.standards,
};

/** Ids whose last parameter repeats (EXPLAIN's args…). */
export const repeatingIds: ReadonlySet<string> = new Set(["EXPLAIN"]);
