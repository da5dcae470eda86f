/**
 * The summary sheet (等级汇总) of a graded workbook. Counts per grade and the not-graded
 * counts are COUNTIFS/ISERROR formulas over the grade column, with cached values, so Excel
 * keeps them current and `gradekit recalc` refreshes them; blank and skipped rows and the
 * failure reasons are plain values. A2:B2 names the graded range so recalc can find it.
 */
import type ExcelJS from "exceljs";
import { absoluteRange, exactCriterion, literal } from "./excel-refs";
import { Summary, summaryWords } from "./summary";

export const SUMMARY_SHEET = { zh: "等级汇总", en: "grade summary" };
export const RANGE_MARKER = { zh: "评级列", en: "graded range" };
/** The heading row of the count table, and of the reasons table after it. */
export const TABLE_ROW = 5;

export interface SummaryLayout {
  readonly dataSheet: string;
  readonly gradeColumn: number;
  readonly byColumn?: number;
  readonly lastRow: number;
}

type Sheet = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter["addWorksheet"]>;

function put(sheet: Sheet, values: unknown[], bold = false): void {
  const row = sheet.addRow(values as ExcelJS.CellValue[]);
  if (bold) row.font = { bold: true };
  row.commit();
}

export function writeSummarySheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  summary: Summary,
  layout: SummaryLayout
): void {
  const { fn, lang } = summary;
  const w = summaryWords(lang);
  const sheet = workbook.addWorksheet(SUMMARY_SHEET[lang]);
  sheet.getColumn(1).width = 24;

  const grades = absoluteRange(layout.dataSheet, layout.gradeColumn, 2, layout.lastRow);
  const by =
    layout.byColumn === undefined
      ? undefined
      : absoluteRange(layout.dataSheet, layout.byColumn, 2, layout.lastRow);
  // The standards the rows were graded by: an edition set with --set may be an older one.
  const sources = summary
    .editions()
    .map((e) =>
      lang === "en" ? `${e.source.en}, ${e.clause.en}` : `${e.source.zh} ${e.clause.zh}`
    );
  const title =
    lang === "en"
      ? `${fn.id}: ${fn.description.en} (${sources.join("; ")})`
      : `${fn.name.zh}（${fn.id}）：${sources.join("；")}`;
  put(sheet, [title], true);
  put(sheet, [RANGE_MARKER[lang], grades]);
  put(sheet, by ? [summary.byHeader ?? "", by] : []);
  put(sheet, []);

  const matrix = summary.matrix();
  const groups = by ? summary.groups : [];
  put(sheet, matrix[0], true);
  const labels = summary.labels();
  labels.forEach((label, i) => {
    const cells: unknown[] = [String(label)];
    groups.forEach((g, c) => {
      cells.push({
        formula: `COUNTIFS(${grades},${exactCriterion(label)},${by},${exactCriterion(rawGroup(summary, g))})`,
        result: matrix[i + 1][c + 1],
      });
    });
    cells.push({
      formula: `COUNTIF(${grades},${exactCriterion(label)})`,
      result: matrix[i + 1][groups.length + 1],
    });
    put(sheet, cells);
  });

  const failedRow = matrix[labels.length + 1];
  const failed: unknown[] = [failedRow[0]];
  groups.forEach((g, c) => {
    failed.push({
      formula: `SUMPRODUCT(ISERROR(${grades})*(${by}=${literal(rawGroup(summary, g))}))`,
      result: failedRow[c + 1],
    });
  });
  failed.push({
    formula: `SUMPRODUCT(--ISERROR(${grades}))`,
    result: failedRow[groups.length + 1],
  });
  put(sheet, failed);
  for (const rest of matrix.slice(labels.length + 2)) put(sheet, rest);

  put(sheet, []);
  put(sheet, [w.reason, w.rows, w.first], true);
  for (const f of summary.reasons()) put(sheet, [`${f.code} ${f.message}`, f.count, f.firstRow]);
  sheet.commit();
}

/** The --by value a column heading stands for ("" for the blank group). */
function rawGroup(summary: Summary, heading: string): string | number {
  const raw = summary.groupValues.get(heading);
  return raw === undefined ? heading : raw;
}
