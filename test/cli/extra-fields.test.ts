/** A CSV row with more fields than its header is reported, never silently shortened. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gradekit } from "./run-cli";

describe("rows with more fields than the header", () => {
  test("an unquoted thousands separator is not graded as 12 yuan, and the extra field is named", () => {
    const dir = mkdtempSync(join(tmpdir(), "gradekit-extra-"));
    const input = join(dir, "台账.csv");
    const out = join(dir, "评级.csv");
    writeFileSync(
      input,
      "单位,死亡人数,重伤人数,直接经济损失,日期\n甲,1,0,500,2026/5/1\n己,0,0,12,000,2026/5/1\n乙,3,0,0,2026/5/2\n"
    );
    const run = gradekit(["grade", input, "--function", "INCIDENTLEVEL", "--out", out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("警告：第3行有6个字段，表头只有5列（多出：2026/5/1）");
    const lines = readFileSync(out, "utf8").split("\n");
    expect(lines[1]).toBe("甲,1,0,500,2026/5/1,一般事故,");
    expect(lines[2]).toMatch(/^己,0,0,12,000,#VALUE!,#VALUE! 第3行有6个字段.*多出：2026\/5\/1/);
    expect(lines[3]).toBe("乙,3,0,0,2026/5/2,较大事故,");
  });

  test("errors speak the user's language: Chinese by default, English with --lang en", () => {
    const zh = gradekit(["grade", "nonexist.csv", "--function", "事故", "--out", "x.csv"]);
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain("错误：未知的函数“事故”。是否要用：INCIDENTLEVEL（事故等级）");
    const en = gradekit([
      "grade",
      "nonexist.csv",
      "--function",
      "INCIDENTLEVEL",
      "--out",
      "x.csv",
      "--lang",
      "en",
    ]);
    expect(en.stderr).toBe("Error: no such file: nonexist.csv\n");
    const dir = mkdtempSync(join(tmpdir(), "gradekit-folder-"));
    const folder = join(dir, "台账.xlsx");
    mkdirSync(folder);
    const zhFolder = gradekit(["grade", folder, "--function", "INCIDENTLEVEL", "--out", "x.csv"]);
    expect(zhFolder.status).toBe(2);
    expect(zhFolder.stderr).toBe("错误：输入是文件夹，不是文件\n");
    rmSync(dir, { recursive: true });
  });
});
