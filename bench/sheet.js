/**
 * Section 3, the formula engine: a sheet of =GRADE.INCIDENTLEVEL(A2,B2,C2) filled down,
 * against the same sheet with the nested IF that Excel users write by hand, both built and
 * then recalculated by HyperFormula as `gradekit` runs it (lib/cli/formula-engine.js).
 * Recalculation is timed by writing a new column of deaths in one setCellContents.
 */
"use strict";
const { accidents } = require("./rows");
const { compare } = require("./timing");
const { createEngine } = require("./gradekit");

/** createEngine(sheets); builds from before it took sheets register the plugin only. */
function engineFor(sheets) {
  if (createEngine.length > 0) return createEngine(sheets);
  createEngine();
  const { HyperFormula } = require("hyperformula");
  const limits = { maxRows: 1_048_576, maxColumns: 16_384 };
  return HyperFormula.buildFromSheets(sheets, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    ...limits,
  });
}

const NATIVE = (r) =>
  `=IF(OR(A${r}>=30,B${r}>=100,C${r}>=100000000),"特别重大事故",` +
  `IF(OR(A${r}>=10,B${r}>=50,C${r}>=50000000),"重大事故",` +
  `IF(OR(A${r}>=3,B${r}>=10,C${r}>=10000000),"较大事故","一般事故")))`;
const GRADEKIT = (r) => `=GRADE.INCIDENTLEVEL(A${r},B${r},C${r})`;

function sheetOf(a, formula) {
  const rows = [["死亡人数", "重伤人数", "直接经济损失", "事故等级"]];
  for (let i = 0; i < a.deaths.length; i++) {
    rows.push([a.deaths[i], a.serious[i], a.loss[i], formula(i + 2)]);
  }
  return { Sheet1: rows };
}

function labels(engine, n) {
  const range = { start: { sheet: 0, col: 3, row: 1 }, end: { sheet: 0, col: 3, row: n } };
  return engine.getRangeValues(range).map((row) => row[0]);
}

function sameColumn(a, b) {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function sheetSection(rows, options) {
  const a = accidents(rows, 3);
  const next = accidents(rows, 4).deaths.map((d) => [d]);
  const sheets = { native: sheetOf(a, NATIVE), gradekit: sheetOf(a, GRADEKIT) };
  const engines = {};
  const build = (kind) => () => {
    if (engines[kind]) engines[kind].destroy();
    engines[kind] = engineFor(sheets[kind]);
    return labels(engines[kind], rows);
  };
  const [nativeBuild, kitBuild] = compare([build("native"), build("gradekit")], options);
  if (!sameColumn(nativeBuild.result, kitBuild.result)) throw new Error("sheet: labels differ");
  if (nativeBuild.result.some((v) => typeof v !== "string" || !v.endsWith("事故"))) {
    throw new Error("sheet: a cell is not an accident level");
  }

  // Alternate between the two columns of deaths so that every round changes every row.
  const recalc = (kind) => {
    let round = 0;
    return () => {
      const deaths = round++ % 2 ? a.deaths.map((d) => [d]) : next;
      engines[kind].setCellContents({ sheet: 0, col: 0, row: 1 }, deaths);
      return labels(engines[kind], rows);
    };
  };
  const [nativeRecalc, kitRecalc] = compare([recalc("native"), recalc("gradekit")], options);
  if (!sameColumn(nativeRecalc.result, kitRecalc.result)) throw new Error("recalc: labels differ");
  Object.values(engines).forEach((e) => e.destroy());

  const k = `${rows / 1000}k rows`;
  return [
    {
      name: `build a ${k} sheet: GRADE vs nested IF`,
      hand: nativeBuild.median,
      kit: kitBuild.median,
      wall: [nativeBuild.wall, kitBuild.wall],
      budget: 1,
    },
    {
      name: `recalculate it after new deaths: GRADE vs nested IF`,
      hand: nativeRecalc.median,
      kit: kitRecalc.median,
      wall: [nativeRecalc.wall, kitRecalc.wall],
      budget: 1,
    },
  ];
}

module.exports = { sheetSection, GRADEKIT, NATIVE, sheetOf };
