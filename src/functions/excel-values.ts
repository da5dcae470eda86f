/**
 * The border between the grading engine and Excel's custom-function runtime: outcomes
 * become values, "" or CustomFunctions.Error, in the user's display language.
 */
import {
  Arg,
  catalogue,
  Cell,
  errorCodeOf,
  explainRow,
  Failure,
  findFunction,
  GradeContext,
  GradingFunction,
  Lang,
  liftOver,
  Outcome,
  pick,
  rowGrader,
  todaySerial,
} from "../grading";
import { failure } from "../grading/failure";
import { messages } from "../grading/messages";

/** Excel's error codes by the text Excel shows. Only #VALUE! and #N/A carry messages. */
const CODES: Record<string, CustomFunctions.ErrorCode> = {
  "#VALUE!": "#VALUE!" as CustomFunctions.ErrorCode,
  "#N/A": "#N/A" as CustomFunctions.ErrorCode,
  "#DIV/0!": "#DIV/0!" as CustomFunctions.ErrorCode,
  "#NUM!": "#NUM!" as CustomFunctions.ErrorCode,
  "#NULL!": "#NULL!" as CustomFunctions.ErrorCode,
  "#REF!": "#REF!" as CustomFunctions.ErrorCode,
  "#NAME?": "#NAME?" as CustomFunctions.ErrorCode,
};

let chosenLang: Lang | undefined;

/** Hosts without Office (the CLI) choose the message language here. */
export function useLanguage(lang: Lang | undefined): void {
  chosenLang = lang;
}

/** The language for messages: English when Office's display language is English. */
export function displayLang(): Lang {
  if (chosenLang) return chosenLang;
  const office = (globalThis as { Office?: typeof Office }).Office;
  const language = office?.context?.displayLanguage ?? "";
  return language.toLowerCase().startsWith("en") ? "en" : "zh";
}

export function toExcelError(f: Failure, lang: Lang): CustomFunctions.Error {
  // A code the runtime cannot return (an input's #SPILL!, #GETTING_DATA) becomes #VALUE!,
  // which then needs the message that names the original error.
  const code = CODES[f.code] ?? CODES["#VALUE!"];
  const withMessage = code === "#VALUE!" || code === "#N/A";
  return withMessage
    ? new CustomFunctions.Error(code, pick(f.message, lang))
    : new CustomFunctions.Error(code);
}

/** Today's serial, recomputed only when the clock leaves the local day it was computed for. */
let today = { serial: 0, from: 0, until: -1 };

function todayNow(): number {
  const now = Date.now();
  if (now < today.from || now >= today.until) {
    const d = new Date(now);
    const [y, m, day] = [d.getFullYear(), d.getMonth(), d.getDate()];
    today = {
      serial: todaySerial(d),
      from: new Date(y, m, day).getTime(),
      until: new Date(y, m, day + 1).getTime(),
    };
  }
  return today.serial;
}

/**
 * The context of one call. Today is looked up only if a rule asks for it (most never do, and
 * Excel calls a filled-down column once per cell), and then once for the whole call.
 */
class CallContext implements GradeContext {
  private serial: number | undefined = undefined;

  get today(): number {
    if (this.serial === undefined) this.serial = todayNow();
    return this.serial;
  }
}

type ExcelValue = string | number | boolean | CustomFunctions.Error;

function toExcel(outcome: Outcome, lang: Lang): ExcelValue {
  if (outcome.kind === "grade") return outcome.value;
  if (outcome.kind === "blank") return "";
  return toExcelError(outcome, lang);
}

function internal(e: unknown, lang: Lang): ExcelValue[][] {
  const detail = e instanceof Error ? e.message : String(e);
  return [
    [
      new CustomFunctions.Error(
        CODES["#VALUE!"],
        lang === "en" ? `GradeKit internal error: ${detail}` : `GradeKit 内部错误：${detail}`
      ),
    ],
  ];
}

/** Grades with `fn` over the arguments as Excel passed them; one value per lifted cell. */
export function gradeForExcel(fn: GradingFunction, args: readonly unknown[]): ExcelValue[][] {
  const lang = displayLang();
  try {
    const grade = rowGrader(fn, new CallContext());
    return liftOver<ExcelValue>(
      fn,
      args as Arg[],
      (row) => toExcel(grade(row), lang),
      (f) => toExcelError(f, lang)
    );
  } catch (e) {
    return internal(e, lang);
  }
}

/** EXPLAIN: the function named by id or zh-CN name, over the same arguments. */
export function explainForExcel(functionId: unknown, args: readonly unknown[]): ExcelValue[][] {
  const lang = displayLang();
  try {
    const id = Array.isArray(functionId) ? functionId[0]?.[0] : functionId;
    if (typeof id === "object" && id !== null) {
      const code = errorCodeOf(id);
      return [[toExcelError(failure(code, messages.inputError(code)), lang)]];
    }
    const fn = typeof id === "string" ? findFunction(id) : undefined;
    if (!fn) {
      const known = catalogue.map((f) => f.id).join(", ");
      return [
        [
          toExcelError(
            { kind: "failure", code: "#VALUE!", message: messages.unknownFunction(id, known) },
            lang
          ),
        ],
      ];
    }
    if (args.length > fn.params.length) {
      const message = messages.tooManyArguments(fn.id, fn.params.length);
      return [[toExcelError({ kind: "failure", code: "#VALUE!", message }, lang)]];
    }
    const context = new CallContext();
    return liftOver<ExcelValue>(
      fn,
      args as Arg[],
      (row: readonly Cell[]) => toExcel(explainRow(fn, row, context, lang), lang),
      (f) => toExcelError(f, lang)
    );
  } catch (e) {
    return internal(e, lang);
  }
}
