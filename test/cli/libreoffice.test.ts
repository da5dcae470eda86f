/**
 * Opens graded workbooks in LibreOffice (headless, when installed) and reads them back as
 * CSV: the file must load without repair and show the grades. CI installs
 * libreoffice-calc-nogui; elsewhere the test says it was skipped.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import JSZip from "jszip";
import { grade } from "../../src/cli/commands/grade";
import { recalc } from "../../src/cli/commands/recalc";
import { ACCIDENT_GRADES, ACCIDENTS_CSV, capture, tempDir } from "./cli-helpers";

const SOFFICE = "/usr/bin/soffice";
const present = existsSync(SOFFICE);
const tmp = tempDir();
afterAll(tmp.cleanup);

/** Converts every sheet of a workbook to UTF-8 CSV; returns file name → rows. */
function convert(path: string): Map<string, string[][]> {
  const outdir = tmp.path(`lo-${Date.now()}`);
  // Filter options: comma, double quote, UTF-8 (76), start row 1, …, -1 = every sheet.
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
  const run = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${tmp.path("lo-profile")}`,
      "--headless",
      "--convert-to",
      filter,
      "--outdir",
      outdir,
      path,
    ],
    { encoding: "utf8", timeout: 120_000 }
  );
  expect(run.status).toBe(0);
  const out = new Map<string, string[][]>();
  for (const f of readdirSync(outdir)) {
    const rows = readFileSync(`${outdir}/${f}`, "utf8")
      .trim()
      .split("\n")
      .map((l) => l.split(","));
    out.set(f, rows);
  }
  return out;
}

(present ? describe : describe.skip)("LibreOffice opens graded workbooks", () => {
  it("shows the grades and the summary of a values workbook", async () => {
    const input = tmp.path("acc.csv");
    writeFileSync(input, ACCIDENTS_CSV);
    const out = tmp.path("acc.xlsx");
    await capture(() => grade(input, { function: "INCIDENTLEVEL", out }));
    const sheets = convert(out);
    const data = sheets.get("acc-acc.csv")!;
    expect(data.slice(1).map((r) => r[5])).toEqual(ACCIDENT_GRADES);
    const summary = sheets.get("acc-等级汇总.csv")!;
    expect(summary[5].slice(0, 2)).toEqual(["特别重大事故", "1"]);
    expect(summary[9].slice(0, 2)).toEqual(["未能评级", "1"]);
  }, 150_000);

  it("keeps the cached grades of a formulas workbook", async () => {
    const input = tmp.path("f.csv");
    writeFileSync(input, ACCIDENTS_CSV);
    const out = tmp.path("f.xlsx");
    await capture(() => grade(input, { function: "INCIDENTLEVEL", out, formulas: true }));
    const data = convert(out).get("f-f.csv")!;
    // LibreOffice has no GRADE functions: it shows the cached labels, and recomputes (to
    // #NAME?) only cells whose cached value is an error or empty.
    expect(data.slice(1).map((r) => r[5])).toEqual(
      ACCIDENT_GRADES.map((g) => (g === "" || g.startsWith("#") ? "#NAME?" : g))
    );
  }, 150_000);

  it("opens a workbook patched by recalc", async () => {
    const input = tmp.path("r.csv");
    writeFileSync(input, ACCIDENTS_CSV);
    const graded = tmp.path("r.xlsx");
    await capture(() => grade(input, { function: "INCIDENTLEVEL", out: graded, formulas: true }));
    const zip = await JSZip.loadAsync(readFileSync(graded));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file(
      "xl/worksheets/sheet1.xml",
      xml
        .replace('<c r="C2" t="str"><v>3人</v></c>', '<c r="C2"><v>12</v></c>')
        .replace('<c r="C7"><v>1</v></c>', '<c r="C7" t="str"><v>x</v></c>')
    );
    const edited = tmp.path("r-edited.xlsx");
    writeFileSync(edited, await zip.generateAsync({ type: "nodebuffer" }));
    const out = tmp.path("r-out.xlsx");
    await capture(() => recalc(edited, { out }));
    const sheets = convert(out);
    const data = sheets.get("r-out-r.csv")!;
    expect(data[1][5]).toBe("重大事故");
    expect(data[6][6]).toBe('"#VALUE! 死亡无法识别为数字：""x"""');
    const summary = sheets.get("r-out-等级汇总.csv")!;
    expect(summary[6].slice(0, 2)).toEqual(["重大事故", "2"]);
  }, 150_000);
});

if (!present) {
  test("LibreOffice check skipped", () => {
    console.log(
      `${SOFFICE} not found: install libreoffice-calc-nogui to run the LibreOffice checks`
    );
  });
}
