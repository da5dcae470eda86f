/**
 * Output files appear whole or not at all: everything is written to a temporary file in the
 * target's directory and renamed over the target at the end, so a failure part-way leaves
 * no half-written file and any previous output untouched. Inputs are never overwritten.
 *
 * A temporary file is named `.<target>.gradekit-partial-<pid>-<random>.tmp`. A failure or
 * Ctrl-C removes it; a run killed outright (SIGKILL, power loss) cannot, so the next run
 * for the same target removes those whose process is gone.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { InputError } from "./table";

export interface PendingFile {
  /** Where to write now. */
  readonly temp: string;
  /** Where the file goes once complete. */
  readonly target: string;
}

const TAG = "gradekit-partial";

/** Temporary files of this process not yet committed or discarded. */
const live = new Set<string>();

/**
 * Whether two paths name one file: compared by device and inode, so a symlink, a hard link,
 * "./x" against "x", or another letter case on a case-insensitive disk are all caught.
 */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return resolve(a) === resolve(b);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === "EPERM";
  }
}

/** Removes temporary files a killed run left for `target`; returns their names. */
export function removeStaleTemps(target: string): string[] {
  const dir = dirname(resolve(target));
  const prefix = `.${basename(target)}.${TAG}-`;
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = Number(name.slice(prefix.length).split("-")[0]);
    if (!Number.isInteger(pid) || pid === process.pid || processAlive(pid)) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** Checks that `target` may be written, and picks a temporary name beside it. */
export function pendingFile(
  target: string,
  inputs: readonly string[],
  force: boolean
): PendingFile {
  if (inputs.some((input) => sameFile(input, target))) {
    throw new InputError({
      zh: `不会覆盖输入文件 ${target}，请用 --out 指定另一个文件`,
      en: `refusing to write over the input file ${target}; choose another --out`,
    });
  }
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new InputError({
      zh: `${target} 是文件夹，请给 --out 一个文件名`,
      en: `${target} is a folder; give --out a file name`,
    });
  }
  if (existsSync(target) && !force) {
    throw new InputError({
      zh: `${target} 已存在；如要替换，请加 --force`,
      en: `${target} already exists; add --force to replace it`,
    });
  }
  if (!existsSync(dirname(resolve(target)))) {
    throw new InputError({
      zh: `${target} 所在的文件夹不存在`,
      en: `the folder of ${target} does not exist`,
    });
  }
  for (const name of removeStaleTemps(target)) {
    process.stderr.write(`removed ${name}, left by an interrupted run\n`);
  }
  const unique = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const temp = join(dirname(resolve(target)), `.${basename(target)}.${TAG}-${unique}.tmp`);
  live.add(temp);
  return { target, temp };
}

/** Moves completed files into place. */
export function commitFiles(files: readonly PendingFile[]): void {
  for (const f of files) {
    renameSync(f.temp, f.target);
    live.delete(f.temp);
  }
}

/** Removes temporary files after a failure; the targets are left as they were. */
export function discardFiles(files: readonly PendingFile[]): void {
  for (const f of files) {
    rmSync(f.temp, { force: true });
    live.delete(f.temp);
  }
}

/** Removes every temporary file still being written, when the user interrupts the run. */
export function discardLiveFiles(): number {
  const removed = live.size;
  for (const temp of live) rmSync(temp, { force: true });
  live.clear();
  return removed;
}
