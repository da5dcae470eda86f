/**
 * `gradekit recalc`: recomputes every =GRADE.* formula in a workbook (and every formula
 * that depends on one), writes the new cached values into a copy, and refreshes the grade
 * summaries. Only the cells whose value changed are rewritten; every other part of the
 * package (pivot caches, the Data Model, connections, charts, VBA) is copied unchanged.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { openPackage } from "../xlsx-package";
import { cellWithValue, patchXml, sameValue } from "../sheet-xml";
import { recalculate } from "../workbook-calc";
import { Growth, widenSummaries } from "../summary-growth";
import { locateSummary, refreshSummary } from "../summary-refresh";
import { reasonPatches } from "../reason-refresh";
import { SheetCell } from "../sheet-xml";
import { commitFiles, discardFiles, pendingFile } from "../output-file";
import { InputError } from "../table";
import { Lang, pick, Text } from "../../grading";
import { messages } from "../../grading/messages";

export interface RecalcOptions {
  out: string;
  force?: boolean;
  /** The language of what recalc prints; the workbook's own cells keep their language. */
  lang?: Lang;
}

export interface RecalcReport {
  /** Cells whose cached value changed, by sheet name. */
  readonly changed: Record<string, number>;
  /** Formula cells recomputed in all. */
  readonly computed: number;
  readonly summaries: readonly string[];
  /** Summaries whose graded range grew with rows added below it. */
  readonly grown: readonly Growth[];
}

export async function recalc(input: string, options: RecalcOptions): Promise<RecalcReport> {
  if (!/\.xls[xm]$/i.test(options.out)) {
    throw new InputError(messages.recalcOutName(options.out));
  }
  const pending = pendingFile(options.out, [input], !!options.force);
  const pkg = await openPackage(readFileSync(input), input);
  const original: string[] = [];
  for (const s of pkg.sheets) original.push((await pkg.read(s.path)) ?? "");
  const { xmls, grown } = widenSummaries(pkg, original);
  const calc = recalculate(pkg, xmls);

  const changed: Record<string, number> = {};
  const summaries: string[] = [];
  let computed = 0;
  // Reason cells beside the grades, keyed by the data sheet they belong to.
  const reasons = new Map<number, ReturnType<typeof reasonPatches>>();
  for (const sheet of calc.sheets) {
    const target = locateSummary(sheet, calc);
    if (target)
      reasons.set(target.data.id, [
        ...(reasons.get(target.data.id) ?? []),
        ...reasonPatches(calc, target),
      ]);
  }

  for (const sheet of calc.sheets) {
    const replaced = new Map<SheetCell, string>();
    for (const [cell, value] of calc.results.get(sheet.id) ?? []) {
      computed++;
      if (!sameValue(cell.cached, value)) replaced.set(cell, cellWithValue(cell, value));
    }
    const valueChanges = replaced.size;
    for (const r of reasons.get(sheet.id) ?? []) {
      const before = replaced.get(r.cell) ?? sheet.xml.slice(r.cell.start, r.cell.end);
      replaced.set(r.cell, r.after ? before + r.xml : r.xml);
    }
    const patches = [...replaced].map(([cell, xml]) => ({ cell, xml }));
    let xml = patches.length > 0 ? patchXml(sheet.xml, patches) : sheet.xml;
    const summary = refreshSummary(sheet, calc, xml);
    if (summary !== null && summary !== xml) {
      xml = summary;
      summaries.push(sheet.name);
    }
    if (xml !== original[pkg.sheets.findIndex((s) => s.path === sheet.path)]) {
      // As bytes: JSZip encodes a string 16 KB at a time and breaks a character outside the
      // BMP (𠮷) that straddles two blocks.
      pkg.zip.file(sheet.path, Buffer.from(xml, "utf8"));
      changed[sheet.name] = valueChanges;
    }
  }

  try {
    const bytes = await pkg.zip.generateAsync({
      type: "nodebuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
    writeFileSync(pending.temp, bytes);
    commitFiles([pending]);
  } catch (e) {
    discardFiles([pending]);
    throw e;
  }

  const lang: Lang = options.lang === "en" ? "en" : "zh";
  const say = (text: Text) => process.stderr.write(`${pick(text, lang)}\n`);
  const lines = Object.entries(changed).map(([name, n]) =>
    pick(messages.recalcSheetChanged(name, n), lang)
  );
  const computedLine = pick(messages.recalcComputed(computed), lang);
  const separator = lang === "en" ? "; " : "；";
  process.stderr.write(
    lines.length
      ? `${computedLine}${separator}\n${lines.map((l) => `  ${l}`).join("\n")}\n`
      : `${computedLine}${separator}${pick(messages.recalcNothingChanged, lang)}\n`
  );
  for (const g of grown)
    say(messages.recalcRowsAdded(g.summary, g.to - g.from, g.from, g.data, g.to));
  if (summaries.length) say(messages.recalcSummaries(summaries.join(", ")));
  say(messages.written(options.out));
  return { changed, computed, summaries, grown };
}
