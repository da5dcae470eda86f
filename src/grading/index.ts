/** The grading engine: pure rules with no Office imports. Adapters import from here. */
export * from "./types";
export { catalogue, findFunction } from "./catalogue";
export {
  errorCodeOf,
  gradeLifted,
  gradeRow,
  rowGrader,
  liftOver,
  liftedShape,
  isMatrix,
  isInputError,
} from "./evaluate";
export type { Arg, Matrix } from "./evaluate";
export { explainRow, sentence } from "./explain";
export { todaySerial } from "./read/dates";
export { pick } from "./text";
