import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { recalc } from "../../src/cli/commands/recalc";
import { grade } from "../../src/cli/commands/grade";
import { readCells } from "../../src/cli/sheet-xml";
import { callsGrade, shiftFormula, toEngineFormula } from "../../src/cli/formula-text";
import { ACCIDENTS_CSV, capture, tempDir } from "./cli-helpers";
import { buildXlsx, parts } from "./xlsx-fixture";

const tmp = tempDir();
afterAll(tmp.cleanup);

const s = (r: string, text: string) => `<c r="${r}" t="str"><v>${text}</v></c>`;
const n = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;

const DATA_ROWS = [
  `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>`,
  `<row r="2">${n("A2", 12)}${n("B2", 0)}${n("C2", 0)}` +
    `<c r="D2" t="str"><f t="shared" ref="D2:D4" si="0">_xldudf_GRADE_INCIDENTLEVEL(A2,B2,C2)</f><v>一般事故</v></c>` +
    `<c r="E2" t="str"><f t="array" ref="E2:E4">_xldudf_GRADE_INCIDENTLEVEL(A2:A4,B2:B4,C2:C4)</f><v>stale</v></c>` +
    `<c r="F2" t="str"><f>_xludf.GRADE.INCIDENTLEVEL(A2*Factor,0,0)</f><v>stale</v></c>` +
    `<c r="G2"><f>FOOBAR(1)</f><v>42</v></c><c r="H2"><f>SUM(A2:A4)</f><v>7</v></c></row>`,
  `<row r="3">${n("A3", 1)}${n("B3", 0)}${n("C3", 0)}<c r="D3" t="str"><f t="shared" si="0"/><v>一般事故</v></c>${s("E3", "stale")}</row>`,
  `<row r="4">${n("A4", 35)}${n("B4", 0)}${n("C4", 0)}<c r="D4" s="3" t="str"><f t="shared" si="0"/><v>x</v></c>${s("E4", "stale")}</row>`,
].join("");

const CALC_ROWS =
  `<row r="1"><c r="A1"><f>COUNTIF(Data!D2:D4,"重大事故")</f><v>0</v></c>` +
  `<c r="B1" t="str"><f>[2]!_xldudf_GRADE_INCIDENTLEVEL(Data!A3*10,0,0)</f><v>old</v></c>` +
  `<c r="C1" t="str"><f>"_xldudf_GRADE_INCIDENTLEVEL(1,0,0)"</f><v>_xldudf_GRADE_INCIDENTLEVEL(1,0,0)</v></c></row>`;

const UNRELATED = {
  "xl/pivotCache/pivotCacheDefinition1.xml": `<?xml version="1.0"?>\n<pivotCacheDefinition xmlns="x" r:id="rId1" refreshOnLoad="1">  <cacheSource type="worksheet"/></pivotCacheDefinition>`,
  "customXml/item1.xml": `<root><b:Sources xmlns:b="s"> keep   this </b:Sources></root>`,
  "xl/vbaProject.bin": Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 255, 0, 7]),
};

async function fixture(name: string): Promise<string> {
  const bytes = await buildXlsx(
    [
      { name: "Data", rows: DATA_ROWS },
      { name: "Calc", rows: CALC_ROWS },
    ],
    ["死亡", "重伤", "损失"],
    UNRELATED
  );
  const path = tmp.path(name);
  writeFileSync(path, bytes);
  return path;
}

async function sheetCells(path: string, part: string) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file(part)!.async("string");
  return { xml, cells: new Map(readCells(xml, []).map((c) => [c.address, c])) };
}

describe("formula text", () => {
  it("reads every stored spelling of a GRADE call, outside string literals", () => {
    expect(toEngineFormula("_xldudf_GRADE_INCIDENTLEVEL(A1,0,0)")).toBe(
      "GRADE.INCIDENTLEVEL(A1,0,0)"
    );
    expect(toEngineFormula("[2]!_xldudf_GRADE_CUSTOMERTIER(A1,B1)")).toBe(
      "GRADE.CUSTOMERTIER(A1,B1)"
    );
    expect(toEngineFormula("_xludf.GRADE.X(1)+_xlfn.IFS(1,2)")).toBe("GRADE.X(1)+IFS(1,2)");
    expect(toEngineFormula('"_xldudf_GRADE_X(1)"')).toBe('"_xldudf_GRADE_X(1)"');
    expect(callsGrade('"_xldudf_GRADE_X(1)"')).toBe(false);
    expect(callsGrade("1+GRADEDEV.X(1)")).toBe(true);
  });

  it("moves the relative parts of a shared formula", () => {
    expect(shiftFormula("A2+$B$2+C$2+$D2+'My Sheet'!E2+LOG10(F2)", 2, 1)).toBe(
      "B4+$B$2+D$2+$D4+'My Sheet'!F4+LOG10(G4)"
    );
    expect(shiftFormula('SUM(A2:B3)&"A2"', 1, 0)).toBe('SUM(A3:B4)&"A2"');
  });
});

