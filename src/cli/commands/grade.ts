/**
 * `gradekit grade`: grades every row of a CSV or xlsx table with one grading function and
 * writes a new file with the grades, colours and a summary; the summary is also printed.
 * Each row goes through the engine's own gradeRow with the cells Excel would pass.
 */
import { extname, basename } from "node:path";
import { messages } from "../../grading/messages";
import { isoFromSerial } from "../../grading/read/dates";
import {
  Cell,
  findFunction,
  catalogue,
  rowGrader,
  GradingFunction,
  Lang,
  Outcome,
  pick,
  todaySerial,
} from "../../grading";
import {
  describeMapping,
  mapSources,
  MappingError,
  unreadableInput,
  rowInputs,
  sameHeader,
  SourceMapping,
} from "../column-sources";
import { openCsv, typeCsvField } from "../csv-input";
import { createCsvWriter } from "../csv-output";
import { EXCEL_COLUMNS } from "../excel-refs";
import { createXlsxWriter, GradedWriter } from "../xlsx-output";
import { commitFiles, discardFiles, pendingFile, PendingFile } from "../output-file";
import {
  parseDerivation,
  parseSkip,
  parseValueMap,
  Preparation,
  prepareInputs,
  skipReason,
} from "../preparation";
import { Summary } from "../summary";
import { InputError, Table, TableRow } from "../table";

export interface GradeOptions {
  function: string;
  out: string;
  map?: string[];
  set?: string[];
  sheet?: string;
  by?: string;
  formulas?: boolean;
  lang?: string;
  force?: boolean;
  valueMap?: string[];
  skip?: string[];
  derive?: string[];
  /** Tests only: called after each row is written (to simulate a failure part-way). */
  afterRow?: (n: number) => void;
}

/** A --set value: a plain number is a number, anything else (dates too) stays text. */
function setValue(text: string): Cell {
  const typed = typeCsvField(text);
  return typeof typed === "number" && /^[+-]?[\d.]+(e[+-]?\d+)?$/i.test(text.trim()) ? typed : text;
}

const PROGRESS_MIN_BYTES = 2 * 1024 * 1024;
/** Row warnings printed before the rest are left to the summary's list of reasons. */
const MAX_WARNINGS = 10;

/** Splits repeated `a=b,c=d` options into pairs. */
export function pairs(specs: readonly string[] | undefined, option: string): [string, string][] {
  const out: [string, string][] = [];
  for (const spec of specs ?? []) {
    for (const part of spec.split(",")) {
      const eq = part.indexOf("=");
      if (eq <= 0) throw new InputError(messages.optionNeedsPairs(option, part));
      out.push([part.slice(0, eq).trim(), part.slice(eq + 1).trim()]);
    }
  }
  return out;
}

function functionOf(name: string): GradingFunction {
  const fn = findFunction(name);
  if (!fn) {
    const near = catalogue.filter(
      (f) => f.name.zh.includes(name) || f.id.includes(name.toUpperCase())
    );
    const list = (near.length > 0 ? near : catalogue)
      .map((f) => `${f.id}（${f.name.zh}）`)
      .join("、");
    throw new InputError({
      zh: `未知的函数“${name}”。${near.length > 0 ? "是否要用" : "可用的函数"}：${list}`,
      en: `unknown function "${name}". ${near.length > 0 ? "Did you mean" : "Known"}: ${list}`,
    });
  }
  return fn;
}

async function openTable(
  path: string,
  lang: Lang,
  sheet?: string
): Promise<Table & { numFmts?: readonly (string | undefined)[] }> {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv" || ext === ".txt" || ext === ".tsv") return openCsv(path, lang);
  // Loaded here, so a CSV run never loads the zip and workbook libraries.
  if (ext === ".xlsx" || ext === ".xlsm")
    return (await import("../xlsx-input")).openXlsx(path, sheet);
  throw new InputError({
    zh: `${path}：grade 读取 .csv 和 .xlsx 文件（收到“${ext || "无扩展名"}”）；.xls 请先在 Excel 中另存为 .xlsx`,
    en: `${path}: grade reads .csv and .xlsx files (got "${ext || "no extension"}")`,
  });
}

/** The columns grading reads: mapped inputs, the --by column, --skip and --derive columns. */
function typedColumns(mapping: SourceMapping, prep: Preparation, by: number | undefined) {
  const columns = new Set<number>();
  for (const s of mapping.sources) if (s.kind === "column") columns.add(s.index);
  if (by !== undefined) columns.add(by);
  for (const s of prep.skips) columns.add(s.column);
  for (const d of prep.derivations) columns.add(d.dateColumn);
  return columns;
}

/**
 * Waits for the output to drain, then reports row `n` written. A function of its own: a
 * closure made inside the per-row function would make every row allocate its scope.
 */
function afterDraining(
  draining: Promise<void>,
  afterRow: ((n: number) => void) | undefined,
  n: number
): Promise<void> {
  return afterRow ? draining.then(() => afterRow(n)) : draining;
}

async function progressBar(table: Table): Promise<{ onBytes?: (n: number) => void; stop(): void }> {
  if (!process.stderr.isTTY || table.totalBytes < PROGRESS_MIN_BYTES) {
    return { stop: () => undefined };
  }
  const { SingleBar } = await import("cli-progress");
  const bar = new SingleBar({
    stream: process.stderr,
    format: "grading [{bar}] {percentage}% | {eta}s left",
    etaBuffer: 50,
  });
  bar.start(table.totalBytes, 0);
  return { onBytes: (n) => bar.update(n), stop: () => bar.stop() };
}

