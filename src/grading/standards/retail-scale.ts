/**
 * 零售户规模 — 客户等级划分管理办法, 经营规模代码: within a format, stores are ranked by the
 * cigarettes they buy from the tobacco company, largest first; the first 20% are 1 (大型),
 * the middle 60% are 2 (中型), the last 20% are 3 (小型).
 *
 * With n stores and k = ROUND(n × 20%) (Excel's ROUND, halves away from zero): rank ≤ k → 1,
 * rank > n − k → 3, else 2. Ties share the better rank (RANK.EQ: one plus the number of
 * larger volumes). Blank cells of `volumes` are ignored. `volumes` and `formats` describe
 * the population and are passed whole; when `formats` and the row's `format` are both given,
 * only stores of the same format are ranked together (format names and letters are read
 * alike: 食杂店 = Z). A format, in `format` or in any cell of `formats`, must be one of the
 * seven, as RETAILCODE reads them, or it is #VALUE!: a local name would silently form a
 * group of its own. A known format with no stores in `formats` is #N/A. A volume that is
 * not in `volumes` is ranked where it would stand.
 */
import { tierScale } from "../colours";
import { errorCodeOf } from "../evaluate";
import { GradeFailure, invalid, notCovered } from "../failure";
import { messages } from "../messages";
import { param } from "../params";
import { isBlank, readAmount } from "../read/inputs";
import { round10 } from "../read/number-text";
import { showNumber } from "../text";
import { Cell, GradingFunction, Text } from "../types";
import { FORMAT_NAMES, FormatLetter, readFormat, retailEdition } from "./retail-formats";

const UNITS = ["条"];

const volume = param(
  "volume",
  "amount",
  { zh: "销量", en: "volume" },
  {
    zh: "本户从烟草公司购进的卷烟数量",
    en: "Cigarettes this store bought from the tobacco company",
  },
  { headers: ["销量", "购进量", "卷烟购进量", "订购量", "volume"] }
);

const volumes = param(
  "volumes",
  "population",
  { zh: "全部销量", en: "volumes" },
  {
    zh: "参与排名的全部零售户的购进量区域（整体传入，不逐行展开）",
    en: "The volumes of every store to rank against (passed whole)",
  },
  { lifted: false }
);

const formats = param(
  "formats",
  "population",
  { zh: "全部业态", en: "formats" },
  {
    zh: "与全部销量对应的业态区域（可选，给出时只在同业态内排名；每格须为七种业态之一或留空）",
    en: "The format of each store in volumes (optional; ranks within the same format)",
  },
  { optional: true, lifted: false }
);

const format = param(
  "format",
  "text",
  { zh: "业态", en: "format" },
  {
    zh: "本户业态（可选）：食杂店、便利店、超市…或 Z、B、C…（须为七种业态之一）",
    en: "This store's format (optional)",
  },
  { optional: true, headers: ["业态", "零售业态", "format"] }
);

const edition = retailEdition(
  { zh: "经营规模代码说明", en: "scale code" },
  [1, 2, 3],
  [tierScale[0], tierScale[2], tierScale[4]]
);

interface Population {
  /** Volumes largest first, all stores and per format key. */
  readonly all: readonly number[];
  readonly byFormat: ReadonlyMap<FormatLetter, readonly number[]>;
}

const populations = new WeakMap<object, Map<unknown, Population | GradeFailure>>();

function cellsOf(arg: Cell | readonly (readonly Cell[])[]): Cell[] {
  return Array.isArray(arg) ? (arg as Cell[][]).flat() : [arg as Cell];
}

/** A cell of `formats`: one of the seven formats, or null for a blank. */
function formatIn(cell: Cell): FormatLetter | null {
  if (typeof cell === "object" && cell !== null)
    throw invalid(messages.inputError(errorCodeOf(cell)));
  return readFormat(cell, formats);
}

