/**
 * Reading CSV the way Chinese offices write it: UTF-8 with or without a BOM, or GB18030/GBK
 * from older Excel; comma, semicolon or tab separated. Cells are typed as Excel types them
 * when it opens a CSV: plain numbers become numbers, everything else stays text.
 *
 * A file cut off mid-write (a copy or download that stopped) ends without a line break. Its
 * last row is then checked: with fewer fields than the header, or inside an open quote, it
 * is cut off and never graded as if complete; with every field, it is graded and flagged,
 * since its last field may still be short.
 */
import { createReadStream, openSync, readSync, closeSync, statSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import * as iconv from "iconv-lite";
import { Cell, Lang, pick, Text } from "../grading";
import { messages } from "../grading/messages";
import { serialFromParts } from "../grading/read/dates";
import { refusal } from "./package-guard";
import { drain, InputError, RowTaker, Table, TableRow } from "./table";

export type CsvEncoding = "utf8" | "gb18030";

/**
 * Where the bytes stop being whole UTF-8 characters: before a lead byte at the end whose
 * character the next chunk completes.
 */
function wholeCharsEnd(bytes: Buffer): number {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
    const b = bytes[i];
    if (b < 0x80) return bytes.length;
    if (b >= 0xc0) {
      const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return i + size > bytes.length ? i : bytes.length;
    }
  }
  return bytes.length;
}

/**
 * UTF-8 when the whole file is valid UTF-8, else GB18030 (a superset of GBK and GB2312).
 * Node's isUtf8 checks each chunk without decoding it.
 */
export async function detectEncoding(path: string): Promise<CsvEncoding> {
  let carried: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes =
      carried.length > 0 ? Buffer.concat([carried, chunk as Buffer]) : (chunk as Buffer);
    const end = wholeCharsEnd(bytes);
    if (!isUtf8(bytes.subarray(0, end))) return "gb18030";
    carried = bytes.subarray(end);
  }
  return isUtf8(carried) ? "utf8" : "gb18030";
}

/** How much of a row's extra fields a reason quotes. */
const MAX_QUOTED = 200;
const DELIMITERS = [",", ";", "\t"] as const;

/** The delimiter that occurs most often outside quotes in the first line. */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
  }
  let best: string = ",";
  for (const d of DELIMITERS)
    if ((counts.get(d) as number) > (counts.get(best) as number)) best = d;
  return best;
}

/**
 * The first line of the file and the line break that ends it: LF, or CRLF (what Excel writes,
 * and what a first line ending otherwise, or not at all within 64 KB, is taken to use).
 */
function firstLineOf(path: string, encoding: CsvEncoding): { line: string; lineBreak: string } {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    const text = iconv.decode(buffer.subarray(0, n), encoding);
    const end = text.indexOf("\n");
    const lf = end >= 0 && text[end - 1] !== "\r";
    return { line: text.split(/\r?\n/, 1)[0] ?? "", lineBreak: lf ? "\n" : "\r\n" };
  } finally {
    closeSync(fd);
  }
}

/** Whether the file's last byte is a line break (LF or CR in UTF-8 and GB18030 alike). */
function endsWithLineBreak(path: string, size: number): boolean {
  if (size === 0) return true;
  const fd = openSync(path, "r");
  try {
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] === 0x0a || last[0] === 0x0d;
  } finally {
    closeSync(fd);
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PLAIN_NUMBER = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$|^[+-]?\.\d+$/;

/**
 * The value of plain digits with no leading zero ("0", "12", "118984162"), by far the
 * commonest field; -1 for anything else. 15 digits are always exact in a double.
 */
function digitsValue(field: string): number {
  const n = field.length;
  if (n === 0 || n > 15 || (n > 1 && field.charCodeAt(0) === 48)) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const c = field.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/**
 * A CSV field as Excel types it on opening: blank → null, a plain number → number, an ISO
 * date (2017-03-01) → its date serial, anything else stays text.
 */
export function typeCsvField(field: string): Cell {
  const digits = digitsValue(field);
  if (digits >= 0) return digits;
  const t = /^\s|\s$/.test(field) ? field.trim() : field;
  if (t === "") return null;
  if (PLAIN_NUMBER.test(t)) return Number(t);
  const d = ISO_DATE.exec(t);
  if (d) return serialFromParts(Number(d[1]), Number(d[2]), Number(d[3])) ?? field;
  return field;
}

/** The value an output workbook gets: dates as Date so they keep a date format. */
/** The value a workbook cell gets for a CSV field: dates typed as dates. */
export function writable(field: string, cell: Cell): unknown {
  if (typeof cell === "number" && ISO_DATE.test(field.trim())) {
    return new Date(Math.round((cell - 25569) * 86_400_000));
  }
  return cell;
}

/**
 * Calls a stream's write callback once `waiting` settles. A function of its own: a closure
 * made inside the per-record callback would make every record allocate its scope.
 */
function doneAfter(waiting: Promise<void>, done: (e?: Error | null) => void): void {
  waiting.then(() => done(), done);
}

/** Counts bytes as they pass, for the progress bar. */
function byteCounter(onBytes?: (n: number) => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      total += chunk.length;
      onBytes?.(total);
      done(null, chunk);
    },
  });
}

