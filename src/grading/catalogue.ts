/**
 * Every grading function GradeKit ships, in catalogue order. The custom functions, the task
 * pane, the CLI and STANDARDS all read this list.
 */
import { customerTier } from "./standards/customer-tier";
import { customerUrgency } from "./standards/customer-urgency";
import { incidentLevel } from "./standards/incident-level";
import { foldWidth } from "./read/number-text";
import { GradingFunction } from "./types";

export const catalogue: readonly GradingFunction[] = [customerTier, customerUrgency, incidentLevel];

/** Finds a function by id or zh-CN name, ignoring case, width and a GRADE. prefix. */
export function findFunction(idOrName: string): GradingFunction | undefined {
  const wanted = foldWidth(idOrName)
    .trim()
    .toUpperCase()
    .replace(/^GRADE(DEV)?\./, "");
  return catalogue.find((f) => f.id === wanted || f.name.zh === wanted);
}
