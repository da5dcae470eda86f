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
  /** The row looks cut off (the file ends part-way through it): it must not be graded. */
  readonly cutOff?: Text;
  /** The file ends without a line break after this complete-looking row: graded, flagged. */
  readonly unterminated?: Text;
  /** Columns of this row inside a merged area of a workbook, with the area (B2:B3). */
  readonly merged?: ReadonlyMap<number, string>;
}

export interface Table {
  readonly headers: readonly string[];
  /** What was detected about the file (encoding, delimiter, sheet), for the user. */
  readonly description: string;
  /** The file size, for the progress bar. */
  readonly totalBytes: number;
  /** Streams the data rows; may be called more than once. `onBytes` reports progress. */
  rows(onBytes?: (bytesRead: number) => void): AsyncIterable<TableRow>;
}

/** A user-facing input problem: printed as "Error: …" with exit code 2. */
export class InputError extends Error {}
