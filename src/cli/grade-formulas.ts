/**
 * The =GRADE.* formula for one row of a graded workbook, built from the same mapping and
 * preparation the CLI grades with, so that Excel recalculating it gives the cached value.
 *
 * Excel saves a JavaScript custom function in the file as `_xldudf_<NAMESPACE>_<ID>(…)`
 * (the namespace's dot becomes an underscore) and only binds that spelling to the add-in
 * when the workbook opens; a plain `GRADE.ID(…)` written into the XML is not recalculated
 * (OfficeDev/Excel-Custom-Functions#108). So the file gets the `_xldudf_` spelling.
 */
import { GradingFunction } from "../grading";
import { Source, SourceMapping } from "./column-sources";
import { Preparation } from "./preparation";
import { columnLetter, literal } from "./excel-refs";

export const NAMESPACE = "GRADE";

/** The function name as Excel stores it in sheet XML. */
export function storedName(fn: GradingFunction): string {
  return `_xldudf_${NAMESPACE}_${fn.id}`;
}

function sourceExpression(s: Source, row: number): string {
  if (s.kind === "constant") return literal(s.value);
  if (s.kind !== "column") return "";
  const ref = `${columnLetter(s.index)}${row}`;
  if (s.scale === 1) return ref;
  // Plain numbers take the header's unit; text such as "0.8亿元" keeps its own.
  return `IF(${ref}="","",IFERROR(VALUE(${ref})*${s.scale},${ref}))`;
}

/**
 * The argument expressions for one sheet row: columns by reference, constants as literals,
 * derived dates as date + days, value maps as nested IFs. Trailing absent arguments are
 * left out.
 */
export function argumentExpressions(
  fn: GradingFunction,
  mapping: SourceMapping,
  prep: Preparation,
  row: number
): string[] {
  const args = mapping.sources.map((s) => sourceExpression(s, row));
  for (const d of prep.derivations) {
    const ref = `${columnLetter(d.dateColumn)}${row}`;
    args[d.param] = `IF(${ref}="","",${ref}+${d.days})`;
  }
  for (const vm of prep.valueMaps) {
    let expr = args[vm.param];
    const inner = expr;
    for (const [from, to] of [...vm.pairs].reverse()) {
      expr = `IF(${inner}=${literal(from)},${literal(to)},${expr})`;
    }
    args[vm.param] = expr;
  }
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return args;
}

/** The formula text as stored in the file (no leading =). */
export function gradeFormula(
  fn: GradingFunction,
  mapping: SourceMapping,
  prep: Preparation,
  row: number
): string {
  return `${storedName(fn)}(${argumentExpressions(fn, mapping, prep, row).join(",")})`;
}
