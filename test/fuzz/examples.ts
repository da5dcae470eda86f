/**
 * The arguments of the worked formulas in docs/ and examples/ (=GRADE.RETAILCODE("Z",1,…)),
 * by function and parameter position. Drawing each argument from these makes rows that
 * functions with several choice parameters actually grade, in combinations no page shows.
 */
import * as fs from "fs";
import * as path from "path";
import { GradingFunction } from "../../src/grading/types";
import { repoRoot } from "./vocabulary";

const FOLDERS = ["docs", "examples"];

function textFiles(folder: string): string[] {
  const root = path.join(repoRoot(), folder);
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return textFiles(file);
    return /\.(md|txt)$/.test(entry.name)
      ? [fs.readFileSync(path.join(repoRoot(), file), "utf8")]
      : [];
  });
}

/** Splits an argument list at top-level commas (not inside quotes, () or {}). */
function splitArguments(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((p) => p.trim());
}

/** The cells an argument stands for: a literal, or the items of an array constant. */
function cellsOf(arg: string): unknown[] {
  if (arg === "") return [null];
  if (/^".*"$/.test(arg)) return [arg.slice(1, -1).replace(/""/g, '"')];
  if (/^(TRUE|FALSE)$/i.test(arg)) return [arg.toUpperCase() === "TRUE"];
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(arg)) return [Number(arg)];
  if (arg.startsWith("{") && arg.endsWith("}"))
    return arg
      .slice(1, -1)
      .split(/[,;]/)
      .flatMap((item) => cellsOf(item.trim()));
  return []; // a reference or an expression: not a value to reuse
}

/** The argument lists of every =GRADE.ID(…) in the text. */
function callsIn(text: string, id: string): string[][] {
  const calls: string[][] = [];
  const opening = new RegExp(`GRADE(?:DEV)?\\.${id}\\(`, "g");
  for (const m of text.matchAll(opening)) {
    let depth = 1;
    let quoted = false;
    let i = (m.index as number) + m[0].length;
    const start = i;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '"') quoted = !quoted;
      else if (!quoted && text[i] === "(") depth++;
      else if (!quoted && text[i] === ")") depth--;
    }
    if (depth === 0) calls.push(splitArguments(text.slice(start, i - 1)));
  }
  return calls;
}

let corpus: string | undefined;

/** For each parameter of `fn`, the values its worked formulas pass there. */
export function exampleCells(fn: GradingFunction): unknown[][] {
  corpus ??= FOLDERS.flatMap(textFiles).join("\n");
  const pools: unknown[][] = fn.params.map(() => []);
  for (const args of callsIn(corpus, fn.id))
    args.forEach((arg, i) => {
      if (i < pools.length) pools[i].push(...cellsOf(arg));
    });
  return pools;
}
