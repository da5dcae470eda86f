#!/usr/bin/env node
"use strict";
/**
 * Writes the example inputs in examples/ (committed, so the demo runs without this script):
 * an accident log and a customer list as people really keep them — units typed into cells,
 * 亿元 next to a 万元 header, full-width digits, text dates, blanks — and a GBK-encoded CSV
 * as older Chinese Excel saves it. Run: node scripts/make-examples.js
 */
const path = require("node:path");
const fs = require("node:fs");
const ExcelJS = require("exceljs");
const iconv = require("iconv-lite");

const dir = path.join(__dirname, "..", "examples");
const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));

// 事故编号, 发生日期, 单位, 死亡人数, 重伤人数, 直接经济损失(万元)
const ACCIDENTS = [
  ["SG-2024-001", utc(2024, 1, 8), "一车间", 0, 2, 35],
  ["SG-2024-002", utc(2024, 2, 19), "二车间", "3人", 0, 120],
  ["SG-2024-003", "2024/3/2", "仓储部", 1, "１２", 80],
  ["SG-2024-004", utc(2024, 3, 27), "一车间", 0, 0, "0.8亿元"],
  ["SG-2024-005", utc(2024, 4, 11), "运输队", "１０", 3, 1500],
  ["SG-2024-006", utc(2024, 5, 5), "二车间", null, null, null],
  ["SG-2024-007", utc(2024, 5, 30), "运输队", 32, 60, 21000],
  ["SG-2024-008", utc(2024, 6, 14), "仓储部", "不详", 1, 4],
  ["SG-2024-009", "2024年7月3日", "一车间", 2, 9, 999],
  ["SG-2024-010", utc(2024, 7, 21), "二车间", 0, 50, 300],
  ["SG-2024-011", utc(2024, 8, 9), "运输队", 1, 0, "5000万"],
  ["SG-2024-012", utc(2024, 9, 1), "仓储部", 0, 1, 0.5],
  ["SG-2024-013", utc(2024, 9, 18), "一车间", 2.5, 0, 10],
  ["SG-2024-014", utc(2024, 10, 2), "二车间", 0, 0, 1000],
];

// 客户, 销售, 需求, 预计成交时间 (report date 2026-06-01, given with --set asOf=…)
const CUSTOMERS = [
  ["华东精密", "王芳", "明确", "2026-06-20"],
  ["北辰物流", "王芳", "明确", "45天"],
  ["远航科技", "李强", "明确", utc(2026, 11, 30)],
  ["青禾食品", "李强", "潜在", null],
  ["恒信建材", "张伟", "无", null],
  ["启明医疗", "张伟", "明确", "3个月"],
  ["嘉和家居", "王芳", "明确", "2026/5/15"],
  ["天诚电子", "李强", "明确", null],
  ["星河传媒", "张伟", "潜在", "2周"],
  ["蓝海水产", "王芳", "有意向", "1个月"],
  ["德润化工", "李强", "明确", "2026年12月31日"],
  ["", "", "", ""],
  ["万象商贸", "张伟", "明确", 2],
];

async function workbook(file, sheetName, headers, rows, dateColumn) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "GradeKit examples";
  wb.created = wb.modified = utc(2026, 1, 1);
  const sheet = wb.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(headers).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.columns.forEach((c) => (c.width = 16));
  if (dateColumn) sheet.getColumn(dateColumn).numFmt = "yyyy-mm-dd";
  await wb.xlsx.writeFile(path.join(dir, file));
}

function csvField(v) {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function main() {
  fs.mkdirSync(dir, { recursive: true });
  const accidentHeaders = [
    "事故编号",
    "发生日期",
    "单位",
    "死亡人数",
    "重伤人数",
    "直接经济损失(万元)",
  ];
  await workbook("事故台账.xlsx", "事故台账", accidentHeaders, ACCIDENTS, 2);
  await workbook(
    "客户名单.xlsx",
    "客户名单",
    ["客户", "销售", "需求", "预计成交时间"],
    CUSTOMERS,
    4
  );
  const csv = [accidentHeaders, ...ACCIDENTS].map((r) => r.map(csvField).join(",")).join("\r\n");
  fs.writeFileSync(path.join(dir, "事故台账-gbk.csv"), iconv.encode(csv + "\r\n", "gbk"));
  process.stdout.write(`examples written to ${dir}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e.stack}\n`);
  process.exit(1);
});
