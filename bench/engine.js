/**
 * Section 1, the engine: a million rows through the custom functions exactly as Excel calls
 * a function that takes whole ranges (one call, columns as [[v], [v], …]), against an
 * if-chain written by hand that reads the same numbers and writes the same labels into an
 * array of the same shape.
 */
"use strict";
const { accidents, column, customers, lossText } = require("./rows");
const { compare } = require("./timing");
const { customerTier, incidentLevel } = require("./gradekit");

function incidentByHand(deaths, serious, loss) {
  const out = new Array(deaths.length);
  for (let r = 0; r < deaths.length; r++) {
    const d = deaths[r][0];
    const s = serious[r][0];
    const l = loss[r][0];
    let label;
    if (d >= 30 || s >= 100 || l >= 1e8) label = "特别重大事故";
    else if (d >= 10 || s >= 50 || l >= 5e7) label = "重大事故";
    else if (d >= 3 || s >= 10 || l >= 1e7) label = "较大事故";
    else label = "一般事故";
    out[r] = [label];
  }
  return out;
}

/** Months from today: overdue or within 1 → A, 3 → B, 6 → C, later → D. */
function tierByMonthsByHand(need, months) {
  const out = new Array(need.length);
  for (let r = 0; r < need.length; r++) {
    const n = need[r][0];
    const m = months[r][0];
    let label;
    if (n === "无") label = "E";
    else if (n === "潜在") label = "D";
    else if (m <= 1) label = "A";
    else if (m <= 3) label = "B";
    else if (m <= 6) label = "C";
    else label = "D";
    out[r] = [label];
  }
  return out;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
const serialOf = (y, m, d) => (Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS;
/** The report date of the dated case, 2026-01-15, and its EDATE ends at 1, 3 and 6 months. */
const AS_OF = serialOf(2026, 1, 15);
const ENDS = [serialOf(2026, 2, 15), serialOf(2026, 4, 15), serialOf(2026, 7, 15)];

function tierByDateByHand(need, dates) {
  const out = new Array(need.length);
  for (let r = 0; r < need.length; r++) {
    const n = need[r][0];
    const d = dates[r][0];
    let label;
    if (n === "无") label = "E";
    else if (n === "潜在") label = "D";
    else if (d <= ENDS[0]) label = "A";
    else if (d <= ENDS[1]) label = "B";
    else if (d <= ENDS[2]) label = "C";
    else label = "D";
    out[r] = [label];
  }
  return out;
}

function sameLabels(a, b) {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) if (a[r].length !== 1 || a[r][0] !== b[r][0]) return false;
  return true;
}

/** Times one GradeKit call against its hand-written twin and checks they agree. */
function pair(name, byHand, gradekit, options) {
  const [hand, kit] = compare([byHand, gradekit], options);
  if (!sameLabels(hand.result, kit.result)) throw new Error(`${name}: labels differ`);
  return { hand, kit };
}

/** Excel hands ranges over as parsed JSON: small integers arrive as such, not as doubles. */
function asExcelPasses(matrix) {
  return JSON.parse(JSON.stringify(matrix));
}

/** Each case makes its own rows and lets them go, so no case runs on a heap full of others. */
function incidentNumbers(rows, options) {
  const a = accidents(rows);
  const [deaths, serious, loss] = [a.deaths, a.serious, a.loss].map((v) =>
    asExcelPasses(column(v))
  );
  return pair(
    "INCIDENTLEVEL",
    () => incidentByHand(deaths, serious, loss),
    () => incidentLevel(deaths, serious, loss),
    options
  );
}

/** Counts and money typed with units, against the hand-written chain on the numbers. */
function incidentText(rows, options) {
  const a = accidents(rows);
  const [deaths, serious, loss] = [a.deaths, a.serious, a.loss].map((v) =>
    asExcelPasses(column(v))
  );
  const deathsText = asExcelPasses(column(a.deaths, (d) => `${d}人`));
  const seriousText = asExcelPasses(column(a.serious, (s) => `${s}人`));
  const lossAsText = asExcelPasses(column(a.loss, lossText));
  return pair(
    "INCIDENTLEVEL with units",
    () => incidentByHand(deaths, serious, loss),
    () => incidentLevel(deathsText, seriousText, lossAsText),
    options
  );
}

function customerMonths(rows, options) {
  const c = customers(rows, AS_OF);
  const [need, months] = [c.need, c.months].map((v) => asExcelPasses(column(v)));
  return pair(
    "CUSTOMERTIER (months)",
    () => tierByMonthsByHand(need, months),
    () => customerTier(need, months),
    options
  );
}

function customerDates(rows, options) {
  const c = customers(rows, AS_OF);
  const [need, dates] = [c.need, c.dates].map((v) => asExcelPasses(column(v)));
  const asOf = [[AS_OF]];
  return pair(
    "CUSTOMERTIER (dates)",
    () => tierByDateByHand(need, dates),
    () => customerTier(need, dates, asOf),
    options
  );
}

function engineSection(rows, options) {
  const k = `${rows / 1e6}M rows`;
  return [
    figure(`INCIDENTLEVEL numbers, ${k}`, incidentNumbers(rows, options), 3),
    figure(
      `INCIDENTLEVEL text with units, ${k} (vs numbers by hand)`,
      incidentText(rows, options),
      10
    ),
    figure(`CUSTOMERTIER need + months, ${k}`, customerMonths(rows, options), 3),
    figure(`CUSTOMERTIER need + dates, ${k}`, customerDates(rows, options), 3),
  ];
}

function figure(name, { hand, kit }, budget) {
  return { name, hand: hand.median, kit: kit.median, wall: [hand.wall, kit.wall], budget };
}

module.exports = { engineSection, incidentByHand, sameLabels };