function readPopulation(volumeArg: unknown, formatArg: unknown): Population {
  const values = cellsOf(volumeArg as Cell);
  const keys =
    formatArg === undefined || isBlank(formatArg as Cell) ? null : cellsOf(formatArg as Cell);
  if (keys && keys.length !== values.length)
    throw invalid(messages.populationShape(formats.label, volumes.label));
  // Every format given is read, beside a blank volume too: one that is none of the seven
  // makes the whole population unreadable, as a volume that is not a number does.
  const letters = keys ? keys.map(formatIn) : null;
  const all: number[] = [];
  const byFormat = new Map<FormatLetter, number[]>();
  values.forEach((cell, i) => {
    if (isBlank(cell)) return;
    if (typeof cell === "object" && cell !== null)
      throw invalid(messages.inputError(errorCodeOf(cell)));
    const v = readAmount(cell, volumes, UNITS);
    all.push(v);
    const letter = letters ? letters[i] : null;
    if (letter === null) return;
    const group = byFormat.get(letter);
    if (group) group.push(v);
    else byFormat.set(letter, [v]);
  });
  const desc = (a: number, b: number) => b - a;
  all.sort(desc);
  byFormat.forEach((list) => list.sort(desc));
  return { all, byFormat };
}

/** Reads the population once per range: a 100,000-row column sorts once, not once a row. */
function populationOf(volumeArg: unknown, formatArg: unknown): Population {
  if (typeof volumeArg !== "object" || volumeArg === null)
    return readPopulation(volumeArg, formatArg);
  let byFormats = populations.get(volumeArg);
  if (!byFormats) populations.set(volumeArg, (byFormats = new Map()));
  let found = byFormats.get(formatArg);
  if (!found) {
    try {
      found = readPopulation(volumeArg, formatArg);
    } catch (e) {
      if (!(e instanceof GradeFailure)) throw e;
      found = e;
    }
    byFormats.set(formatArg, found);
  }
  if (found instanceof GradeFailure) throw found;
  return found;
}

/** How many values of a list sorted largest first are above `v`. */
function countAbove(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] > v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const retailScale: GradingFunction = {
  id: "RETAILSCALE",
  name: { zh: "零售户规模", en: "RETAILSCALE" },
  description: {
    zh: "按购进量在同业态中的排名划分零售户经营规模 1、2、3（前20%、中间60%、后20%）",
    en: "Retail store scale 1, 2 or 3 by volume rank within its format (top 20%, middle, bottom 20%)",
  },
  group: "customers",
  params: [volume, volumes, formats, format],
  editions: [edition],
  grade(row) {
    const v = readAmount(row[0], volume, UNITS);
    const population = populationOf(row[1], row[2]);
    // Read even when formats is not given, so a format that is none of the seven is #VALUE!.
    const letter = readFormat(row[3], format);
    const notes: Text[] = [];
    const hasFormats = !(row[2] === undefined || isBlank(row[2] as Cell));
    let list = population.all;
    let scope = { zh: "", en: "" };
    if (hasFormats && letter !== null) {
      list = population.byFormat.get(letter) ?? [];
      const name = FORMAT_NAMES[letter];
      if (list.length === 0) throw notCovered(messages.emptyPopulation(name));
      scope = { zh: `业态“${name}”的`, en: ` of format ${name}` };
    } else if (hasFormats || letter !== null) {
      notes.push({
        zh: "同业态排名需要同时给出全部业态和本户业态，此处按全部零售户排名",
        en: "ranking within a format needs both formats and format; all stores were ranked",
      });
    }
    if (list.length === 0) throw notCovered(messages.emptyPopulation(""));

    const n = list.length;
    const rank = countAbove(list, v) + 1;
    const k = Math.round(round10(n * 0.2));
    const scale = rank <= k ? 1 : rank > n - k ? 3 : 2;
    if (list[rank - 1] !== v) {
      notes.push({
        zh: "该销量不在销量区域中，按其应处位置排名",
        en: "the volume is not in volumes; ranked where it would stand",
      });
    }
    const shown = showNumber(v);
    const bands = {
      zh: `前${k}名（ROUND(${n}×20%)）为1，后${k}名为3`,
      en: `the first ${k} (ROUND(${n}×20%)) are 1, the last ${k} are 3`,
    };
    const reason: Text = {
      zh: `销量${shown}在${scope.zh}${n}户中排第${rank}名；${bands.zh}`,
      en: `volume ${shown} ranks ${rank} of ${n} stores${scope.en}; ${bands.en}`,
    };
    return { kind: "grade", value: scale, edition, reason: () => reason, notes };
  },
};
