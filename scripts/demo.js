#!/usr/bin/env node
"use strict";
/**
 * `npm run demo`: grades the example files into out/ and prints each summary table, then
 * evaluates examples/formulas.txt with `gradekit calc` when that file exists.
 */
const path = require("node:path");
const fs = require("node:fs");
const { spawnSync } = require("node:child_process");

const root = path.join(__dirname, "..");
const gradekit = path.join(root, "bin", "gradekit.js");
const out = path.join(root, "out");
fs.mkdirSync(out, { recursive: true });

const runs = [
  [
    "事故台账 → 事故等级（INCIDENTLEVEL），按单位汇总",
    [
      "examples/事故台账.xlsx",
      "--function",
      "INCIDENTLEVEL",
      "--by",
      "单位",
      "--out",
      "out/事故台账-评级.xlsx",
    ],
  ],
  [
    "事故台账（GBK 编码 CSV）→ 事故等级，输出 CSV",
    ["examples/事故台账-gbk.csv", "--function", "INCIDENTLEVEL", "--out", "out/事故台账-评级.csv"],
  ],
  [
    "客户名单 → 客户等级（CUSTOMERTIER），按销售汇总，写入公式",
    [
      "examples/客户名单.xlsx",
      "--function",
      "CUSTOMERTIER",
      "--set",
      "asOf=2026-06-01",
      "--by",
      "销售",
      "--formulas",
      "--out",
      "out/客户名单-等级.xlsx",
    ],
  ],
  [
    "客户名单 → 客户紧急程度（CUSTOMERURGENCY）",
    [
      "examples/客户名单.xlsx",
      "--function",
      "CUSTOMERURGENCY",
      "--map",
      "nextAction=预计成交时间",
      "--set",
      "asOf=2026-06-01",
      "--out",
      "out/客户名单-紧急程度.xlsx",
    ],
  ],
];

let failed = false;
for (const [title, args] of runs) {
  process.stdout.write(`\n== ${title}\n`);
  const r = spawnSync(process.execPath, [gradekit, "grade", ...args, "--force"], {
    cwd: root,
    stdio: "inherit",
  });
  if (r.status !== 0) failed = true;
}

const formulas = path.join(root, "examples", "formulas.txt");
if (fs.existsSync(formulas)) {
  process.stdout.write(`\n== gradekit calc --file examples/formulas.txt\n`);
  const r = spawnSync(process.execPath, [gradekit, "calc", "--file", formulas], {
    cwd: root,
    stdio: "inherit",
  });
  if (r.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
