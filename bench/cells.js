/**
 * Section 2, cell by cell: Excel calls a function once per cell when a formula is filled
 * down a column with single-cell references (=GRADE.INCIDENTLEVEL(A2,B2,C2)), each call
 * with 1×1 ranges. Those calls against one lifted call over the same rows.
 */
"use strict";
const { accidents, column } = require("./rows");
const { compare } = require("./timing");
const { incidentLevel } = require("./gradekit");
const { sameLabels } = require("./engine");

function cellsSection(rows, options) {
  const a = accidents(rows, 2026);
  const cells = JSON.parse(
    JSON.stringify(a.deaths.map((d, i) => [[[d]], [[a.serious[i]]], [[a.loss[i]]]]))
  );
  const [deaths, serious, loss] = [a.deaths, a.serious, a.loss].map((v) => column(v));

  const oneByOne = () => {
    const out = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const [d, s, l] = cells[r];
      out[r] = incidentLevel(d, s, l)[0];
    }
    return out;
  };
  const lifted = () => incidentLevel(deaths, serious, loss);
  const [single, once] = compare([oneByOne, lifted], options);
  if (!sameLabels(single.result, once.result)) throw new Error("cell by cell: labels differ");

  const perCall = (ms) => (ms * 1000) / rows;
  return [
    {
      name: `INCIDENTLEVEL ${rows / 1000}k single-cell calls vs one lifted call`,
      hand: once.median,
      kit: single.median,
      wall: [once.wall, single.wall],
    },
    {
      name: "µs per single-cell call",
      value: perCall(single.median),
      wallValue: perCall(single.wall),
      unit: "µs",
      limit: 2,
    },
    { name: "µs per row in one lifted call", value: perCall(once.median), unit: "µs" },
  ];
}

module.exports = { cellsSection };
