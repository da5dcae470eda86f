/**
 * Writing graded rows as CSV: UTF-8 with a BOM (so Excel opens Chinese text correctly), the
 * original fields as they were written, then the grade and the reason a row was not graded.
 * Lines end as the input's do (CRLF, Excel's own, unless the input uses LF).
 * Rows are written 1,024 at a time with back-pressure, so memory stays flat however long the
 * file is.
 */
import { createWriteStream, WriteStream } from "node:fs";
import { once } from "node:events";
import { stringify } from "csv-stringify/sync";
import { Cell, GradingFunction, Lang, Outcome } from "../grading";
import { gradeHeading, reasonHeading, reasonText } from "./xlsx-output";
import { GradedWriter } from "./xlsx-output";
import { Summary, summaryWords } from "./summary";
import { dateKind } from "./sheet-rows";
import { TableRow } from "./table";

const BOM = "\uFEFF";

function gradeText(outcome: Outcome | string): string {
  if (typeof outcome === "string" || outcome.kind === "blank") return "";
  if (outcome.kind === "failure") return outcome.code;
  return String(outcome.value);
}

/** A workbook value as CSV text: dates and times in ISO form, errors as their code. */
function fieldText(written: unknown, cell: Cell): string {
  if (written instanceof Date) {
    const iso = written.toISOString();
    const kind = dateKind(written);
    if (kind === "date") return iso.slice(0, 10);
    return kind === "time" ? iso.slice(11, 19) : iso.slice(0, 19).replace("T", " ");
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
  return BOM + stringify(rows, csvOptions(lineBreak));
}

/**
 * csv-stringify's options for a file with these line breaks. Given a record delimiter, it
 * quotes only fields holding that delimiter, so a field with a bare line break (Alt+Enter in
 * Excel) would end the row: quote_record_delimiter quotes any CR or LF.
 */
export function csvOptions(lineBreak: string) {
  return { record_delimiter: lineBreak, quote_record_delimiter: true };
}

/** Rows stringified and written together: one string and one write per this many rows. */
const ROWS_PER_WRITE = 1024;

export function createCsvWriter(
  path: string,
  summaryPath: string,
  fn: GradingFunction,
  headers: readonly string[],
  lang: Lang,
  lineBreak = "\r\n"
): GradedWriter {
  const out = createWriteStream(path);
  // csv-stringify's synchronous API over a batch of rows: the stream API's per-row writes,
  // pushes and Buffer conversions cost more than stringifying itself.
  const options = csvOptions(lineBreak);
  // Remember a write error and raise it at the next row (a race per row would leak).
  let failure: Error | undefined;
  out.on("error", (e) => (failure = e));
  let pending: string[][] = [[...headers, gradeHeading(fn, lang), reasonHeading(lang)]];
  out.write(BOM);

  /** Writes the pending rows; a promise when the file asks the writer to wait. */
  function flush(): Promise<void> | undefined {
    const text = stringify(pending, options);
    pending = [];
    return out.write(text) ? undefined : once(out, "drain").then(() => undefined);
  }

  return {
    writeRow(row, outcome) {
      if (failure) throw failure;
      // A CSV row's own fields array is not read again once written: reuse it.
      const fields =
        row.raw && row.raw.length === headers.length
          ? (row.raw as string[])
          : rawFields(row, headers.length);
      fields.push(gradeText(outcome), reasonText(outcome, lang) ?? "");
      pending.push(fields);
      return pending.length < ROWS_PER_WRITE ? undefined : flush();
    },
    async finish(summary) {
      if (failure) throw failure;
      if (pending.length > 0) await flush();
      await close(out);
      if (failure) throw failure;
      const summaryOut = createWriteStream(summaryPath);
      summaryOut.write(summaryCsv(summary, lineBreak));
      await close(summaryOut);
    },
  };
}