/** Why a file named as CSV is not one: a workbook (zip or CFB) given the wrong extension. */
function notCsv(path: string): Text | undefined {
  const head = Buffer.alloc(8);
  const fd = openSync(path, "r");
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    return {
      zh: `${path} 是 xlsx 工作簿（zip 格式），不是 CSV 文件；请把扩展名改为 .xlsx 后再评级`,
      en: `${path} is an xlsx workbook (a zip package), not a CSV file; rename it to .xlsx and grade it again`,
    };
  }
  // An .xls (or an encrypted workbook) is a CFB container: refusal names which.
  const cfb = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  return cfb ? (refusal(head, path) ?? undefined) : undefined;
}

export async function openCsv(path: string, lang: Lang = "en"): Promise<Table> {
  const wrong = notCsv(path);
  if (wrong) throw new InputError(wrong);
  const encoding = await detectEncoding(path);
  const { line, lineBreak } = firstLineOf(path, encoding);
  const delimiter = detectDelimiter(line.replace(/^\uFEFF/, ""));
  const totalBytes = statSync(path).size;
  const unterminated = !endsWithLineBreak(path, totalBytes);

  /**
   * The streams that read the file into parsed records, header row included; only the first
   * `upTo` records when given (the parser then stops instead of parsing what the file stream
   * has already read ahead).
   */
  function csvStreams(onBytes?: (n: number) => void, upTo?: number): NodeJS.ReadWriteStream[] {
    const options = {
      to: upTo ?? -1,
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    };
    const streams: NodeJS.ReadWriteStream[] = [];
    if (onBytes) streams.push(byteCounter(onBytes));
    // csv-parse decodes UTF-8 itself; only GB18030 needs a decoding stream in between.
    if (encoding !== "utf8") streams.push(iconv.decodeStream(encoding, { stripBOM: true }));
    streams.push(parse(options));
    return streams;
  }

  function fileStream(): NodeJS.ReadableStream {
    return createReadStream(path, { highWaterMark: 1 << 16 });
  }

  /** The parsed records, header row included, as one stream. */
  function csvStream(onBytes?: (n: number) => void, upTo?: number): NodeJS.ReadableStream {
    return csvStreams(onBytes, upTo).reduce<NodeJS.ReadableStream>(
      (s, next) => s.pipe(next),
      fileStream()
    );
  }

  /** A parse error as the user's error: an open quote means a cut-off file or a lost quote. */
  function readingError(e: unknown): unknown {
    const err = e as { code?: string; lines?: number };
    if (err.code !== "CSV_QUOTE_NOT_CLOSED") return e;
    return new InputError(`${path}: ${pick(messages.openQuoteAtEnd(err.lines ?? 0), lang)}`);
  }

  let headers: string[] | undefined;
  for await (const record of csvStream(undefined, 1) as AsyncIterable<string[]>) {
    headers = record.map((h) => h.trim());
    break;
  }
  if (!headers) throw new InputError(messages.emptyCsv(path));

  /** Builds a row from a record, typing only the columns in `typed` (all when absent). */
  function rowBuilder(typed?: ReadonlySet<number>): (record: string[], line: number) => TableRow {
    const width = headers!.length;
    const untyped = (i: number) => typed !== undefined && !typed.has(i);
    // The columns to type, worked out once: the others keep their text.
    const typedColumns = headers!.map((_, i) => i).filter((i) => !untyped(i));
    return (record, line) => {
      const cells: Cell[] = record.slice();
      for (let k = 0; k < typedColumns.length; k++) {
        const i = typedColumns[k];
        if (i < record.length) cells[i] = typeCsvField(record[i]);
      }
      if (record.length <= width) return { cells, raw: record };
      for (let i = width; i < record.length; i++)
        if (!untyped(i)) cells[i] = typeCsvField(record[i]);
      // Fields past the header would be dropped from the output and shift the others.
      // Named in the reason up to a length a cell can show (Excel holds 32,767 characters).
      const all = record.slice(width).join(delimiter);
      const extra = all.length > MAX_QUOTED ? `${all.slice(0, MAX_QUOTED)}…` : all;
      return {
        cells,
        raw: record,
        extraFields: messages.rowExtraFields(line, record.length, width, extra),
      };
    };
  }

  /**
   * The file's last record, on record line `line`. A last line of blanks is a blank row
   * whether or not it ends with a line break; otherwise a file that ends without one may have
   * been cut off.
   */
  function lastRow(row: (r: string[], line: number) => TableRow, held: string[], line: number) {
    const last = row(held, line);
    if (!unterminated || held.every((f) => f.trim() === "")) return last;
    const fields = headers!.length;
    return held.length < fields
      ? { ...last, cutOff: messages.rowCutOff(line, held.length, fields) }
      : { ...last, unterminated: messages.lastRowUnterminated(line) };
  }

  const shown = { utf8: "UTF-8", gb18030: "GB18030" }[encoding];
  const named = { ",": "comma", ";": "semicolon", "\t": "tab" }[delimiter] ?? delimiter;
  const namedZh = { ",": "逗号", ";": "分号", "\t": "制表符" }[delimiter] ?? delimiter;
  return {
    headers,
    description: {
      zh: `CSV 文件，${shown} 编码，${namedZh}分隔`,
      en: `CSV, ${shown}, ${named}-separated`,
    },
    totalBytes,
    lineBreak,
    async *batches(onBytes?: (n: number) => void, typed?: ReadonlySet<number>) {
      const row = rowBuilder(typed);
      // The last record read is held back: only the file's last one is checked for being cut
      // off. `count` is the records read so far, the header included, so record r of a batch
      // is on record line count - n + r + 1.
      let held: string[] | undefined;
      let heldLine = 0;
      let count = 0;
      try {
        for await (const records of drain<string[]>(csvStream(onBytes))) {
          const n = records.length;
          const first = count === 0 ? 1 : 0;
          count += n;
          if (n <= first) continue;
          const rows: TableRow[] = [];
          if (held) rows.push(row(held, heldLine));
          for (let r = first; r < n - 1; r++) rows.push(row(records[r], count - n + r + 1));
          held = records[n - 1];
          heldLine = count;
          if (rows.length > 0) yield rows;
        }
      } catch (e) {
        throw readingError(e);
      }
      if (held) yield [lastRow(row, held, heldLine)];
    },

    async eachRow(take: RowTaker, onBytes?: (n: number) => void, typed?: ReadonlySet<number>) {
      const row = rowBuilder(typed);
      // As in batches: the header is skipped and the last record is held back.
      let held: string[] | undefined;
      let heldLine = 0;
      let count = 0;
      const rows = new Writable({
        objectMode: true,
        write(record: string[], _encoding, done) {
          const previous = held;
          const line = heldLine;
          if (count++ > 0) {
            held = record;
            heldLine = count;
          }
          if (!previous) return done();
          let waiting: Promise<void> | void;
          try {
            waiting = take(row(previous, line));
          } catch (e) {
            return done(e as Error);
          }
          if (waiting) doneAfter(waiting, done);
          else done();
        },
      });
      try {
        await pipeline([fileStream(), ...csvStreams(onBytes), rows]);
      } catch (e) {
        throw readingError(e);
      }
      if (held) await take(lastRow(row, held, heldLine));
    },
  };
}
