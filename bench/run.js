#!/usr/bin/env node
/**
 * GradeKit's benchmarks against their baselines, and the budgets they must hold. Run with
 * `npm run bench` (builds lib/ and dist/ first); docs/performance.md explains each section
 * and records a run.
 *
 *   node --expose-gc bench/run.js [--quick] [--only engine,cells,sheet,files,bundles]
 *
 * Times are CPU milliseconds (medians; wall-clock in brackets). Exits 1 if a budget fails.
 */
"use strict";
const os = require("node:os");
const { engineSection } = require("./engine");
const { cellsSection } = require("./cells");
const { sheetSection } = require("./sheet");
const { filesSection } = require("./files");
const { bundlesSection } = require("./bundles");
const { LIB } = require("./gradekit");

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1].split(",") : null;

const SECTIONS = [
  [
    "engine",
    "1. Engine: one lifted call vs an if-chain by hand",
    () => engineSection(quick ? 1e5 : 1e6, { warmup: 2, reps: quick ? 3 : 7 }),
  ],
  [
    "cells",
    "2. Cell by cell: single-cell calls vs one lifted call",
    () => cellsSection(quick ? 2e4 : 1e5, { warmup: 2, reps: quick ? 3 : 7 }),
  ],
  [
    "sheet",
    "3. Formula engine (HyperFormula): GRADE sheet vs nested-IF sheet",
    () => sheetSection(quick ? 1e4 : 1e5, { warmup: 1, reps: quick ? 1 : 3 }),
  ],
  [
    "files",
    "4. Files: gradekit grade vs reading and writing the file",
    () =>
      filesSection(
        quick ? { csvRows: 5e4, xlsxRows: 5e3, reps: 1 } : { csvRows: 1e6, xlsxRows: 1e5, reps: 9 }
      ),
  ],
  [
    "bundles",
    "6. Bundles (section 5, task-pane syncs, is a Jest test of the task pane)",
    () => bundlesSection(),
  ],
];

const num = (n, digits = 1) => n.toFixed(digits).padStart(9);

function line(row) {
  if (row.note) return { text: `  ${row.name.padEnd(62)} ${row.note}`, ok: true };
  if (row.value !== undefined) {
    const ok = row.limit === undefined || row.value <= row.limit;
    const wall = row.wallValue === undefined ? "" : ` [${row.wallValue.toFixed(2)} wall]`;
    const budget =
      row.limit === undefined ? "" : `  budget ≤ ${row.limit} ${row.unit}  ${ok ? "ok" : "OVER"}`;
    return {
      text: `  ${row.name.padEnd(62)} ${num(row.value, 2)} ${row.unit}${wall}${budget}`,
      ok,
    };
  }
  const ratio = row.kit / row.hand;
  const ok = row.budget === undefined || ratio <= row.budget;
  const wall = row.wall ? `  [wall ${row.wall[0].toFixed(0)} / ${row.wall[1].toFixed(0)}]` : "";
  const budget = row.budget === undefined ? "" : `  budget ≤ ${row.budget}×  ${ok ? "ok" : "OVER"}`;
  const times = `${num(row.hand)} ms  ${num(row.kit)} ms  ${ratio.toFixed(2).padStart(6)}×`;
  return { text: `  ${row.name.padEnd(62)} ${times}${wall}${budget}`, ok };
}

async function main() {
  const started = Date.now();
  console.log(`GradeKit benchmarks${quick ? " (quick)" : ""} — ${new Date().toISOString()}`);
  console.log(
    `  node ${process.version}, ${os.availableParallelism()} CPUs: ${os.cpus()[0].model}`
  );
  console.log(
    `  lib: ${LIB}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`
  );
  if (typeof global.gc !== "function") console.log("  (run with --expose-gc for steadier figures)");
  let failed = 0;
  for (const [key, title, run] of SECTIONS) {
    if (only && !only.includes(key)) continue;
    console.log(`\n${title}`);
    console.log(`  ${"".padEnd(62)}  baseline  GradeKit   ratio  (CPU ms, medians)`);
    for (const row of await run()) {
      const { text, ok } = line(row);
      if (!ok) failed++;
      console.log(text);
    }
  }
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(
    `\nload average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}; ${minutes} min`
  );
  console.log(failed ? `${failed} budget(s) over` : "all budgets held");
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
