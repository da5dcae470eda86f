/**
 * The gradekit command line. Each command lives in src/cli/commands; this file only wires
 * arguments to them and turns expected errors into a message and an exit code.
 */
import { Command, CommanderError, Option } from "commander";
import { discardLiveFiles } from "./output-file";
import { InputError } from "./table";

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Every command takes --lang the same way: zh or en, anything else refused. */
const langOption = (description: string) =>
  new Option("--lang <lang>", description).choices(["zh", "en"]).default("zh");

/** The exit code for what the user must fix: a usage error, or input GradeKit refuses. */
export const USAGE_EXIT_CODE = 2;

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("gradekit")
    .description(
      "Grade records by published Chinese standards, with the GradeKit add-in's own functions"
    )
    .showHelpAfterError()
    // Commander's own usage errors exit like GradeKit's (2); subcommands inherit this.
    .exitOverride();

  program
    .command("calc")
    .description(
      "evaluate Excel formulas such as =GRADE.INCIDENTLEVEL(12,0,0); with no formula, read one per line from standard input"
    )
    .argument("[formulas...]", "formulas to evaluate")
    .option("--json", 'print one JSON object per line: {"value": …} or {"error": …, "message": …}')
    .option("--file <path>", "read formulas from a file, one per line (# starts a comment)")
    .addOption(langOption("language of messages and explanations"))
    // Each command loads its own modules (HyperFormula, ExcelJS) only when it runs.
    .action(async (formulas: string[], options) => {
      const { calc } = await import("./commands/calc");
      await calc(formulas, options);
    });

  program
    .command("grade")
    .description(
      "grade every row of a CSV or xlsx table into a new file with colours and a summary"
    )
    .argument("<file>", "the table to grade (.xlsx or .csv)")
    .requiredOption("--function <id>", "the grading function, e.g. INCIDENTLEVEL or 事故等级")
    .requiredOption("--out <file>", "the new file to write (.xlsx or .csv)")
    .option("--map <param=header,...>", "take a parameter from the named column", collect)
    .option("--set <param=value,...>", "give a parameter the same value on every row", collect)
    .option("--sheet <name>", "the sheet to read (default: the first)")
    .option("--by <column>", "split the summary by this column's values")
    .option("--formulas", "write =GRADE.* formulas (with cached values) instead of values")
    .addOption(langOption("language of headings, the mapping report and messages"))
    .option("--force", "replace --out if it exists")
    .option(
      "--value-map <param:from=to,...>",
      "translate a column's words to the standard's",
      collect
    )
    .option(
      "--skip <column=value>",
      "count rows with this value apart instead of grading them",
      collect
    )
    .option(
      "--derive <param=dateColumn+days>",
      "compute a date parameter; days may be median(end-start|column=value)",
      collect
    )
    .action(async (file: string, options) => {
      const { grade } = await import("./commands/grade");
      await grade(file, options);
    });

  program
    .command("recalc")
    .description("recalculate every =GRADE.* formula in a workbook and refresh its grade summaries")
    .argument("<workbook>", "the .xlsx or .xlsm workbook")
    .requiredOption("--out <file>", "the refreshed copy to write")
    .option("--force", "replace --out if it exists")
    .addOption(langOption("language of what recalc prints"))
    .action(async (file: string, options) => {
      const { recalc } = await import("./commands/recalc");
      await recalc(file, options);
    });

  return program;
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
let interruptible = false;

/** Ctrl-C or a kill removes the half-written output before the process ends. */
function removeTempFilesOnSignal(): void {
  if (interruptible) return;
  interruptible = true;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.once(signal, () => {
      const removed = discardLiveFiles();
      const note = removed > 0 ? "; the unfinished output was removed" : "";
      process.stderr.write(`interrupted (${signal})${note}\n`);
      process.exit(128 + number);
    });
  }
}

/** What went wrong, in the user's language where GradeKit wrote the message. */
function errorText(e: unknown, en: boolean): string {
  if (e instanceof InputError && e.text) return en ? e.text.en : e.text.zh;
  const code = (e as { code?: string; path?: string }).code;
  const path = (e as { path?: string }).path;
  if (code === "ENOENT" && path) return en ? `no such file: ${path}` : `找不到文件：${path}`;
  if (code === "EACCES" && path) return en ? `permission denied: ${path}` : `没有权限访问：${path}`;
  // Reading a folder fails in read(), which names no path.
  if (code === "EISDIR") {
    const what = path ?? (en ? "the input" : "输入");
    return en ? `${what} is a folder, not a file` : `${what}是文件夹，不是文件`;
  }
  return e instanceof Error ? e.message : String(e);
}

/**
 * A reader that stops early (`gradekit grade … | head -1`) closes the pipe: what is left to
 * print goes unread, and the work, and its output file, still finish.
 */
function ignoreClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
    });
  }
}

export async function main(argv: string[]): Promise<void> {
  removeTempFilesOnSignal();
  ignoreClosedPipes();
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    // Commander has printed its message (or the help); help asked for is no error.
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
      return;
    }
    // InputError is the user's to fix; anything else is reported the same way, without a stack.
    const en = argv.some((a, i) => a === "--lang=en" || (a === "--lang" && argv[i + 1] === "en"));
    process.stderr.write(`${en ? "Error: " : "错误："}${errorText(e, en)}\n`);
    process.exitCode = USAGE_EXIT_CODE;
  }
}
