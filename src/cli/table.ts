/**
 * A table read from a file: a header row and then data rows, streamed so that a file of a
 * million rows never sits in memory whole. CSV and xlsx inputs both produce one.
 */
import { Cell, Text } from "../grading";

export interface TableRow {
  /** The cells as Excel would hand them to a function (numbers typed, blanks null). */
  readonly cells: readonly Cell[];
  /** The cells as written in the file, for CSV output; absent for workbooks. */
  readonly raw?: readonly string[];
  /** The values to copy into an output workbook (dates kept as dates); defaults to cells. */
  readonly write?: readonly unknown[];
  /** The row has more fields than the header (a stray delimiter): it must not be graded. */
  readonly extraFields?: Text;
  /** The row looks cut off (the file ends part-way through it): it must not be graded. */
  readonly cutOff?: Text;
  /** The file ends without a line break after this complete-looking row: graded, flagged. */
  readonly unterminated?: Text;
  /** Columns of this row inside a merged area of a workbook, with the area (B2:B3). */
  readonly merged?: ReadonlyMap<number, string>;
  /** Why the row is no data row though the sheet holds it (an Excel Table's totals row). */
  readonly setAside?: string;
  /** Columns of this row whose formula has no saved result in the workbook, with the cell. */
  readonly uncalculated?: ReadonlyMap<number, string>;
}

export interface Table {
  readonly headers: readonly string[];
  /** What was detected about the file (encoding, delimiter, sheet), for the user. */
  readonly description: Text;
  /** The file size, for the progress bar. */
  readonly totalBytes: number;
  /**
   * A workbook's merged areas within the data (B2:B3), numbered as in a graded copy, whose
   * header is row 1: a workbook written from the table merges them again.
   */
  readonly merges?: readonly string[];
  /** The line break a CSV input uses, which a CSV written from it keeps ("\n" or "\r\n"). */
  readonly lineBreak?: string;
  /**
   * Streams the data rows in batches, so a million-row file costs a few thousand awaits, not
   * a million; may be called more than once. `onBytes` reports progress. When `typed` is
   * given, only those columns need typing; a CSV leaves the others as text.
   */
  batches(
    onBytes?: (bytesRead: number) => void,
    typed?: ReadonlySet<number>
  ): AsyncIterable<readonly TableRow[]>;
  /**
   * Hands the data rows to `take` one by one, waiting whenever it returns a promise; the same
   * rows as `batches`. A CSV hands each row over as soon as it is parsed, so only a few rows
   * are alive at a time: holding thousands across awaits made the garbage collector copy
   * them again and again.
   */
  eachRow(
    take: RowTaker,
    onBytes?: (bytesRead: number) => void,
    typed?: ReadonlySet<number>
  ): Promise<void>;
}

/** What `eachRow` hands rows to: a promise when the reader must wait before the next row. */
export type RowTaker = (row: TableRow) => Promise<void> | void;

/** `eachRow` over a table's batches, for tables read in batches anyway (xlsx). */
export async function takeEach(batches: AsyncIterable<readonly TableRow[]>, take: RowTaker) {
  for await (const batch of batches) {
    for (const row of batch) {
      const waiting = take(row);
      if (waiting) await waiting;
    }
  }
}

/**
 * A user-facing input problem: printed as "错误：…" / "Error: …" with exit code 2. Given a
 * Text, it is shown in the language the user chose (--lang, Chinese by default).
 */
export class InputError extends Error {
  readonly text?: Text;
  constructor(message: string | Text) {
    super(typeof message === "string" ? message : message.en);
    if (typeof message !== "string") this.text = message;
  }
}

/** The rows of a table one by one, for callers that need no speed. */
export async function* rowsOf(table: Table): AsyncGenerator<TableRow> {
  for await (const batch of table.batches()) yield* batch;
}

/**
 * The objects a stream emits, in batches of up to about `size`: the stream flows until a
 * batch is full, pauses while the caller works through it, then flows on. This costs one
 * await per batch instead of one per object, as `for await` over the stream would.
 */
export async function* drain<T>(stream: NodeJS.ReadableStream, size = 1024): AsyncGenerator<T[]> {
  let batch: T[] = [];
  let ended = false;
  let failed: unknown;
  let wake: (() => void) | undefined;
  stream.on("data", (item: T) => {
    batch.push(item);
    if (batch.length >= size) {
      stream.pause();
      wake?.();
    }
  });
  stream.on("end", () => {
    ended = true;
    wake?.();
  });
  stream.on("error", (e) => {
    failed = e;
    wake?.();
  });
  for (;;) {
    if (batch.length < size && !ended && failed === undefined) {
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
    if (failed !== undefined) throw failed;
    if (batch.length > 0) {
      const full = batch;
      batch = [];
      yield full;
    }
    if (ended && batch.length === 0) return;
    stream.resume();
  }
}
