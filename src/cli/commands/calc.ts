/**
 * `gradekit calc`: evaluates Excel formulas with the add-in's own functions, one result per
 * formula. Formula errors are results, not failures: the exit code is 0 whenever the input
 * could be read.
 */
import { createInterface } from "node:readline";
import { createReadStream } from "node:fs";
import { useLanguage } from "../../functions/excel-values";
import { calculate, CalcValue, createEngine } from "../formula-engine";

export interface CalcOptions {
  json?: boolean;
  file?: string;
  lang?: "zh" | "en";
}

/** One line per formula; a spilled result in Excel's array notation, {a,b;c,d}. */
function plain(v: CalcValue): string {
  if (Array.isArray(v)) return `{${v.map((row) => row.map(plain).join(",")).join(";")}}`;
  if (typeof v === "object") return v.message ? `${v.error} ${v.message}` : v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function asJson(v: CalcValue): string {
  if (typeof v === "object" && !Array.isArray(v)) return JSON.stringify(v);
  return JSON.stringify({ value: v });
}

export async function calc(formulas: string[], options: CalcOptions): Promise<void> {
  useLanguage(options.lang);
  const engine = createEngine();
  const sheetId = engine.getSheetId(engine.addSheet("Sheet1")) as number;
  const show = options.json ? asJson : plain;
  const print = (formula: string) =>
    process.stdout.write(`${show(calculate(engine, sheetId, formula))}\n`);

  if (formulas.length > 0) {
    formulas.forEach(print);
    return;
  }
  const input = options.file ? createReadStream(options.file, "utf8") : process.stdin;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    const formula = line.replace(/^\uFEFF/, "");
    if (formula.trim() === "" || formula.trimStart().startsWith("#")) continue;
    print(formula);
  }
}
