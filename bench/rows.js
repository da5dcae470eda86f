/**
 * Deterministic test data: the same seed gives the same rows on every run, spread so that
 * every grade occurs and most rows fall in the lower bands, as in real accident registers.
 */
"use strict";

/** mulberry32: a small, fast, seedable generator (not for anything but test data). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One accident per row: deaths, serious injuries and direct loss in whole yuan. */
function accidents(n, seed = 493) {
  const next = random(seed);
  const deaths = new Array(n);
  const serious = new Array(n);
  const loss = new Array(n);
  for (let i = 0; i < n; i++) {
    deaths[i] = Math.floor(next() ** 3 * 40);
    serious[i] = Math.floor(next() ** 3 * 130);
    loss[i] = Math.round(next() ** 3 * 1.4e8);
  }
  return { deaths, serious, loss };
}

/** Loss written the way registers write it: 0.8亿元, 8000万, 1,234,567元 or bare digits. */
function lossText(yuan, i) {
  switch (i % 4) {
    case 0:
      return `${yuan / 1e8}亿元`;
    case 1:
      return `${yuan / 1e4}万`;
    case 2:
      return `${yuan.toLocaleString("en-US")}元`;
    default:
      return String(yuan);
  }
}

/** Excel's shape for a column argument: [[v], [v], …]. */
function column(values, map = (v) => v) {
  const out = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = [map(values[i], i)];
  return out;
}

const NEEDS = ["明确", "明确", "潜在", "无"];

/** One CRM customer per row: the need and the expected close, as months or as a date. */
function customers(n, asOfSerial, seed = 2013) {
  const next = random(seed);
  const need = new Array(n);
  const months = new Array(n);
  const dates = new Array(n);
  for (let i = 0; i < n; i++) {
    need[i] = NEEDS[Math.floor(next() * NEEDS.length)];
    months[i] = Math.floor(next() * 10);
    dates[i] = asOfSerial - 10 + Math.floor(next() * 260);
  }
  return { need, months, dates };
}

module.exports = { accidents, column, customers, lossText, random };
