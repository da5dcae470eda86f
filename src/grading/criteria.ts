/**
 * The pattern most accident standards share: several criteria joined by 或, levels checked
 * from the most severe down, and the first level any criterion reaches wins. A criterion
 * knows how to say what it saw and which threshold it met, so EXPLAIN reads from the same
 * objects that decide the grade.
 */
import { showNumber, showYuanEn, showYuanZh } from "./text";
import { GradeValue, Text } from "./types";

/** A numeric input of a row and how to show an amount of it. */
export interface Quantity<I> {
  readonly label: Text;
  readonly get: (input: I) => number;
  readonly show: (n: number) => Text;
}

export interface Criterion<I> {
  readonly test: (input: I) => boolean;
  /** What was observed and the threshold it met, e.g. 死亡12人，达到“10人以上”. */
  readonly describe: (input: I) => Text;
  /** The threshold alone, e.g. 10人以上, for sentences about levels not reached. */
  readonly threshold: Text;
  /** The quantities the criterion reads, for sentences about levels not reached. */
  readonly reads: readonly Quantity<I>[];
}

export interface Level<I> {
  readonly label: GradeValue;
  readonly any: readonly Criterion<I>[];
}

export interface Decision {
  readonly label: GradeValue;
  /** Built on demand (see Grade.reason). */
  readonly reason: () => Text;
}

/** Shows a count with its unit: 12人 / 12 people. */
export function countOf(zhUnit: string, enUnit: string): (n: number) => Text {
  return (n) => ({ zh: `${showNumber(n)}${zhUnit}`, en: `${showNumber(n)} ${enUnit}` });
}

export function yuan(n: number): Text {
  return { zh: showYuanZh(n), en: showYuanEn(n) };
}

export function quantity<I>(label: Text, get: (i: I) => number, show: (n: number) => Text) {
  return { label, get, show } as Quantity<I>;
}

export function observed<I>(q: Quantity<I>, input: I): Text {
  const v = q.show(q.get(input));
  return { zh: `${q.label.zh}${v.zh}`, en: `${q.label.en} ${v.en}` };
}

function reached(seen: Text, threshold: Text): Text {
  return {
    zh: `${seen.zh}，达到“${threshold.zh}”`,
    en: `${seen.en}, which meets “${threshold.en}”`,
  };
}

/** quantity ≥ n ("N以上" including N). */
export function atLeast<I>(q: Quantity<I>, n: number): Criterion<I> {
  const shown = q.show(n);
  const threshold = { zh: `${shown.zh}以上`, en: `${shown.en} or more` };
  return {
    test: (i) => q.get(i) >= n,
    describe: (i) => reached(observed(q, i), threshold),
    threshold,
    reads: [q],
  };
}

/** lo ≤ quantity ≤ hi (both included). */
export function between<I>(q: Quantity<I>, lo: number, hi: number): Criterion<I> {
  const threshold = {
    zh: `${q.show(lo).zh}至${q.show(hi).zh}`,
    en: `${q.show(lo).en} to ${q.show(hi).en}`,
  };
  return {
    test: (i) => q.get(i) >= lo && q.get(i) <= hi,
    describe: (i) => reached(observed(q, i), threshold),
    threshold,
    reads: [q],
  };
}

/** A criterion with its own test and wording, for combinations such as 1 death and 8 injured. */
export function custom<I>(
  test: (i: I) => boolean,
  threshold: Text,
  reads: readonly Quantity<I>[]
): Criterion<I> {
  const seen = (i: I) => {
    const parts = reads.map((q) => observed(q, i));
    return { zh: parts.map((p) => p.zh).join("、"), en: parts.map((p) => p.en).join(", ") };
  };
  return { test, describe: (i) => reached(seen(i), threshold), threshold, reads };
}

/**
 * Checks levels from the most severe down and returns the first any criterion reaches;
 * when none does, `otherwise` with a sentence naming what was seen and what was missed.
 * Indexed loops, and the reason closures made in functions of their own, keep a row from
 * allocating anything but its decision: a closure made inside the loops would make every
 * iteration allocate a scope for the variables it captures.
 */
export function firstLevelReached<I>(
  levels: readonly Level<I>[],
  input: I,
  otherwise: GradeValue
): Decision {
  for (let l = 0; l < levels.length; l++) {
    const any = levels[l].any;
    for (let c = 0; c < any.length; c++) {
      if (any[c].test(input)) return reachedBy(levels[l].label, any[c], input);
    }
  }
  return noneOf(levels, input, otherwise);
}

function reachedBy<I>(label: GradeValue, criterion: Criterion<I>, input: I): Decision {
  return { label, reason: () => criterion.describe(input) };
}

function noneOf<I>(levels: readonly Level<I>[], input: I, otherwise: GradeValue): Decision {
  return { label: otherwise, reason: () => noneReached(levels[levels.length - 1], input) };
}

/** 死亡2人、重伤0人，均未达到较大事故标准（3人以上、10人以上）. */
export function noneReached<I>(level: Level<I>, input: I): Text {
  const seen: Quantity<I>[] = [];
  for (const c of level.any) for (const q of c.reads) if (!seen.includes(q)) seen.push(q);
  const values = seen.map((q) => observed(q, input));
  const thresholds = level.any.map((c) => c.threshold);
  return {
    zh: `${values.map((v) => v.zh).join("、")}，均未达到${level.label}标准（${thresholds
      .map((t) => t.zh)
      .join("、")}）`,
    en: `${values.map((v) => v.en).join(", ")}: none meets ${level.label} (${thresholds
      .map((t) => t.en)
      .join("; ")})`,
  };
}
