/**
 * After recalculation, the reason column `grade` wrote beside the grades (未评级原因) is
 * brought up to date for rows whose grade is a formula: an error's code and message, or
 * nothing. Rows set aside by --skip hold no formula and keep their note.
 */
import { reasonHeading } from "./xlsx-output";
import { at, failureReason, gradeFormulaRows, SummaryTarget } from "./summary-refresh";
import { SheetCell } from "./sheet-xml";
import { encodeXml } from "./xlsx-package";
import { Recalculated } from "./workbook-calc";
import { columnLetters } from "./formula-text";

export interface ReasonPatch {
  readonly cell: SheetCell;
  /** The cell's new element, or (with `after`) the element to add right after `cell`. */
  readonly xml: string;
  readonly after?: boolean;
}

function reasonCell(address: string, attrs: string, text: string | null): string {
  const kept = attrs.replace(/\s+r="[^"]*"/, "").replace(/\s+t="[^"]*"/, "");
  if (text === null) return `<c r="${address}"${kept}/>`;
  return `<c r="${address}"${kept} t="inlineStr"><is><t>${encodeXml(text)}</t></is></c>`;
}

export function reasonPatches(calc: Recalculated, target: SummaryTarget): ReasonPatch[] {
  const { data, range, lang } = target;
  const col = range.left + 1;
  const heading = at(data, 0, col)?.cached;
  if (heading !== reasonHeading(lang)) return [];

  const patches: ReasonPatch[] = [];
  for (const row of gradeFormulaRows(target)) {
    if (row < range.top || row > range.bottom) continue;
    const reason = failureReason(calc, data.id, row, range.left);
    const existing = at(data, row, col);
    const address = `${columnLetters(col)}${row + 1}`;
    if (existing) {
      const old = existing.cached === "" ? null : existing.cached;
      if (old !== reason)
        patches.push({ cell: existing, xml: reasonCell(address, existing.attrs, reason) });
    } else if (reason !== null) {
      const grade = at(data, row, range.left) as SheetCell;
      patches.push({ cell: grade, xml: reasonCell(address, "", reason), after: true });
    }
  }
  return patches;
}
