/**
 * The gradekit command line. Each command lives in src/cli/commands; this file only wires
 * arguments to them and turns expected errors into a message and an exit code.
 */
import { Command, Option } from "commander";
import { calc } from "./commands/calc";

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("gradekit")
    .description(
      "Grade records by published Chinese standards, with the GradeKit add-in's own functions"
    )
    .showHelpAfterError();

  program
    .command("calc")
    .description(
      "evaluate Excel formulas such as =GRADE.INCIDENTLEVEL(12,0,0); with no formula, read one per line from standard input"
    )
    .argument("[formulas...]", "formulas to evaluate")
    .option("--json", 'print one JSON object per line: {"value": …} or {"error": …, "message": …}')
    .option("--file <path>", "read formulas from a file, one per line (# starts a comment)")
    .addOption(
      new Option("--lang <lang>", "language of messages and explanations")
        .choices(["zh", "en"])
        .default("zh")
    )
    .action(async (formulas: string[], options) => calc(formulas, options));

  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    process.stderr.write(`Error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}
