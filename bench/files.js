/**
 * Section 4, files: `gradekit grade` on a million-row CSV and a 100,000-row workbook, against
 * reading and writing the same files with the same libraries and no grading
 * (files-baseline.js). Each run is a child process, so its peak memory is its own.
 *
 * With BENCH_LIB pointing at a build that has no lib/cli/commands/grade.js (an older
 * version), this section prints a note and is skipped.
 */
"use strict";
const { spawnSync } = require("node:child_process");
const { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } = require("node:fs");
const { once } = require("node:events");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { accidents } = require("./rows");
const { median } = require("./timing");
const { incidentByHand } = require("./engine");
const { LIB } = require("./gradekit");

const ROOT = join(__dirname, "..");
const HEADER = ["死亡人数", "重伤人数", "直接经济损失"];
const LEVELS = ["特别重大事故", "重大事故", "较大事故", "一般事故"];

/** The rows as CSV with `eol` line endings (LF, or CRLF as Excel writes). */
async function writeCsv(file, a, eol = "\n") {
  const out = createWriteStream(file);
  out.write(`${HEADER.join(",")}${eol}`);
  for (let i = 0; i < a.deaths.length; i += 10_000) {
    let chunk = "";
    const end = Math.min(i + 10_000, a.deaths.length);
    for (let r = i; r < end; r++) chunk += `${a.deaths[r]},${a.serious[r]},${a.loss[r]}${eol}`;
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

async function writeXlsx(file, a) {
  const ExcelJS = require("exceljs");
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const sheet = writer.addWorksheet("Sheet1");
  sheet.addRow(HEADER).commit();
  for (let r = 0; r < a.deaths.length; r++) {
    sheet.addRow([a.deaths[r], a.serious[r], a.loss[r]]).commit();
  }
  sheet.commit();
  await writer.commit();
}

/** Runs `node <args>` with the usage reporter preloaded; its wall and CPU time and peak RSS. */
function runChild(args, dir) {
  const usageFile = join(dir, "usage.json");
  rmSync(usageFile, { force: true });
  const start = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    ["--require", join(__dirname, "child-usage.js"), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, BENCH_USAGE_FILE: usageFile },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    }
  );
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) {
    throw new Error(`node ${args.join(" ")} failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
  }
  return { wall, ...JSON.parse(readFileSync(usageFile, "utf8")) };
}

/** Alternates the commands `reps` times after one warm-up each; medians of each. */
function compareChildren(commands, dir, reps) {
  commands.forEach((args) => runChild(args, dir));
  const runs = commands.map(() => []);
  for (let r = 0; r < reps; r++) commands.forEach((args, i) => runs[i].push(runChild(args, dir)));
  return runs.map((list) => ({
    median: median(list.map((u) => u.cpuMs)),
    wall: median(list.map((u) => u.wall)),
    maxRssMb: Math.max(...list.map((u) => u.maxRssMb)),
  }));
}

/** The level in each data line of the graded CSV, checked against the hand-written chain. */
function checkCsv(file, a) {
  const lines = readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "");
  const want = incidentByHand(...[a.deaths, a.serious, a.loss].map((v) => v.map((x) => [x])));
  if (lines.length !== want.length + 1) {
    throw new Error(`graded CSV has ${lines.length - 1} data rows, expected ${want.length}`);
  }
  for (let r = 0; r < want.length; r++) {
    const level = LEVELS.find((l) => lines[r + 1].includes(l));
    if (level !== want[r][0]) throw new Error(`graded CSV row ${r + 2}: ${lines[r + 1]}`);
  }
}

/** The level in each data row of the graded workbook, checked against the hand-written chain. */
async function checkXlsx(file, a) {
  const ExcelJS = require("exceljs");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  const want = incidentByHand(...[a.deaths, a.serious, a.loss].map((v) => v.map((x) => [x])));
  if (sheet.rowCount !== want.length + 1) {
    throw new Error(`graded xlsx has ${sheet.rowCount - 1} data rows, expected ${want.length}`);
  }
  for (let r = 0; r < want.length; r++) {
    const level = sheet.getRow(r + 2).getCell(HEADER.length + 1).value;
    if (level !== want[r][0]) throw new Error(`graded xlsx row ${r + 2}: ${level}`);
  }
}

async function filesSection({ csvRows, xlsxRows, reps }) {
  const command = join(LIB, "cli", "commands", "grade.js");
  if (!existsSync(command)) {
    return [{ name: "gradekit grade (CSV, xlsx)", note: `skipped: ${command} does not exist yet` }];
  }
  const dir = mkdtempSync(join(tmpdir(), "gradekit-bench-"));
  try {
    const a = accidents(csvRows, 5);
    const grade = (input, output) => [
      join(ROOT, "bin", "gradekit.js"),
      "grade",
      input,
      "--function",
      "INCIDENTLEVEL",
      "--out",
      output,
      "--force", // repetitions write the same output again
    ];
    const baseline = (kind, input, output) => [
      join(__dirname, "files-baseline.js"),
      kind,
      input,
      output,
    ];

    const csvIn = join(dir, "accidents.csv");
    await writeCsv(csvIn, a);
    const [csvBase, csvKit] = compareChildren(
      [baseline("csv", csvIn, join(dir, "copied.csv")), grade(csvIn, join(dir, "graded.csv"))],
      dir,
      reps
    );
    checkCsv(join(dir, "graded.csv"), a);

    // The same rows with CRLF line endings, as Excel saves a CSV: GradeKit's output keeps
    // them, and csv-stringify checks every field for the two-character record delimiter.
    const crlfIn = join(dir, "accidents-crlf.csv");
    await writeCsv(crlfIn, a, "\r\n");
    const [crlfBase, crlfKit] = compareChildren(
      [baseline("csv", crlfIn, join(dir, "copied.csv")), grade(crlfIn, join(dir, "graded.csv"))],
      dir,
      reps
    );
    checkCsv(join(dir, "graded.csv"), a);

    const b = accidents(xlsxRows, 6);
    const xlsxIn = join(dir, "accidents.xlsx");
    await writeXlsx(xlsxIn, b);
    const [xlsxBase, xlsxKit] = compareChildren(
      [baseline("xlsx", xlsxIn, join(dir, "copied.xlsx")), grade(xlsxIn, join(dir, "graded.xlsx"))],
      dir,
      reps
    );
    await checkXlsx(join(dir, "graded.xlsx"), b);

    const m = (n) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1000}k`);
    return [
      {
        name: `grade a ${m(csvRows)}-row CSV vs read+write it`,
        hand: csvBase.median,
        kit: csvKit.median,
        wall: [csvBase.wall, csvKit.wall],
        budget: 1.3,
      },
      {
        name: `  the same with CRLF line endings (informative)`,
        hand: crlfBase.median,
        kit: crlfKit.median,
        wall: [crlfBase.wall, crlfKit.wall],
      },
      { name: "peak memory grading the CSV", value: csvKit.maxRssMb, unit: "MB", limit: 1024 },
      { name: "peak memory copying the CSV", value: csvBase.maxRssMb, unit: "MB" },
      {
        name: `grade a ${m(xlsxRows)}-row xlsx vs read+write it`,
        hand: xlsxBase.median,
        kit: xlsxKit.median,
        wall: [xlsxBase.wall, xlsxKit.wall],
        budget: 1.3,
      },
      { name: "peak memory grading the xlsx", value: xlsxKit.maxRssMb, unit: "MB" },
      { name: "peak memory copying the xlsx", value: xlsxBase.maxRssMb, unit: "MB" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { filesSection };
