/**
 * Why an operation stopped, as a code the pane turns into a sentence in the user's language
 * (strings.ts). The Excel modules never build user-facing text themselves.
 */
export type ProblemCode =
  | "noData"
  | "noRows"
  | "mergedInputs"
  | "tooManyMerged"
  | "missingInputs"
  | "noGradeColumn"
  | "noLabels"
  | "targetBlocked"
  | "nameError";

export class PaneProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string = ""
  ) {
    super(detail ? `${code}: ${detail}` : code);
    // Keeps instanceof working when the bundle targets an older ECMAScript.
    Object.setPrototypeOf(this, PaneProblem.prototype);
  }
}
