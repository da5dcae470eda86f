import { ErrorCode, Failure, Text } from "./types";

/**
 * Raised by input readers and rules when a row cannot be graded. The lifting layer turns it
 * into a per-cell Failure; anything else that escapes a rule is reported as an internal error.
 * It deliberately does not extend Error: it is an expected outcome, not a programmer mistake.
 */
export class GradeFailure {
  constructor(
    readonly code: ErrorCode,
    readonly message: Text
  ) {}

  toFailure(): Failure {
    return { kind: "failure", code: this.code, message: this.message };
  }
}

/** `#VALUE!`: an input could not be read. */
export function invalid(message: Text): GradeFailure {
  return new GradeFailure("#VALUE!", message);
}

/** `#N/A`: inputs are readable but the standard does not cover the case. */
export function notCovered(message: Text): GradeFailure {
  return new GradeFailure("#N/A", message);
}

export function failure(code: string, message: Text): Failure {
  return { kind: "failure", code, message };
}

export function internalError(detail: string): Failure {
  return failure("#VALUE!", {
    zh: `GradeKit 内部错误：${detail}`,
    en: `GradeKit internal error: ${detail}`,
  });
}
