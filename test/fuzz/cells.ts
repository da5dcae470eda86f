/**
 * One cell for a parameter: text, keywords, errors, blanks, edition names, numbers and
 * dates — either anything at all, or what a person would plausibly type there.
 */
import fc, { Arbitrary } from "fast-check";
import { GradingFunction, Param } from "../../src/grading/types";
import { dateTextArb, fullWidth, nearThreshold, numberArb, numberTextArb } from "./values";
import { exampleCells } from "./examples";
import { editionNames, sourceWords, thresholds, wordsOf } from "./vocabulary";

export type Cell = unknown;

const cjk = fc.string({
  unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c)),
  maxLength: 8,
});
const EMOJI = ["😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "⚠️", "🔥", "💧"];
const WHITESPACE = [" ", "  ", "\t", "\u3000", "\u00a0", "\n", " \u3000 ", "\r\n", "\u200b"];

/** Free text: random Unicode, CJK, emoji, whitespace, and the standards' own keywords. */
export const textArb: Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 2, arbitrary: cjk },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...WHITESPACE) },
  { weight: 4, arbitrary: fc.constantFrom(...sourceWords) }
);

const NEGATIONS = ["", "", "", "无", "没有", "未", "未发现", "不存在", "没有发现"];
const SEPARATORS = ["", "，", ",", "；", " ", "、", "。", "及"];

/** Sentences built from keywords, with negations and clause breaks, for matching rules. */
export function keywordSentenceArb(words: readonly string[] = sourceWords): Arbitrary<string> {
  return fc
    .array(
      fc.tuple(
        fc.constantFrom(...NEGATIONS),
        fc.constantFrom(...words),
        fc.constantFrom(...SEPARATORS)
      ),
      { minLength: 1, maxLength: 3 }
    )
    .map((parts) => parts.map(([no, word, sep]) => `${no}${word}${sep}`).join(""));
}

const ERROR_CODES = [
  "#DIV/0!",
  "#REF!",
  "#NUM!",
  "#NULL!",
  "#NAME?",
  "#VALUE!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
  "#GETTING_DATA",
];

/** An error in a referenced cell, as Excel's runtime or the CLI hands it over. */
export const errorArb: Arbitrary<object> = fc
  .tuple(fc.constantFrom(...ERROR_CODES), fc.nat(2))
  .map(([code, form]) =>
    form === 0
      ? new CustomFunctions.Error(code as CustomFunctions.ErrorCode)
      : form === 1
        ? new CustomFunctions.Error(code as CustomFunctions.ErrorCode, "upstream message")
        : { inputError: code }
  );

export const blankArb: Arbitrary<Cell> = fc.constantFrom(null, "", " ", "\u3000", undefined);

function mangle(name: string, how: number): string {
  if (how === 0) return name;
  if (how === 1) return name.toLowerCase();
  if (how === 2) return name.replace(/[\s/-]/g, "");
  if (how === 3) return ` ${name.toUpperCase()} `;
  return fullWidth(name);
}

/** Edition names (all functions'), mangled in case, spacing and width, years as numbers. */
export function editionArb(fn: GradingFunction): Arbitrary<Cell> {
  const own = editionNames(fn);
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(fc.constantFrom(...own), fc.nat(4)).map(([n, h]) => mangle(n, h)),
    },
    { weight: 2, arbitrary: fc.constantFrom(...fn.editions.map((e) => e.year)) },
    { weight: 1, arbitrary: fc.constantFrom(...editionNames()) },
    { weight: 1, arbitrary: textArb }
  );
}

/** Builds an arbitrary once per parameter: they are asked for on every run. */
function cached(
  cache: WeakMap<Param, Arbitrary<Cell>>,
  build: (fn: GradingFunction, p: Param) => Arbitrary<Cell>
) {
  return (fn: GradingFunction, p: Param): Arbitrary<Cell> => {
    let arb = cache.get(p);
    if (!arb) cache.set(p, (arb = build(fn, p)));
    return arb;
  };
}

