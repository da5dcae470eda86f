/**
 * The labels a function grades into, in the standard's own order, each with its colour —
 * read from the Edition declarations. A function with several editions shows the default
 * edition's labels first, then any label only another edition uses.
 */
import { GradeValue, GradingFunction, Swatch } from "../grading";

export interface ScaleStep {
  readonly label: GradeValue;
  readonly swatch: Swatch;
}

export function gradeScale(fn: GradingFunction): ScaleStep[] {
  const steps: ScaleStep[] = [];
  for (const edition of fn.editions) {
    edition.labels.forEach((label, i) => {
      const swatch = edition.colours[i];
      if (swatch && !steps.some((s) => s.label === label)) steps.push({ label, swatch });
    });
  }
  return steps;
}

/** Whether the function grades into labels at all (numeric outputs have no colours). */
export function hasScale(fn: GradingFunction): boolean {
  return gradeScale(fn).length > 0;
}