describe("gradekit recalc", () => {
  it("recomputes shared, array, prefixed and cross-sheet GRADE formulas and what depends on them", async () => {
    const input = await fixture("book.xlsx");
    const out = tmp.path("book-out.xlsx");
    const { result, error } = await capture(() => recalc(input, { out }));
    expect(error).toBeUndefined();
    expect(result!.changed).toEqual({ Data: 6, Calc: 2 });

    const data = await sheetCells(out, "xl/worksheets/sheet1.xml");
    const value = (a: string) => data.cells.get(a)!.cached;
    expect(["D2", "D3", "D4"].map(value)).toEqual(["重大事故", "一般事故", "特别重大事故"]);
    expect(["E2", "E3", "E4"].map(value)).toEqual(["重大事故", "一般事故", "特别重大事故"]);
    expect(value("F2")).toBe("特别重大事故");
    expect(value("G2")).toBe(42);
    expect(value("H2")).toBe(7);
    // Unchanged cells keep their bytes; changed ones keep their style and formula.
    const original = await sheetCells(input, "xl/worksheets/sheet1.xml");
    for (const a of ["D3", "G2", "H2", "A2"]) {
      expect(data.xml.slice(data.cells.get(a)!.start, data.cells.get(a)!.end)).toBe(
        original.xml.slice(original.cells.get(a)!.start, original.cells.get(a)!.end)
      );
    }
    expect(data.xml).toContain(
      '<c r="D4" s="3" t="str"><f t="shared" si="0"/><v>特别重大事故</v></c>'
    );

    const calc = await sheetCells(out, "xl/worksheets/sheet2.xml");
    expect(calc.cells.get("A1")!.cached).toBe(1);
    expect(calc.cells.get("B1")!.cached).toBe("重大事故");
    expect(calc.cells.get("C1")!.cached).toBe("_xldudf_GRADE_INCIDENTLEVEL(1,0,0)");
  });

  it("writes characters outside the BMP whole in a changed sheet of any length", async () => {
    // JSZip encodes a string 16 KB at a time; a 𠮷 across two blocks used to come out broken.
    const notes = Array.from({ length: 20 }, (_, i) => "a".repeat(i % 3) + "𠮷".repeat(3000));
    const rows =
      `<row r="1">${s("A1", "死亡")}${s("B1", "备注")}</row>` +
      notes
        .map(
          (note, i) =>
            `<row r="${i + 2}">${n(`A${i + 2}`, i)}${s(`B${i + 2}`, note)}` +
            `<c r="C${i + 2}" t="str"><f>_xldudf_GRADE_INCIDENTLEVEL(A${i + 2},0,0)</f><v>stale</v></c></row>`
        )
        .join("");
    const input = tmp.path("notes.xlsx");
    writeFileSync(input, await buildXlsx([{ name: "Data", rows }], []));
    const out = tmp.path("notes-out.xlsx");
    const { error } = await capture(() => recalc(input, { out }));
    expect(error).toBeUndefined();
    const { xml, cells } = await sheetCells(out, "xl/worksheets/sheet1.xml");
    expect(xml).not.toContain("\ufffd");
    expect(notes.map((_, i) => cells.get(`B${i + 2}`)!.cached)).toEqual(notes);
    expect(cells.get("C12")!.cached).toBe("重大事故");
  });

  it("keeps every other part byte for byte (pivot cache, customXml, vbaProject)", async () => {
    const input = await fixture("macro.xlsm");
    const out = tmp.path("macro-out.xlsm");
    await capture(() => recalc(input, { out }));
    const before = await parts(readFileSync(input));
    const after = await parts(readFileSync(out));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) {
      if (name.startsWith("xl/worksheets/")) continue;
      expect({ name, same: bytes.equals(after.get(name)!) }).toEqual({ name, same: true });
    }
  });

  it("refreshes what grade --formulas wrote: counts, blank rows and reasons", async () => {
    const csv = tmp.path("acc.csv");
    writeFileSync(csv, ACCIDENTS_CSV);
    const graded = tmp.path("graded.xlsx");
    await capture(() =>
      grade(csv, { function: "INCIDENTLEVEL", out: graded, formulas: true, by: "单位" })
    );

    const unchanged = tmp.path("same.xlsx");
    const same = await capture(() => recalc(graded, { out: unchanged }));
    expect(same.result).toEqual({
      changed: {},
      computed: expect.any(Number),
      summaries: [],
      grown: [],
    });

    // Fix row 5's unreadable deaths and make row 2 a major accident, as a user would in Excel.
    const zip = await JSZip.loadAsync(readFileSync(graded));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const edited = xml
      .replace('<c r="C2" t="str"><v>3人</v></c>', '<c r="C2"><v>12</v></c>')
      .replace('<c r="C5" t="str"><v>abc</v></c>', '<c r="C5"><v>1</v></c>')
      .replace('<c r="C7"><v>1</v></c>', '<c r="C7" t="str"><v>x</v></c>');
    expect(edited).not.toBe(xml);
    zip.file("xl/worksheets/sheet1.xml", edited);
    const input = tmp.path("edited.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));

    const out = tmp.path("refreshed.xlsx");
    const { result } = await capture(() => recalc(input, { out }));
    expect(result!.summaries).toEqual(["等级汇总"]);
    const data = await sheetCells(out, "xl/worksheets/sheet1.xml");
    expect(data.cells.get("F2")!.cached).toBe("重大事故");
    expect(data.cells.get("F5")!.cached).toBe("一般事故");
    expect(data.cells.get("G5")!.cached).toBeNull();
    expect(data.cells.get("F7")!.cached).toEqual({ error: "#VALUE!" });
    expect(data.cells.get("G7")!.cached).toBe('#VALUE! 死亡无法识别为数字："x"');
    expect(data.xml).toMatch(
      /<c r="F7"[^>]*t="e"><f>[^<]+<\/f><v>#VALUE!<\/v><\/c><c r="G7" t="inlineStr">/
    );
    const summary = await sheetCells(out, "xl/worksheets/sheet2.xml");
    const v = (a: string) => summary.cells.get(a)?.cached;
    expect([v("A7"), v("B7"), v("E7")]).toEqual(["重大事故", 1, 2]);
    expect([v("A9"), v("B9"), v("E9")]).toEqual(["一般事故", 0, 1]);
    expect([v("A10"), v("B10"), v("E10")]).toEqual(["未能评级", 1, 1]);
    expect([v("A11"), v("B11"), v("E11")]).toEqual(["空白行", 1, 1]);
    expect(v("A13")).toBe("未能评级原因");
    expect([v("A14"), v("B14"), v("C14")]).toEqual(['#VALUE! 死亡无法识别为数字："x"', 1, 7]);
    expect(v("A15")).toBeUndefined();
  });

  it.each([
    ["examples/事故台账.xlsx", "INCIDENTLEVEL"],
    ["examples/客户名单.xlsx", "CUSTOMERTIER"],
    ["examples/客户名单.xlsx", "CUSTOMERURGENCY"],
  ])("recalculating %s graded by %s with formulas changes nothing", async (file, id) => {
    const graded = tmp.path(`example-${id}.xlsx`);
    const customers = id !== "INCIDENTLEVEL";
    await capture(() =>
      grade(join(__dirname, "../..", file), {
        function: id,
        out: graded,
        formulas: true,
        map: id === "CUSTOMERURGENCY" ? ["nextAction=预计成交时间"] : undefined,
        set: customers ? ["asOf=2026-06-01"] : undefined,
        by: customers ? "销售" : "单位",
      })
    );
    const again = tmp.path(`again-${id}.xlsx`);
    const { result } = await capture(() => recalc(graded, { out: again }));
    expect(result!.computed).toBeGreaterThan(13);
    expect(result!.changed).toEqual({});
  });

  it.each([
    [
      "an .xls file",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "Excel 97-2003",
    ],
    [
      "an encrypted workbook",
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(100),
        Buffer.from("EncryptionInfo", "utf16le"),
      ]),
      "encrypted",
    ],
    ["a text file", Buffer.from("a,b\n1,2\n"), "not a zip package"],
  ])("refuses %s", async (_name, bytes, reason) => {
    const input = tmp.path("refused.xlsx");
    writeFileSync(input, bytes);
    const { error } = await capture(() => recalc(input, { out: tmp.path("never.xlsx") }));
    expect(String(error)).toContain(reason);
  });

  it("refuses .xlsb and zips that are not workbooks", async () => {
    const xlsb = new JSZip();
    xlsb.file("xl/workbook.bin", Buffer.from([1, 2, 3]));
    const other = new JSZip();
    other.file("hello.txt", "hi");
    for (const [zip, reason] of [
      [xlsb, "binary workbook (.xlsb)"],
      [other, "not an Excel workbook"],
    ] as const) {
      const input = tmp.path("zip.xlsx");
      writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
      const { error } = await capture(() => recalc(input, { out: tmp.path("never.xlsx") }));
      expect(String(error)).toContain(reason);
    }
  });
});
