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

/** A single value as Excel shows it in a cell; an error with its message. */
function plainValue(v: Exclude<CalcValue, CalcValue[][]>): string {
  if (typeof v === "object") return v.message ? `${v.error} ${v.message}` : v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return typeof v === "number" ? excelNumber(v) : String(v);
}

/** A number in Excel's General form: 15 significant digits, exponents as 1E+21 and 1E-07. */
function excelNumber(n: number): string {
  const shown = String(Number(n.toPrecision(15)));
  return shown.replace(/e([+-])(\d)$/, "E$10$2").replace(/e([+-]\d\d+)$/, "E$1");
}

/** A value inside an array constant: text in double quotes (quotes doubled), errors by code. */
function arrayItem(v: CalcValue): string {
  if (typeof v === "string") return `"${v.replace(/"/g, '""')}"`;
  if (typeof v === "object" && !Array.isArray(v)) return v.error;
  return plainValue(v as Exclude<CalcValue, CalcValue[][]>);
}

/**
 * One line per formula; a spilled result as Excel writes an array constant, {"a","b";1,2},
 * followed by the message of each error in it, placed by row and column (R2C1).
 */
function plain(v: CalcValue): string {
  if (!Array.isArray(v)) return plainValue(v);
  const array = `{${v.map((row) => row.map(arrayItem).join(",")).join(";")}}`;
  const notes: string[] = [];
  v.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell === "object" && !Array.isArray(cell) && cell.message) {
        notes.push(`R${r + 1}C${c + 1} ${cell.error} ${cell.message}`);
      }
    })
  );
  return [array, ...notes].join("  ");
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
