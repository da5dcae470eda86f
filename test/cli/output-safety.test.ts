import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { grade } from "../../src/cli/commands/grade";
import { main } from "../../src/cli/cli";
import { ACCIDENTS_CSV, capture, tempDir } from "./cli-helpers";

const tmp = tempDir();
afterAll(tmp.cleanup);

function csvFile(name: string, text: string): string {
  const path = tmp.path(name);
  writeFileSync(path, text);
  return path;
}

describe("output safety", () => {
  it("refuses an existing output unless --force", async () => {
    const input = csvFile("safe.csv", ACCIDENTS_CSV);
    const out = tmp.path("safe-out.csv");
    writeFileSync(out, "previous");
    const refused = await capture(() => grade(input, { function: "INCIDENTLEVEL", out }));
    expect(String(refused.error)).toContain("already exists; add --force");
    expect(readFileSync(out, "utf8")).toBe("previous");
    await capture(() => grade(input, { function: "INCIDENTLEVEL", out, force: true }));
    expect(readFileSync(out, "utf8")).toContain("特别重大事故");
  });

  it("never writes over the input", async () => {
    const input = csvFile("self.csv", ACCIDENTS_CSV);
    const refused = await capture(() =>
      grade(input, { function: "INCIDENTLEVEL", out: input, force: true })
    );
    expect(String(refused.error)).toContain("refusing to write over the input");
    expect(readFileSync(input, "utf8")).toBe(ACCIDENTS_CSV);
  });

  it.each(["csv", "xlsx"])(
    "a failure mid-write leaves the previous %s output intact",
    async (ext) => {
      const input = csvFile(
        `big-${ext}.csv`,
        ["死亡人数,重伤人数,直接经济损失", ...Array(5000).fill("1,0,0")].join("\n")
      );
      const out = tmp.path(`fail-out.${ext}`);
      writeFileSync(out, "previous output");
      const failed = await capture(() =>
        grade(input, {
          function: "INCIDENTLEVEL",
          out,
          force: true,
          afterRow: (n) => {
            if (n === 3000) throw new Error("disk full (simulated)");
          },
        })
      );
      expect(String(failed.error)).toContain("disk full");
      expect(readFileSync(out, "utf8")).toBe("previous output");
      expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    }
  );

  it("refuses a table too wide for the grade and reason columns before writing anything", async () => {
    const extra = Array.from({ length: 16_381 }, (_, i) => `备注${i + 1}`);
    const input = csvFile("wide.csv", `死亡人数,重伤人数,直接经济损失,${extra.join(",")}\n1,0,0\n`);
    const out = tmp.path("wide-out.xlsx");
    const { error } = await capture(() => grade(input, { function: "INCIDENTLEVEL", out }));
    expect(String(error)).toContain("pass Excel's limit of 16384 columns");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // A CSV has no such limit.
    const csv = tmp.path("wide-out.csv");
    await capture(() => grade(input, { function: "INCIDENTLEVEL", out: csv }));
    expect(readFileSync(csv, "utf8")).toContain("一般事故");
  });

  it("exits with code 2 and lists the headers when a required column is missing", async () => {
    const input = csvFile("missing.csv", "单位,死亡人数\n甲,1\n");
    const out = tmp.path("missing-out.csv");
    const { stderr } = await capture(() =>
      main(["node", "gradekit", "grade", input, "--function", "INCIDENTLEVEL", "--out", out])
    );
    expect(process.exitCode).toBe(2);
    process.exitCode = 0;
    expect(stderr).toContain(
      "找不到以下必填参数对应的列：seriousInjuries（重伤）、directLoss（直接经济损失）"
    );
    expect(stderr).toContain("表头：单位、死亡人数");
    expect(existsSync(out)).toBe(false);
  });
});
