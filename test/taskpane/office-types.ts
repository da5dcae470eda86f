/**
 * Reads the Excel namespace of node_modules/@types/office-js/index.d.ts: each class's members
 * with the requirement set its doc comment names, and each enum's string values.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface ExcelTypes {
  /** Class name → member name → ExcelApi version ("1.13"), or "" when none is named. */
  readonly classes: Map<string, Map<string, string>>;
  readonly enums: Map<string, string[]>;
}

export function readExcelTypes(): ExcelTypes {
  const file = join(__dirname, "../../node_modules/@types/office-js/index.d.ts");
  const text = readFileSync(file, "utf8");
  const start = text.indexOf("\ndeclare namespace Excel {");
  const end = text.indexOf("\ndeclare namespace Word {", start);
  const lines = text.slice(start, end).split("\n");

  const classes = new Map<string, Map<string, string>>();
  const enums = new Map<string, string[]>();
  let current: Map<string, string> | null = null;
  let currentEnum: string[] | null = null;
  let apiSet = "";
  for (const line of lines) {
    const cls = /^ {4}class (\w+) extends [\w.]+ \{$/.exec(line);
    const en = /^ {4}enum (\w+) \{$/.exec(line);
    if (cls) {
      current = new Map();
      classes.set(cls[1], current);
      continue;
    }
    if (en) {
      currentEnum = [];
      enums.set(en[1], currentEnum);
      continue;
    }
    if (/^ {4}\}$/.test(line)) {
      current = null;
      currentEnum = null;
      continue;
    }
    const set = /\[Api set: ExcelApi (\d+\.\d+)/.exec(line);
    if (set) apiSet = set[1];
    if (current) {
      const member = /^ {8}(?:readonly )?(\w+)\??[(:<]/.exec(line);
      if (member && !current.has(member[1])) current.set(member[1], apiSet);
      if (member) apiSet = "";
    }
    if (currentEnum) {
      const value = /^ {8}\w+ = "([^"]+)",?$/.exec(line);
      if (value) currentEnum.push(value[1]);
    }
  }
  return { classes, enums };
}

/** Compares "1.9" and "1.13" as versions. */
export function versionAtMost(version: string, limit: string): boolean {
  const [a, b] = version.split(".").map(Number);
  const [c, d] = limit.split(".").map(Number);
  return a < c || (a === c && b <= d);
}
