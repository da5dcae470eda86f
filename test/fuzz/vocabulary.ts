/**
 * The words and numbers the fuzzer draws from, read from the catalogue and from the
 * standards' own source files, so a standard added later brings its keywords, units and
 * thresholds with it without touching the fuzzer.
 */
import * as fs from "fs";
import * as path from "path";
import { catalogue } from "../../src/grading/catalogue";
import { GradingFunction } from "../../src/grading/types";

/** The repository root: the nearest folder up with GradeKit's package.json. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest) && /"name":\s*"gradekit"/.test(fs.readFileSync(manifest, "utf8")))
      return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no GradeKit package.json above ${__dirname}`);
    dir = up;
  }
}

const texts = new Map<string, string>();

/** A source file's text, by its path from the repository root. */
function read(file: string): string {
  let text = texts.get(file);
  if (text === undefined)
    texts.set(file, (text = fs.readFileSync(path.join(repoRoot(), file), "utf8")));
  return text;
}

function filesUnder(folder: string): string[] {
  const root = path.join(repoRoot(), folder);
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(file);
    return entry.name.endsWith(".ts") ? [file] : [];
  });
}

function sourcesUnder(folder: string): string[] {
  return filesUnder(folder).map(read);
}

/** A file and the files it imports from its own folder or below ("./…"), transitively. */
function withLocalImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const imports = [...read(file).matchAll(/from "(\.\/[^"]+)"/g)].map((m) =>
    path.join(path.dirname(file), `${m[1]}.ts`)
  );
  return [file, ...imports.filter((f) => fs.existsSync(path.join(repoRoot(), f)))].flatMap((f) =>
    f === file ? [f] : withLocalImports(f, seen)
  );
}

const RULE_FOLDERS = ["src/grading/standards", "src/grading/read", "src/grading/params.ts"];

function ruleSources(): string[] {
  return RULE_FOLDERS.flatMap((f) => (f.endsWith(".ts") ? [read(f)] : sourcesUnder(f)));
}

const LITERAL = /(zh:\s*)?"((?:[^"\\\n]|\\.)*)"/g;

/**
 * String literals of the rule sources. `inputs` leaves out the Chinese halves of messages
 * (`zh: "…"`): what remains is vocabulary (choice words, units, keywords, headers, labels).
 */
function literals(sources: readonly string[]): { all: string[]; inputs: string[] } {
  const all = new Set<string>();
  const inputs = new Set<string>();
  for (const source of sources) {
    for (const m of source.matchAll(LITERAL)) {
      const text = JSON.parse(`"${m[2]}"`) as string;
      if (text.startsWith(".")) continue; // an import path
      all.add(text);
      if (!m[1]) inputs.add(text);
    }
  }
  return { all: [...all], inputs: [...inputs] };
}

const vocabularies = new Map<string, { words: string[]; choices: string[] }>();

/**
 * The vocabulary of the file that declares `fn`: every literal (keywords, units, headers)
 * and, apart, the words of its Choice lists (`words: [...]`), which a reader accepts.
 */
export function wordsOf(fn: GradingFunction): { words: string[]; choices: string[] } {
  const known = vocabularies.get(fn.id);
  if (known) return known;
  const declaring = filesUnder("src/grading/standards").filter((f) =>
    read(f).includes(`id: "${fn.id}"`)
  );
  const own = declaring.flatMap((f) => withLocalImports(f)).map(read);
  const words = literals(own).inputs.filter((w) => w.length > 0 && w.length <= 40);
  const lists = own.flatMap((s) => [...s.matchAll(/words:\s*\[([^\]]*)\]/g)].map((m) => m[1]));
  const choices = literals(lists).all;
  const found = { words: words.length ? words : [...sourceWords], choices };
  vocabularies.set(fn.id, found);
  return found;
}

const NUMBER_LITERAL = /(?<![\w.$])(\d+(?:_\d+)*(?:\.\d+)?(?:e\d+)?)(?![\w])/gi;

/** Numeric literals of the standards (thresholds sit next to their clauses there). */
function thresholdsInSources(): number[] {
  const found = new Set<number>();
  for (const source of sourcesUnder("src/grading/standards")) {
    for (const m of source.matchAll(NUMBER_LITERAL)) {
      const n = Number(m[1].replace(/_/g, ""));
      if (Number.isFinite(n)) found.add(n);
    }
  }
  return [...found];
}

/** The thresholds every brief names, whatever the standards declare. */
const COMMON_THRESHOLDS = [
  0, 1, 2, 3, 9, 10, 29, 30, 49, 50, 99, 100, 999, 1000, 1e4, 1e5, 1e6, 1e7, 5e7, 1e8,
];

const { all, inputs } = literals(ruleSources());

export const sourceWords: readonly string[] = all.filter((s) => s.length > 0 && s.length <= 40);
export const thresholds: readonly number[] = [
  ...new Set([...COMMON_THRESHOLDS, ...thresholdsInSources()]),
].sort((a, b) => a - b);

/** Every name of every edition, so options see the real names and their near misses. */
export function editionNames(fn?: GradingFunction): string[] {
  const fns = fn ? [fn] : catalogue;
  return fns.flatMap((f) =>
    f.editions.flatMap((e) => [e.id, ...(e.aliases ?? []), String(e.year), String(e.year).slice(2)])
  );
}

const HAN_RUN = /\p{Script=Han}+/gu;

/** English templates of messages.ts: the Chinese they quote (是/否, 2026年5月1日) is vocabulary. */
function englishTemplates(): string[] {
  const source = fs.readFileSync(path.join(repoRoot(), "src/grading/messages.ts"), "utf8");
  return [...source.matchAll(/en:\s*(?:`([^`]*)`|"((?:[^"\\]|\\.)*)")/g)].map((m) => m[1] ?? m[2]);
}

/**
 * Chinese an English sentence may legitimately contain: labels, edition names and sources,
 * input vocabulary, and what the English message templates themselves quote.
 */
const ALLOWED_HAN = [
  ...inputs,
  ...englishTemplates(),
  ...catalogue.flatMap((f) =>
    f.editions.flatMap((e) => [
      ...editionNames(f),
      ...e.labels.map(String),
      e.source.en,
      e.clause.en,
    ])
  ),
].join("\u0000");

// Chinese sentence punctuation, which English wording should not use around its own words.
const CHINESE_PUNCTUATION = /[（）：；，。]/gu;

/**
 * What in an English text is not English: Han runs that are neither allowed vocabulary nor
 * in `quoted` (the inputs), Chinese sentence punctuation and doubled spaces outside them.
 */
export function untranslated(english: string, quoted: readonly string[]): string[] {
  const extra = quoted.join("\u0000");
  const han = (english.match(HAN_RUN) ?? []).filter(
    (run) => !ALLOWED_HAN.includes(run) && !extra.includes(run)
  );
  // Messages quote the inputs they show ("…"); inputs holding quotes make that unreadable.
  if (quoted.some((q) => q.includes('"'))) return han;
  const own = english.replace(/"[^"]*"|“[^”]*”/g, "Q");
  const punctuation = own.match(CHINESE_PUNCTUATION) ?? [];
  const spaces = own.includes("  ") ? ["a doubled space"] : [];
  return [...han, ...punctuation, ...spaces, ...(own.includes("(空)") ? ["(空)"] : [])];
}
