/**
 * The custom-function namespace formulas must use: GRADE, or GRADEDEV in a development build,
 * which is sideloaded with manifest.dev.xml (webpack defines __GRADE_NAMESPACE__ per mode).
 */
declare const __GRADE_NAMESPACE__: string | undefined;

export const NAMESPACE: string =
  typeof __GRADE_NAMESPACE__ === "string" ? __GRADE_NAMESPACE__ : "GRADE";
