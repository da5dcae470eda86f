/** Runs the built gradekit CLI (bin/gradekit.js → lib/) as a user would. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const BIN = join(ROOT, "bin", "gradekit.js");

export function gradekit(args: string[], input?: string, cwd = ROOT) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    input,
    cwd,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
