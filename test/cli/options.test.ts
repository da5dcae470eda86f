/**
 * What every command shares: --lang is checked the same way, usage errors exit 2, and what
 * the CLI prints (errors and reports) is in Chinese unless --lang en.
 */
import { writeFileSync } from "node:fs";
import { gradekit } from "./run-cli";
import { ACCIDENTS_CSV, tempDir } from "./cli-helpers";

const tmp = tempDir();
afterAll(tmp.cleanup);

const CRM_CSV = [
  "id,stage,engaged,expectedClose",
  "1,Engaging,2017-01-01,2017-03-01",
  "2,Won,2017-02-01,",
].join("\n");

function crm(): string {
  const path = tmp.path("crm.csv");
  writeFileSync(path, CRM_CSV);
  return path;
}

function gradeCrm(...options: string[]) {
  const out = tmp.path(`crm-${Math.random().toString(36).slice(2)}.csv`);
  return gradekit([
    "grade",
    crm(),
    "--function",
    "CUSTOMERTIER",
    "--out",
    out,
    "--map",
    "need=stage",
    ...options,
  ]);
}

describe("--lang", () => {
  test.each([
    ["calc", ["calc", "=1"]],
    ["grade", ["grade", "x.csv", "--function", "INCIDENTLEVEL", "--out", "y.csv"]],
    ["recalc", ["recalc", "x.xlsx", "--out", "y.xlsx"]],
  ])("%s refuses --lang fr as a usage error", (_command, args) => {
    const run = gradekit([...args, "--lang", "fr"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("argument 'fr' is invalid. Allowed choices are zh, en.");
  });
});

describe("usage errors exit 2", () => {
  test.each([
    ["an unknown option", ["grade", "x.csv", "--nope"]],
    ["a missing required option", ["grade", "x.csv", "--function", "INCIDENTLEVEL"]],
    ["a missing argument", ["recalc", "--out", "y.xlsx"]],
    ["an unknown command", ["regrade"]],
    ["no command", []],
  ])("%s", (_what, args) => {
    expect(gradekit(args).status).toBe(2);
  });

  test("help asked for is no error", () => {
    const run = gradekit(["grade", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--value-map");
  });
});

describe("grade option errors are in the user's language", () => {
  test.each([
    [["--value-map", "Engaging=明确"], "--value-map 须写成 参数:原值=新值", "--value-map needs"],
    [["--value-map", "need:Engaging"], "须写成 原值=新值", 'pair "Engaging" needs from=to'],
    [["--value-map", "nope:a=b"], "CUSTOMERTIER 没有参数“nope”", 'has no parameter "nope"'],
    [["--skip", "stage"], "--skip 须写成 列名=值", "--skip needs column=value"],
    [["--skip", "phase=Won"], "找不到列“phase”", 'No column "phase"'],
    [["--derive", "expectedClose"], "--derive 须写成 参数=日期列+天数", "--derive needs"],
    [["--derive", "expectedClose=engaged+soon"], "--derive 的天数须是数字或 median", "offset must"],
    [
      ["--derive", "expectedClose=engaged+median(engaged-engaged|stage=Lost)"],
      "没有一行同时有",
      "no row has both",
    ],
    [["--set", "asOf"], "--set 须写成 名称=值", "--set expects name=value"],
  ])("%j", (options, zh, en) => {
    const chinese = gradeCrm(...options);
    expect(chinese.status).toBe(2);
    expect(chinese.stderr).toContain(`错误：`);
    expect(chinese.stderr).toContain(zh);
    expect(chinese.stderr).not.toContain(en);
    const english = gradeCrm(...options, "--lang", "en");
    expect(english.status).toBe(2);
    expect(english.stderr).toContain("Error: ");
    expect(english.stderr).toContain(en);
  });
});

describe("recalc reports in the user's language", () => {
  function graded(): string {
    const csv = tmp.path("accidents.csv");
    writeFileSync(csv, ACCIDENTS_CSV);
    const book = tmp.path(`accidents-${Math.random().toString(36).slice(2)}.xlsx`);
    const run = gradekit([
      "grade",
      csv,
      "--function",
      "INCIDENTLEVEL",
      "--formulas",
      "--out",
      book,
    ]);
    expect(run.status).toBe(0);
    return book;
  }

  test("in Chinese by default, in English with --lang en", () => {
    const book = graded();
    const zh = gradekit(["recalc", book, "--out", tmp.path("zh.xlsx")]);
    expect(zh.status).toBe(0);
    expect(zh.stderr).toMatch(/^已重新计算 \d+ 个公式单元格；/);
    expect(zh.stderr).toContain("已写入 ");
    expect(zh.stderr).not.toMatch(/recomputed|written/);
    const en = gradekit(["recalc", book, "--out", tmp.path("en.xlsx"), "--lang", "en"]);
    expect(en.status).toBe(0);
    expect(en.stderr).toMatch(/^\d+ formula cell\(s\) recomputed; /);
    expect(en.stderr).toContain("written ");
  });

  test("its errors too", () => {
    const zh = gradekit(["recalc", graded(), "--out", tmp.path("out.csv")]);
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain("错误：--out 须是 .xlsx 或 .xlsm 文件");
  });
});
