import { round10 } from "./read/number-text";
import { Lang, Text } from "./types";

/** Builds a Text from one template per language. */
export function text(zh: string, en: string): Text {
  return { zh, en };
}

/** Joins texts with the punctuation each language uses. */
export function joinTexts(parts: readonly Text[], zhSep = "、", enSep = ", "): Text {
  return {
    zh: parts.map((p) => p.zh).join(zhSep),
    en: parts.map((p) => p.en).join(enSep),
  };
}

export function pick(t: Text, lang: Lang): string {
  return lang === "en" ? t.en : t.zh;
}

/** Shows a cell value the way a user typed it, for messages in `lang`. */
export function showCell(value: unknown, lang: Lang = "zh"): string {
  if (typeof value === "string") return `"${value}"`;
  if (value === null || value === undefined) return lang === "en" ? "(blank)" : "(空)";
  // A number as Excel would display it: 0.29999999999999993 is shown as 0.3.
  if (typeof value === "number" && Number.isFinite(value)) {
    const shown = Number(value.toPrecision(15));
    return String(Number.isFinite(shown) ? shown : value);
  }
  return String(value);
}

/** Formats a number for a sentence: no float noise, thousands kept readable. */
export function showNumber(n: number): string {
  return String(round10(n));
}

/** Formats yuan the way Chinese reports do: 1亿元, 5000万元, 999元. */
export function showYuanZh(yuan: number): string {
  const abs = Math.abs(yuan);
  if (abs >= 1e8) return `${showNumber(yuan / 1e8)}亿元`;
  if (abs >= 1e4) return `${showNumber(yuan / 1e4)}万元`;
  return `${showNumber(yuan)}元`;
}

export function showYuanEn(yuan: number): string {
  const v = round10(yuan);
  // Whole yuan are grouped directly: the standards' thresholds are read at start-up, and the
  // first toLocaleString call costs ~15 ms of ICU set-up.
  if (Number.isSafeInteger(v)) return `CNY ${String(v).replace(/\B(?=(\d{3})+$)/g, ",")}`;
  return `CNY ${v.toLocaleString("en-US")}`;
}