export async function grade(input: string, options: GradeOptions): Promise<Summary> {
  const fn = functionOf(options.function);
  const lang: Lang = options.lang === "en" ? "en" : "zh";
  const outExt = extname(options.out).toLowerCase();
  if (outExt !== ".xlsx" && outExt !== ".csv") {
    throw new InputError({
      zh: `--out 须以 .xlsx 或 .csv 结尾（收到 ${options.out}）`,
      en: `--out must end in .xlsx or .csv (got ${options.out})`,
    });
  }
  const files: PendingFile[] = [pendingFile(options.out, [input], !!options.force)];
  if (outExt === ".csv")
    files.push(pendingFile(`${options.out}.summary.csv`, [input], !!options.force));

  const table = await openTable(input, lang, options.sheet);
  const derived = (options.derive ?? []).map((d) => {
    const eq = d.indexOf("=");
    if (eq <= 0) throw new InputError(messages.deriveForm(d));
    return d.slice(0, eq).trim();
  });
  let mapping;
  try {
    mapping = mapSources(fn, table.headers, {
      map: Object.fromEntries(pairs(options.map, "--map")),
      set: Object.fromEntries(pairs(options.set, "--set").map(([k, v]) => [k, setValue(v)])),
      derived,
    });
  } catch (e) {
    if (e instanceof MappingError) throw new InputError(pick(e.text, lang));
    throw e;
  }
  const prep: Preparation = {
    valueMaps: (options.valueMap ?? []).map((v) => parseValueMap(fn, v)),
    skips: (options.skip ?? []).map((s) => parseSkip(table, s)),
    derivations: await Promise.all(
      (options.derive ?? []).map((d) => parseDerivation(fn, table, d))
    ),
  };
  const byColumn =
    options.by === undefined
      ? undefined
      : table.headers.findIndex((h) => sameHeader(String(h ?? ""), options.by as string));
  if (byColumn !== undefined && byColumn < 0) {
    throw new InputError({
      zh: `--by：没有“${options.by}”列（表头：${table.headers.join("、")}）`,
      en: `--by: no column "${options.by}" (headers found: ${table.headers.join(", ")})`,
    });
  }

  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`${basename(input)}：${pick(table.description, lang)}`);
  log(`${fn.id} ${lang === "en" ? "columns" : "列对应"}:`);
  for (const line of describeMapping(fn, mapping)) log(`  ${pick(line, lang)}`);
  for (const d of prep.derivations)
    log(`  ${fn.params[d.param].name} = ${table.headers[d.dateColumn]} + ${pick(d.how, lang)}`);
  const asOfIndex = fn.params.findIndex((p) => p.name === "asOf");
  if (asOfIndex >= 0 && mapping.sources[asOfIndex].kind === "absent") {
    log(pick(messages.asOfToday(isoFromSerial(todaySerial())), lang));
  }
  if (options.formulas && outExt === ".csv") log(pick(messages.formulasNeedXlsx, lang));

  // The graded workbook adds a grade and a reason column after the table's own.
  if (outExt !== ".csv" && table.headers.length + 2 > EXCEL_COLUMNS) {
    throw new InputError(messages.tooWideForXlsx(table.headers.length, EXCEL_COLUMNS));
  }

  const summary = new Summary(
    fn,
    lang,
    byColumn === undefined ? undefined : table.headers[byColumn]
  );
  const gradeInputs = rowGrader(fn, { today: todaySerial() });
  const progress = await progressBar(table);
  let n = 0;
  const warned = new Set<string>();
  try {
    const writer: GradedWriter =
      outExt === ".csv"
        ? createCsvWriter(files[0].temp, files[1].temp, fn, table.headers, lang, table.lineBreak)
        : createXlsxWriter({
            path: files[0].temp,
            fn,
            headers: table.headers,
            sheetName: options.sheet ?? basename(input, extname(input)),
            lang,
            numFmts: table.numFmts,
            formulas: options.formulas ? { mapping, prep } : undefined,
            byColumn,
            merges: table.merges,
          });
    const typed = typedColumns(mapping, prep, byColumn);
    const inputs: Cell[] = new Array(fn.params.length);
    const take = (row: TableRow): Promise<void> | void => {
      n++;
      // A row cut off in the file, or with an input cell that cannot be read, is not graded.
      // A row set aside (a table's totals row) is no record: nothing in it is refused.
      const refused = row.setAside
        ? undefined
        : (row.cutOff ?? row.extraFields ?? unreadableInput(mapping, row.merged, row.uncalculated));
      const notice = refused ?? row.unterminated;
      if (notice && !warned.has(notice.en) && warned.size <= MAX_WARNINGS) {
        warned.add(notice.en);
        log(
          warned.size > MAX_WARNINGS
            ? pick(messages.moreWarnings, lang)
            : `${lang === "en" ? "warning: " : "警告："}${pick(notice, lang)}`
        );
      }
      const skipped = refused ? undefined : (row.setAside ?? skipReason(prep, row.cells));
      const outcome: Outcome | string = refused
        ? { kind: "failure", code: "#VALUE!", message: refused }
        : (skipped ??
          gradeInputs(prepareInputs(prep, row.cells, rowInputs(mapping, row.cells, inputs))));
      summary.add(outcome, byColumn === undefined ? null : row.cells[byColumn], n + 1);
      const draining = writer.writeRow(row, outcome, refused !== undefined);
      if (draining) return afterDraining(draining, options.afterRow, n);
      options.afterRow?.(n);
    };
    await table.eachRow(take, progress.onBytes, typed);
    await writer.finish(summary);
    commitFiles(files);
  } catch (e) {
    discardFiles(files);
    throw e;
  } finally {
    progress.stop();
  }
  log(
    `${n} ${lang === "en" ? "rows read; written" : "行已处理，写入"} ${files.map((f) => f.target).join(", ")}`
  );
  process.stdout.write(summary.render());
  return summary;
}
