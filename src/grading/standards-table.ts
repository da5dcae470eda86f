/**
 * STANDARDS: the catalogue as a table, one row per edition of every function, read from the
 * declarations themselves so that it lists whatever the catalogue holds.
 */
import { catalogue } from "./catalogue";
import { GradingFunction, Lang } from "./types";

const HEADER: Record<Lang, readonly string[]> = {
  zh: ["函数", "名称", "版本", "出处及条款", "等级（按顺序）"],
  en: ["function", "name", "edition", "source and clause", "labels in order"],
};

/** A header row, then id, zh-CN name, edition, source + clause and labels for each edition. */
export function standardsTable(
  lang: Lang,
  functions: readonly GradingFunction[] = catalogue
): string[][] {
  const rows: string[][] = [HEADER[lang].slice()];
  for (const fn of functions) {
    for (const e of fn.editions) {
      const where =
        lang === "en" ? `${e.source.en}, ${e.clause.en}` : `${e.source.zh} ${e.clause.zh}`;
      rows.push([fn.id, fn.name.zh, e.id, where, e.labels.map(String).join(" / ")]);
    }
  }
  return rows;
}
