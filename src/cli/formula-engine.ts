/**
 * Evaluating real Excel formulas outside Excel. HyperFormula (GPL-3.0) parses and computes
 * the formula (array constants, arithmetic, DATE, TODAY…); every GRADE.* call is handed to
 * the add-in's own custom-function code through a HyperFormula function plugin.
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  NotAFormulaError,
  RawCellContent,
  SimpleRangeValue,
} from "hyperformula";
import { findFunction, GradingFunction, isMatrix, pick } from "../grading";
import { messages } from "../grading/messages";
import {
  installCustomFunctionsRuntime,
  isRuntimeError,
  RuntimeError,
} from "../functions/node-runtime";
import { extraFunctions } from "../functions/catalogue-extras";
import { customFunctionsById, repeatingIds } from "../functions/registry";
import { displayLang } from "../functions/excel-values";
import { engineErrorMessage, forgetOwnMessages, rememberOwnMessage } from "./engine-errors";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "./excel-refs";
import { withLowerCaseExponents } from "./formula-text";

installCustomFunctionsRuntime();

export const NAMESPACES = ["GRADE", "GRADEDEV"];

type Raw = number | string | boolean | null | { inputError: string };

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
};

const EXCEL_CODES = new Map(Object.entries(ERROR_TYPES).map(([code, type]) => [type, code]));

/** HyperFormula's scalar (rich numbers, empty, errors) as the cell value Excel would pass. */
function fromEngineScalar(v: unknown): Raw {
  if (v === EmptyValue || v === undefined || v === null) return null;
  if (v instanceof CellError) return { inputError: EXCEL_CODES.get(v.type) ?? "#VALUE!" };
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val;
  return v as Raw;
}

function fromEngine(v: unknown): Raw | Raw[][] {
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(fromEngineScalar));
  return fromEngineScalar(v);
}

/** An error the GRADE functions report, its message marked as GradeKit's own. */
function ownError(type: ErrorType, message?: string): CellError {
  return new CellError(type, message === undefined ? message : rememberOwnMessage(message));
}

function toEngineScalar(v: unknown): unknown {
  if (isRuntimeError(v)) return ownError(ERROR_TYPES[v.code] ?? ErrorType.VALUE, v.message);
  return v;
}

function toEngine(result: unknown[][]): unknown {
  if (result.length === 1 && result[0].length === 1) return toEngineScalar(result[0][0]);
  return SimpleRangeValue.onlyValues(result.map((row) => row.map(toEngineScalar)) as never);
}

const ANY_OPTIONAL = { argumentType: FunctionArgumentType.ANY, optionalArg: true };

function idOf(procedureName: string): string {
  return procedureName.slice(procedureName.indexOf(".") + 1);
}

const gradingFunctions = new Map<string, GradingFunction | undefined>();

/** findFunction, remembered: HyperFormula asks every formula's result size when it builds. */
function gradingFunction(idOrName: string): GradingFunction | undefined {
  if (!gradingFunctions.has(idOrName)) gradingFunctions.set(idOrName, findFunction(idOrName));
  return gradingFunctions.get(idOrName);
}

/** The HyperFormula plugin that routes GRADE.* to the custom functions. */
class GradeKitPlugin extends FunctionPlugin {
  static implementedFunctions = Object.fromEntries(
    NAMESPACES.flatMap((ns) =>
      Object.entries(customFunctionsById).map(([id, fn]) => [
        `${ns}.${id}`,
        {
          method: "call",
          sizeOfResultArrayMethod: "size",
          vectorizationForbidden: true,
          parameters: Array.from({ length: Math.max(fn.length, 1) }, () => ({ ...ANY_OPTIONAL })),
          ...(repeatingIds.has(id) ? { repeatLastArgs: 1 } : {}),
        },
      ])
    )
  );

  call(ast: { procedureName: string; args: unknown[] }, state: unknown): unknown {
    const id = idOf(ast.procedureName);
    const fn = customFunctionsById[id];
    const tooMany = tooManyArguments(id, ast.procedureName, ast.args.length);
    if (tooMany) return tooMany;
    const metadata = (GradeKitPlugin.implementedFunctions as Record<string, object>)[
      ast.procedureName
    ];
    return this.runFunction(
      ast.args as never,
      state as never,
      metadata as never,
      (...args: unknown[]): never => {
        const excelArgs = args.map((a) => {
          const v = fromEngine(a);
          return v === null ? null : isMatrix(v) ? v : [[v]];
        });
        if (id === "EXPLAIN") excelArgs[0] = fromEngine(args[0]) as never;
        try {
          return toEngine(fn(...excelArgs)) as never;
        } catch (e) {
          const detail = e instanceof Error ? e.message : String(e);
          const message = pick(messages.internalError(detail), displayLang());
          return ownError(ErrorType.VALUE, message) as never;
        }
      }
    );
  }

  /** The spilled size: the largest lifted argument, as the grading engine lifts. */
  size(ast: { procedureName: string; args: unknown[] }, state: unknown): ArraySize {
    const id = idOf(ast.procedureName);
    const explained = id === "EXPLAIN";
    const target = explained ? explainedFunction(ast.args[0]) : gradingFunction(id);
    const args = explained ? ast.args.slice(1) : ast.args;
    // Functions outside the catalogue (STANDARDS) take no grading arguments: measure the result.
    if (!explained && !target) return sizeOf(customFunctionsById[id]());
    let width = 1;
    let height = 1;
    args.forEach((arg, i) => {
      const p = target?.params[i];
      if (p && (p.kind === "edition" || p.kind === "option" || p.kind === "population")) return;
      const size = this.arraySizeForAst(arg as never, state as never);
      width = Math.max(width, size.width);
      height = Math.max(height, size.height);
    });
    return new ArraySize(width, height);
  }
}

