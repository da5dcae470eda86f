/** Helpers for the CLI tests: temporary folders and captured output. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function tempDir(): { path: (name: string) => string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "gradekit-cli-"));
  return {
    dir,
    path: (name) => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Captured<T> {
  result?: T;
  error?: unknown;
  stdout: string;
  stderr: string;
}

/** Runs `action` with stdout and stderr captured. */
export async function capture<T>(action: () => Promise<T>): Promise<Captured<T>> {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  const err = jest.spyOn(process.stderr, "write").mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
  try {
    return { result: await action(), stdout, stderr };
  } catch (error) {
    return { error, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

export const ACCIDENTS_CSV = [
  "事故编号,单位,死亡人数,重伤人数,直接经济损失(万元)",
  "A1,甲,3人,0,100",
  "A2,乙,０,12,0.8亿元",
  "A3,甲,,,",
  "A4,丙,abc,1,5",
  "A5,乙,31,0,12000",
  "A6,甲,1,2,50",
].join("\r\n");

/** The grades the rows above get, in order ("" blank, codes for errors). */
export const ACCIDENT_GRADES = ["较大事故", "重大事故", "", "#VALUE!", "特别重大事故", "一般事故"];
