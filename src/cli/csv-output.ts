/**
 * Writing graded rows as CSV: UTF-8 with a BOM (so Excel opens Chinese text correctly), the
 * original fields as they were written, then the grade and the reason a row was not graded.
 * Lines end as the input's do (CRLF, Excel's own, unless the input uses LF).
 * Rows are streamed with back-pressure, so memory stays flat however long the file is.
 */
import { createWriteStream, WriteStream } from "node:fs";
import { once } from "node:events";
import { stringify as stringifyStream } from "csv-stringify";
import { stringify } from "csv-stringify/sync";
import { Cell, GradingFunction, Lang, Outcome } from "../grading";
import { gradeHeading, reasonHeading, reasonText } from "./xlsx-output";
import { GradedWriter } from "./xlsx-output";
import { Summary, summaryWords } from "./summary";
import { TableRow } from "./table";

const BOM = "\uFEFF";

function gradeText(outcome: Outcome | string): string {
  if (typeof outcome === "string" || outcome.kind === "blank") return "";
  if (outcome.kind === "failure") return outcome.code;
  return String(outcome.value);
}

/** A workbook value as CSV text: dates as ISO dates, errors as their code. */
function fieldText(written: unknown, cell: Cell): string {
  if (written instanceof Date) {
    const iso = written.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
  }
  if (cell === null || cell === undefined) return "";
  return typeof cell === "object" ? cell.inputError : String(cell);
}

/** The original fields: as written in a CSV input, or formatted from a workbook's cells. */
function rawFields(row: TableRow, width: number): string[] {
  const fields = row.raw ? [...row.raw] : row.cells.map((c, i) => fieldText(row.write?.[i], c));
  while (fields.length < width) fields.push("");
  return fields.slice(0, width);
}

async function close(out: WriteStream): Promise<void> {
  out.end();
  await once(out, "finish");
}

/** The summary table (and the failure reasons below it) as CSV text with a BOM. */
export function summaryCsv(summary: Summary, lineBreak = "\r\n"): string {
  const w = summaryWords(summary.lang);
  const rows: (string | number)[][] = summary.matrix();
  const reasons = summary.reasons();
  if (reasons.length > 0) {
    rows.push([], [w.reason, w.rows, w.first]);
    for (const f of reasons) rows.push([`${f.code} ${f.message}`, f.count, f.firstRow]);
  }
  return BOM + stringify(rows, { record_delimiter: lineBreak });
}

export function createCsvWriter(
  path: string,
  summaryPath: string,
  fn: GradingFunction,
  headers: readonly string[],
  lang: Lang,
  lineBreak = "\r\n"
): GradedWriter {
  const out = createWriteStream(path);
  // One stringifier for the whole file (options are parsed once), piped with back-pressure.
  // A larger object buffer than the default 16 rows: fewer drain waits on long files.
  const csv = stringifyStream({
    record_delimiter: lineBreak,
    bom: true,
    writableHighWaterMark: 1024,
  });
  csv.pipe(out);
  // Remember a write error and raise it at the next row (a race per row would leak).
  let failure: Error | undefined;
  out.on("error", (e) => (failure = e));
  csv.on("error", (e) => (failure = e));
  const heading = [...headers, gradeHeading(fn, lang), reasonHeading(lang)];
  let started = false;

  return {
    writeRow(row, outcome) {
      if (failure) throw failure;
      if (!started) {
        started = true;
        csv.write(heading);
      }
      // A CSV row's own fields array is not read again once written: reuse it.
      const fields =
        row.raw && row.raw.length === headers.length
          ? (row.raw as string[])
          : rawFields(row, headers.length);
      fields.push(gradeText(outcome), reasonText(outcome, lang) ?? "");
      return csv.write(fields) ? undefined : once(csv, "drain").then(() => undefined);
    },
    async finish(summary) {
      if (!started) csv.write(heading);
      if (failure) throw failure;
      csv.end();
      await once(out, "finish");
      if (failure) throw failure;
      const summaryOut = createWriteStream(summaryPath);
      summaryOut.write(summaryCsv(summary, lineBreak));
      await close(summaryOut);
    },
  };
}
