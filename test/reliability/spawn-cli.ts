/**
 * Runs the built CLI without blocking the test process, so that a server in the test can
 * answer (or a signal can be sent) while it runs.
 */
import { ChildProcess, spawn } from "node:child_process";
import { BIN, ROOT } from "../cli/run-cli";

export interface Finished {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function startGradekit(args: string[]): { child: ChildProcess; done: Promise<Finished> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += String(d)));
  child.stderr.on("data", (d) => (stderr += String(d)));
  const done = new Promise<Finished>((resolve) =>
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr }))
  );
  return { child, done };
}

export function gradekitAsync(args: string[]): Promise<Finished> {
  return startGradekit(args).done;
}
