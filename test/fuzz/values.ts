/**
 * Numbers and dates as a sheet holds them: thresholds and their neighbours, float noise,
 * special values, numbers typed as text with units and separators, dates in every form.
 */
import fc, { Arbitrary } from "fast-check";
import { sourceWords, thresholds } from "./vocabulary";

// Below, at and above every threshold, including float noise and 10-significant-digit edges.
const NUDGES = [0, 0, 0, 1, -1, 0.5, -0.5, 0.1, -0.1, 1e-9, -1e-9, 1e-12, -1e-12];
const RELATIVE = [1, 1 + 1e-11, 1 - 1e-11, 1 + 1e-9, 1 - 1e-9];

export const nearThreshold = fc
  .tuple(fc.constantFrom(...thresholds), fc.constantFrom(...NUDGES), fc.constantFrom(...RELATIVE))
  .map(([t, nudge, scale]) => t * scale + nudge);

const specialNumber = fc.constantFrom(
  NaN,
  Infinity,
  -Infinity,
  -0,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
  1e21,
  1e300,
  -1e300,
  0.1 + 0.2,
  0.7 - 0.4,
  1 / 3,
  60,
  61,
  45000,
  46023,
  2958465,
  2958466,
  1e10,
  1e12,
  1e15
);

export const numberArb: Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: nearThreshold },
  { weight: 2, arbitrary: nearThreshold.map((n) => -n) },
  { weight: 2, arbitrary: specialNumber },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 120 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }
);

const UNITS = [
  "",
  "人",
  "名",
  "户",
  "万",
  "亿",
  "元",
  "万元",
  "亿元",
  "千元",
  "%",
  "％",
  "天",
  "日",
  "周",
  "个月",
  "月",
  "年",
  "工作日",
  "个",
  "次",
  "起",
  "封",
  "吨",
  "千瓦",
  "kW",
  " people",
  " months",
  "d",
  "米",
];
const shortWords = sourceWords.filter((w) => w.length <= 4);

export function fullWidth(s: string): string {
  return s.replace(/[0-9.,%+\-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

function grouped(n: number, separator: string): string {
  const [whole, fraction] = Math.abs(n).toFixed(2).split(".");
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return `${n < 0 ? "-" : ""}${digits}${fraction === "00" ? "" : `.${fraction}`}`;
}

const numeral = fc
  .tuple(numberArb, fc.nat(6))
  .map(
    ([n, form]) =>
      [
        String(n),
        Number.isFinite(n) ? n.toFixed(form % 3) : String(n),
        Number.isFinite(n) ? grouped(n, ",") : "∞",
        Number.isFinite(n) ? grouped(n, " ") : "-∞",
        Number.isFinite(n) ? n.toExponential(3) : "NaN",
        `+${n}`,
        String(n).replace(/^0\./, "."),
      ][form]
  );

/** Numbers as people type them: units, full width, separators, apostrophes, currency. */
export const numberTextArb: Arbitrary<string> = fc
  .tuple(
    numeral,
    fc.oneof(fc.constantFrom(...UNITS), fc.constantFrom(...shortWords)),
    fc.constantFrom("", "", " ", "\u3000"),
    fc.boolean(),
    fc.constantFrom("", "", "", "'", "¥", "$", " ")
  )
  .map(([n, unit, gap, wide, prefix]) => {
    const text = `${prefix}${n}${unit ? gap : ""}${unit}`;
    return wide ? fullWidth(text) : text;
  });

const FIXED_DATES = [
  "03/04/2026",
  "04/03/2026",
  "13/04/2026",
  "2026-02-30",
  "2026-02-29",
  "2024-02-29",
  "1900-02-29",
  "1899-12-31",
  "9999-12-31",
  "2026-5-1",
  "2026-05-01 10:30",
  "2026-05-01T08:00:00.5",
  "２０２６年５月１日",
  "2026 年 5 月 1 日",
  "today",
  "明天",
  "下周一",
  "2026-13-01",
  "2026/00/10",
];

/** Dates in every written form, real, impossible and ambiguous. */
export const dateTextArb: Arbitrary<string> = fc.oneof(
  fc.constantFrom(...FIXED_DATES),
  fc
    .tuple(
      fc.constantFrom(0, 1899, 1900, 1999, 2000, 2024, 2025, 2026, 2027, 9999, 10000),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.nat(9)
    )
    .map(([y, m, d, form]) => {
      const [mm, dd] = [String(m).padStart(2, "0"), String(d).padStart(2, "0")];
      return [
        `${y}-${mm}-${dd}`,
        `${y}/${m}/${d}`,
        `${y}.${m}.${d}`,
        `${y}年${m}月${d}日`,
        `${mm}/${dd}/${y}`,
        `${d}/${m}/${y}`,
        `${y}-${m}-${d} 23:59:59`,
        `${y}年${m}月${d}号`,
        `${m}-${d}-${y}`,
        `${y}${mm}${dd}`,
      ][form];
    })
);
