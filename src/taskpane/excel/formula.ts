/**
 * The formulas the pane writes. One GRADE.* call per grade column: over whole input columns
 * beside a plain range (the result spills), or over [@[column]] references as a Table's
 * calculated column. A column whose header names 万元 or 亿元 is scaled to yuan in the formula
 * itself, so the sheet keeps the user's numbers.
 */
import { findFunction, GradeValue, GradingFunction } from "../../grading";
import { ParamColumn } from "../../grading/columns";
import { isLifted } from "../../grading/evaluate";

/**
 * "invariant" is the English form Range.formulas takes (function ids); "local" is the form
 * Range.formulasLocal takes in a Chinese Excel, where custom functions carry their zh-CN names.
 * Chinese Excel keeps English built-in names (IF, MATCH) and "," separators, so the two
 * forms differ only in the GradeKit function's name.
 */
export type Flavour = "invariant" | "local";

export function functionName(ns: string, fn: GradingFunction, flavour: Flavour): string {
  return `${ns}.${flavour === "local" ? fn.name.zh : fn.id}`;
}

function escapeColumn(column: string): string {
  return column.replace(/(['#[\]])/g, "'$1");
}

/** [@[死亡人数]]: this row of a Table column; ' escapes the characters Excel reserves. */
export function structuredRef(column: string): string {
  return `[@[${escapeColumn(column)}]]`;
}

/** 表1[[销量]]: a whole Table column, for parameters that take a population. */
export function wholeColumnRef(table: string, column: string): string {
  return `${table}[[${escapeColumn(column)}]]`;
}

/** Plain numbers times the unit scale; text keeps its own unit (8000万) and blanks stay blank. */
export function scaled(ref: string, scale: number): string {
  if (scale === 1) return ref;
  return `IF(ISNUMBER(${ref}),${ref}*${scale},${ref}&"")`;
}

/**
 * The argument list in parameter order: mapped parameters become references, unmapped
 * optional ones are left empty, and empty arguments at the end are dropped. `whole` is true
 * for parameters that take a whole population rather than one row.
 */
export function gradeArgs(
  fn: GradingFunction,
  columns: readonly ParamColumn[],
  ref: (column: number, whole: boolean) => string
): string[] {
  const args = fn.params.map((p) => {
    const mapped = columns.find((c) => c.param === p);
    if (!mapped || mapped.column === null) return "";
    return scaled(ref(mapped.column, !isLifted(p)), mapped.scale);
  });
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return args;
}

export function gradeFormula(
  ns: string,
  fn: GradingFunction,
  flavour: Flavour,
  args: readonly string[]
): string {
  return `=${functionName(ns, fn, flavour)}(${args.join(",")})`;
}

/** A label as a formula literal: "重大事故", 3, TRUE. */
export function literal(value: GradeValue): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return `"${value.replace(/"/g, '""')}"`;
}

/** The rank of this row's grade in the standard's order (1 = first label), "" when ungraded. */
export function orderFormula(gradeColumn: string, labels: readonly GradeValue[]): string {
  const list = labels.map(literal).join(",");
  return `=IFERROR(MATCH(${structuredRef(gradeColumn)},{${list}},0),"")`;
}

/** Splits "=NS.F(a,IF(b,c),d)" into its head and top-level arguments. */
export function splitCall(formula: string): { head: string; args: string[] } | null {
  const open = formula.indexOf("(");
  if (open < 0 || !formula.endsWith(")")) return null;
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of formula.slice(open + 1, -1)) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "(" || ch === "{")) depth++;
    if (!quoted && (ch === ")" || ch === "}")) depth--;
    if (!quoted && depth === 0 && ch === ",") {
      args.push(current);
      current = "";
    } else current += ch;
  }
  args.push(current);
  return { head: formula.slice(0, open + 1), args };
}

const CALL = /^=\s*([A-Za-z][A-Za-z0-9]*)\.([^\s(,]+)\s*\(/;
const UNREGISTERED = /^=\s*_xldudf_([A-Za-z][A-Za-z0-9]*)_([^\s(,]+)\s*\(/i;
const NAMESPACES = new Set(["GRADE", "GRADEDEV"]);

/** The grading function a GradeKit formula calls, or null for any other cell content. */
export function gradeFunctionOf(formula: unknown): GradingFunction | null {
  if (typeof formula !== "string") return null;
  const m = CALL.exec(formula) ?? UNREGISTERED.exec(formula);
  if (!m || !NAMESPACES.has(m[1].toUpperCase())) return null;
  return findFunction(m[2]) ?? null;
}