/** One cell for a parameter: any kind of value, biased toward what the parameter reads. */
export const cellArb = cached(new WeakMap(), (fn, p) => {
  const dated = p.kind === "date" || p.kind === "horizon";
  const worded = p.kind === "text" || p.kind === "option" || p.kind === "yesno";
  return fc.oneof(
    { weight: 3, arbitrary: blankArb },
    { weight: 6, arbitrary: numberArb },
    { weight: 4, arbitrary: numberTextArb },
    { weight: dated ? 6 : 1, arbitrary: dateTextArb },
    { weight: worded ? 6 : 2, arbitrary: textArb },
    { weight: worded ? 4 : 1, arbitrary: keywordSentenceArb() },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: errorArb },
    { weight: 1, arbitrary: editionArb(fn) }
  );
});

const YES_NO = [true, false, 1, 0, "是", "否", "有", "无", "Y", "n", "TRUE", "false", "√", "×"];
const COUNT_UNITS = ["", "人", "名", "户", "次", "起", "封", "个"];
const MONEY_UNITS = ["", "元", "万", "万元", "亿", "亿元", "千元"];

const wholeNearThreshold = fc
  .tuple(fc.constantFrom(...thresholds), fc.constantFrom(0, 0, 1, -1))
  .map(([t, d]) => Math.max(0, Math.round(t) + d));
const amountNearThreshold = nearThreshold.map((n) => Math.max(0, n));

function withUnit(n: Arbitrary<number>, units: readonly string[]): Arbitrary<string> {
  return fc
    .tuple(n, fc.constantFrom(...units), fc.boolean())
    .map(([v, unit, wide]) => (wide ? fullWidth(`${v}${unit}`) : `${v}${unit}`));
}

/**
 * A value a person would plausibly put in this parameter — so that rows get graded often
 * enough to test labels and EXPLAIN, not only rejected.
 */
export const plausibleCellArb = cached(new WeakMap(), (fn, p) => {
  const { words, choices } = wordsOf(fn);
  const small = fc.integer({ min: 0, max: 4 });
  const byKind: Record<string, Arbitrary<Cell>> = {
    count: fc.oneof(wholeNearThreshold, small, withUnit(wholeNearThreshold, COUNT_UNITS)),
    amount: fc.oneof(amountNearThreshold, small, withUnit(amountNearThreshold, ["", "天", "个月"])),
    money: fc.oneof(
      amountNearThreshold,
      withUnit(amountNearThreshold, MONEY_UNITS),
      withUnit(
        fc.integer({ min: 0, max: 50000 }).map((n) => n / 10),
        ["万", "亿"]
      )
    ),
    percent: fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }),
      withUnit(
        amountNearThreshold.map((n) => Math.min(n, 100)),
        ["%", ""]
      )
    ),
    yesno: fc.constantFrom(...YES_NO),
    date: fc.oneof(fc.integer({ min: 40000, max: 50000 }), dateTextArb),
    horizon: fc.oneof(
      fc.integer({ min: -40, max: 400 }),
      fc.integer({ min: 44000, max: 48000 }),
      dateTextArb,
      withUnit(fc.integer({ min: -10, max: 200 }), ["天", "周", "个月", "月", "年", " days"])
    ),
    edition: editionArb(fn),
  };
  const worded = fc.oneof(
    { weight: choices.length ? 6 : 0, arbitrary: fc.constantFrom(...choices, "") },
    { weight: 4, arbitrary: fc.constantFrom(...words) },
    { weight: 2, arbitrary: keywordSentenceArb(words) },
    { weight: 1, arbitrary: small }
  );
  const examples = exampleCells(fn)[fn.params.indexOf(p)];
  return fc.oneof(
    { weight: 12, arbitrary: byKind[p.kind] ?? worded },
    { weight: examples.length ? 12 : 0, arbitrary: fc.constantFrom(null, ...examples) },
    { weight: 2, arbitrary: blankArb },
    { weight: 1, arbitrary: cellArb(fn, p) }
  );
});
