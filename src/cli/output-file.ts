/**
 * Output files appear whole or not at all: everything is written to a temporary file in the
 * target's directory and renamed over the target at the end, so a failure part-way leaves
 * no half-written file and any previous output untouched. Inputs are never overwritten.
 */
import { existsSync, realpathSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { InputError } from "./table";

export interface PendingFile {
  /** Where to write now. */
  readonly temp: string;
  /** Where the file goes once complete. */
  readonly target: string;
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}

/** Checks that `target` may be written, and picks a temporary name beside it. */
export function pendingFile(
  target: string,
  inputs: readonly string[],
  force: boolean
): PendingFile {
  if (inputs.some((input) => samePath(input, target))) {
    throw new InputError(`refusing to write over the input file ${target}; choose another --out`);
  }
  if (existsSync(target) && !force) {
    throw new InputError(`${target} already exists; add --force to replace it`);
  }
  if (!existsSync(dirname(resolve(target)))) {
    throw new InputError(`the folder of ${target} does not exist`);
  }
  const unique = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  return { target, temp: join(dirname(resolve(target)), `.${basename(target)}.${unique}.tmp`) };
}

/** Moves completed files into place. */
export function commitFiles(files: readonly PendingFile[]): void {
  for (const f of files) renameSync(f.temp, f.target);
}

/** Removes temporary files after a failure; the targets are left as they were. */
export function discardFiles(files: readonly PendingFile[]): void {
  for (const f of files) rmSync(f.temp, { force: true });
}
