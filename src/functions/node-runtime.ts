/**
 * What Excel's custom-functions runtime provides, for running the add-in's own function
 * code outside Excel (the gradekit CLI and the tests). Inside Excel the real runtime is used.
 */
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Mirrors CustomFunctions.Error: a code and an optional message. */
export class RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

/** Installs the shim on globalThis unless a real runtime is already there. */
export function installCustomFunctionsRuntime(): void {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (g.CustomFunctions) return;
  g.CustomFunctions = { Error: RuntimeError, ErrorCode, associate: () => undefined };
}

export function isRuntimeError(v: unknown): v is RuntimeError {
  return typeof v === "object" && v !== null && "code" in v && v instanceof RuntimeError;
}
