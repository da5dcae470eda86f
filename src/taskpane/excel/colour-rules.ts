/**
 * Colours a grade column by conditional formatting: one "cell value equal to" rule per label,
 * with the standard's own fill and text colours, on the grade cells only (never whole
 * columns: whole-sheet rules slow recalculation, office-js issue 3336). Rules compare the
 * cell's value with a literal label; a custom function inside a rule is never evaluated by
 * Excel (office-js issue 6135). "Equal to" rather than "text contains": 重大事故 is contained
 * in 特别重大事故.
 *
 * Applying again replaces only GradeKit's own rules. A rule is GradeKit's when all of these
 * hold: it is a cell-value rule, it covers a single column — the grade column — of this sheet,
 * its operator is EqualTo, its formula is one of this standard's labels, and its fill is that
 * label's colour. Nothing is stored in the workbook: the rules identify themselves, so a copied
 * workbook or a grade column that has grown still works, and a user rule that matched all five
 * would be identical in effect. Any other rule (the user's) is left alone.
 *
 * Some Excel builds throw when rules are read back (office-js issues 6827 and 6835, e.g. two
 * cell-value rules on one range). Then nothing is removed, the new rules are added above the
 * old ones (so the colours are right), and the result says what was skipped.
 */
import { GradingFunction, Swatch } from "../../grading";
import { gradeScale } from "../grade-scale";
import { a1, parseArea } from "./addresses";
import { literal } from "./formula";
import { PaneProblem } from "./problem";

export interface ColourResult {
  readonly address: string;
  readonly added: number;
  readonly removed: number;
  /** Rules on the grade cells that are not GradeKit's, left as they were. */
  readonly kept: number;
  /** What could not be done: reading the existing rules, or deleting GradeKit's old ones. */
  readonly skipped: "read" | "delete" | null;
}

interface Candidate {
  readonly format: Excel.ConditionalFormat;
  readonly type: string;
  readonly range: Excel.Range;
  readonly cellValue: Excel.CellValueConditionalFormat | null;
}

function normaliseFormula(formula: unknown): string {
  return String(formula ?? "").replace(/\s+/g, "");
}

/** Our rule formulas (="重大事故") mapped to the swatch each must carry. */
function ownRules(fn: GradingFunction): Map<string, Swatch> {
  return new Map(gradeScale(fn).map((s) => [normaliseFormula(`=${literal(s.label)}`), s.swatch]));
}

function isOwn(c: Candidate, sheet: string, column: number, own: Map<string, Swatch>): boolean {
  if (c.type !== "CellValue" || !c.cellValue || c.range.isNullObject) return false;
  const area = parseArea(c.range.address);
  if ((area.sheet ?? sheet) !== sheet || area.left !== column || area.right !== column) {
    return false;
  }
  const rule = c.cellValue.rule;
  if (rule.operator !== "EqualTo") return false;
  const swatch = own.get(normaliseFormula(rule.formula1));
  const fill = c.cellValue.format.fill.color;
  return swatch !== undefined && String(fill).toUpperCase() === swatch.fill.toUpperCase();
}

/** Applies the standard's colours to the grade cells at `address` (Sheet!G2:G500). */
export async function applyColours(
  context: Excel.RequestContext,
  address: string,
  fn: GradingFunction
): Promise<ColourResult> {
  const scale = gradeScale(fn);
  if (scale.length === 0) throw new PaneProblem("noLabels", fn.id);
  const area = parseArea(address);
  const sheet = area.sheet ?? "";
  const range = context.workbook.worksheets
    .getItem(sheet)
    .getRange(a1(area.top, area.left, area.bottom, area.right));

  const formats = range.conditionalFormats.load("items/type");
  await context.sync();

  let own: Candidate[] = [];
  let kept = formats.items.length;
  let skipped: ColourResult["skipped"] = null;
  try {
    const candidates: Candidate[] = formats.items.map((format) => ({
      format,
      type: format.type,
      range: format.getRangeOrNullObject().load("address"),
      cellValue:
        format.type === "CellValue"
          ? format.cellValueOrNullObject.load("rule,format/fill/color,format/font/color")
          : null,
    }));
    await context.sync();
    own = candidates.filter((c) => isOwn(c, sheet, area.left, ownRules(fn)));
    kept -= own.length;
  } catch {
    skipped = "read";
  }

  let removed = 0;
  if (own.length > 0) {
    try {
      own.forEach((c) => c.format.delete());
      await context.sync();
      removed = own.length;
    } catch {
      skipped = "delete";
    }
  }

  for (const step of scale) {
    const format = range.conditionalFormats.add("CellValue");
    format.cellValue.format.fill.color = step.swatch.fill;
    format.cellValue.format.font.color = step.swatch.font;
    format.cellValue.rule = { formula1: `=${literal(step.label)}`, operator: "EqualTo" };
  }
  await context.sync();
  return { address, added: scale.length, removed, kept, skipped };
}