/**
 * A call with more arguments than the function declares, refused as Excel refuses it, with a
 * message naming what the function takes (HyperFormula's own says only "wrong number").
 */
function tooManyArguments(id: string, procedureName: string, given: number): CellError | undefined {
  const max = customFunctionsById[id].length;
  if (repeatingIds.has(id) || given <= max) return undefined;
  const params = gradingFunction(id)?.params ?? [];
  const labels = {
    zh: params.map((p) => p.label.zh).join("、"),
    en: params.map((p) => p.name).join(", "),
  };
  const text = messages.argumentsTaken(procedureName, labels, max, given);
  return ownError(ErrorType.NA, pick(text, displayLang()));
}

function sizeOf(result: unknown[][]): ArraySize {
  return new ArraySize(Math.max(1, ...result.map((row) => row.length)), Math.max(1, result.length));
}

function explainedFunction(ast: unknown) {
  const a = ast as { type?: string; value?: unknown };
  return typeof a?.value === "string" ? gradingFunction(a.value) : undefined;
}

let registered = false;

/** Sheets by name, each rows of cells: values, or formulas as text starting with "=". */
export type SheetsContent = Record<string, RawCellContent[][]>;

/**
 * A formula engine with the GRADE functions registered, empty or built from `sheets` (one
 * build evaluates every formula once, much faster than filling cells one by one).
 */
export function createEngine(sheets?: SheetsContent): HyperFormula {
  if (!registered) {
    const names = Object.fromEntries(
      Object.keys(GradeKitPlugin.implementedFunctions).map((name) => [name, name])
    );
    HyperFormula.registerFunctionPlugin(
      GradeKitPlugin as never,
      { enGB: names, enUS: names } as never
    );
    registered = true;
  }
  // Excel's own sheet limits; HyperFormula's default of 40,000 rows is below many exports.
  const config = {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    maxRows: EXCEL_ROWS,
    maxColumns: EXCEL_COLUMNS,
  };
  // Excel reads TRUE and FALSE as literals; HyperFormula only knows the functions TRUE().
  const literals = [
    { name: "TRUE", expression: "=TRUE()" },
    { name: "FALSE", expression: "=FALSE()" },
  ];
  return sheets
    ? HyperFormula.buildFromSheets(sheets, config, literals)
    : HyperFormula.buildEmpty(config, literals);
}

export type CalcValue = string | number | boolean | CalcError | CalcValue[][];
export interface CalcError {
  error: string;
  message?: string;
}

function fromResult(v: unknown, formula: string): CalcValue {
  if (v instanceof DetailedCellError) {
    const lang = displayLang();
    if (v.value === "#ERROR!") {
      return { error: "#VALUE!", message: pick(messages.formulaNotParsed(formula), lang) };
    }
    const message = engineErrorMessage(v.type, v.message, lang);
    return message ? { error: v.value, message } : { error: v.value };
  }
  if (v === null || v === undefined) return "";
  return v as CalcValue;
}

/**
 * Chinese Excel shows the functions by their zh-CN names (=GRADE.事故等级(…)); HyperFormula
 * parses only ASCII function names, so those names become ids outside string literals.
 */
export function withFunctionIds(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /\b(GRADE(?:DEV)?)\.([^\s(),;"]+)\s*\(/gi,
            (whole, ns: string, name: string) => {
              const fn = /[^\x00-\x7f]/.test(name) ? gradingFunction(name) : undefined;
              if (fn) return `${ns}.${fn.id}(`;
              const extra = Object.keys(extraFunctions).find(
                (id) => extraFunctions[id].name === name
              );
              return extra ? `${ns}.${extra}(` : whole;
            }
          )
    )
    .join("");
}

/**
 * Evaluates one formula; a 1×1 result is returned as a single value. Excel's capital E in
 * numbers (1.2E+7), which HyperFormula's lexer does not read, is passed as a small e.
 */
export function calculate(engine: HyperFormula, sheetId: number, formula: string): CalcValue {
  const trimmed = withLowerCaseExponents(withFunctionIds(formula.trim()));
  const text = trimmed.startsWith("=") ? trimmed : `=${trimmed}`;
  const shown = formula.trim();
  forgetOwnMessages();
  try {
    const result = engine.calculateFormula(text, sheetId);
    if (Array.isArray(result)) {
      if (result.length === 1 && result[0].length === 1) return fromResult(result[0][0], shown);
      return result.map((row) => row.map((v) => fromResult(v, shown)));
    }
    return fromResult(result, shown);
  } catch (e) {
    // HyperFormula throws only "This is not a formula" for text it cannot parse.
    if (e instanceof NotAFormulaError) {
      return { error: "#VALUE!", message: pick(messages.formulaNotParsed(shown), displayLang()) };
    }
    const detail = e instanceof Error ? e.message : String(e);
    return { error: "#VALUE!", message: pick(messages.formulaEngineSaid(detail), displayLang()) };
  }
}

export { RuntimeError };
