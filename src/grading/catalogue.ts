/**
 * Every grading function GradeKit ships, in catalogue order. The custom functions, the task
 * pane, the CLI and STANDARDS all read this list.
 */
import { customerTier } from "./standards/customer-tier";
import { customerUrgency } from "./standards/customer-urgency";
import { incidentLevel } from "./standards/incident-level";
import { fireLevel } from "./standards/fire-level";
import { roadAccidentLevel } from "./standards/road-accident-level";
import { shipAccidentLevel } from "./standards/ship-accident-level";
import { waterAccidentLevel } from "./standards/water-accident-level";
import { injuryLevel } from "./standards/injury-level";
import { lossLevel } from "./standards/loss-level";
import { injuryType } from "./standards/injury-type";
import { mgmtAccidentLevel } from "./standards/mgmt-accident-level";
import { penaltyPoints } from "./standards/penalty-points";
import { complaintLevel } from "./standards/complaint-level";
import { complaintCategory } from "./standards/complaint-category";
import { defectGrade } from "./standards/defect-grade";
import { gasHazard } from "./standards/gas-hazard";
import { waiterGrade } from "./standards/waiter-grade";
import { highwayClass } from "./standards/highway-class";
import { boltStrength } from "./standards/bolt-strength";
import { retailScale } from "./standards/retail-scale";
import { retailCode } from "./standards/retail-code";
import { loyalty } from "./standards/loyalty";
import { foldWidth } from "./read/number-text";
import { GradingFunction } from "./types";

export const catalogue: readonly GradingFunction[] = [
  customerTier,
  customerUrgency,
  incidentLevel,
  fireLevel,
  roadAccidentLevel,
  shipAccidentLevel,
  waterAccidentLevel,
  injuryLevel,
  lossLevel,
  injuryType,
  mgmtAccidentLevel,
  penaltyPoints,
  complaintLevel,
  complaintCategory,
  defectGrade,
  gasHazard,
  waiterGrade,
  highwayClass,
  boltStrength,
  retailScale,
  retailCode,
  loyalty,
];

/** Finds a function by id or zh-CN name, ignoring case, width and a GRADE. prefix. */
export function findFunction(idOrName: string): GradingFunction | undefined {
  const wanted = foldWidth(idOrName)
    .trim()
    .toUpperCase()
    .replace(/^GRADE(DEV)?\./, "");
  return catalogue.find((f) => f.id === wanted || f.name.zh === wanted);
}
