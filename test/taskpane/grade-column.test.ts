import { mapColumns, remapColumn } from "../../src/grading/columns";
import { writeGradeColumn, GradeRequest } from "../../src/taskpane/excel/grade-column";
import { PaneProblem } from "../../src/taskpane/excel/problem";
import { Inspection } from "../../src/taskpane/excel/region";
import { bookWith, fakeExcel } from "./fakes/workbook";
import {
  formulasOn,
  INCIDENT,
  incidents,
  inspect,
  plainIncidents,
  Setup,
  tableIncidents,
  valueAt,
} from "./data";

function request(inspection: Inspection, extra: Partial<GradeRequest> = {}): GradeRequest {
  return {
    inspection,
    mapping: inspection.mapping,
    fn: INCIDENT,
    ns: "GRADE",
    lang: "zh",
    confirmed: false,
    ...extra,
  };
}

async function grade(setup: Setup, extra: Partial<GradeRequest> = {}) {
  const inspection = await inspect(setup, INCIDENT, extra.lang ?? "zh");
  return writeGradeColumn(setup.context, request(inspection, extra));
}

const SPILL = '(B2:B11,C2:C11,IF(ISNUMBER(D2:D11),D2:D11*10000,D2:D11&""))';

describe("grading a plain range", () => {
  test("maps the headers, scales 万元, and writes one spilling formula beside the data", async () => {
    const setup = plainIncidents(10);
    setup.book.names = "translated";
    const inspection = await inspect(setup);
    expect(inspection.mapping.columns.map((c) => [c.param.name, c.column, c.scale])).toEqual([
      ["deaths", 1, 1],
      ["seriousInjuries", 2, 1],
      ["directLoss", 3, 1e4],
    ]);
    expect(inspection.target).toEqual({ column: 4, header: "事故等级", replacing: false });
    expect(inspection.targetEmpty).toBe(true);

    const result = await writeGradeColumn(setup.context, request(inspection));
    expect(result).toMatchObject({ kind: "written", address: "Sheet1!E2:E11", retried: false });
    expect([...formulasOn(setup.sheet)]).toEqual([["E2", `=GRADE.事故等级${SPILL}`]]);
    expect(valueAt(setup.sheet, "E1")).toBe("事故等级");
  });

  test("in Chinese Excel the zh-CN name goes through formulasLocal first", async () => {
    const setup = plainIncidents(10);
    setup.book.names = "translated";
    const result = await grade(setup);
    expect(result).toMatchObject({ kind: "written", flavour: "local", retried: false });
    expect(setup.sheet.cell(1, 4)).toMatchObject({ via: "formulasLocal" });
  });

  test("when the zh-CN name is #NAME? the id is written through Range.formulas", async () => {
    const setup = plainIncidents(10);
    setup.book.names = "english";
    const result = await grade(setup);
    expect(result).toMatchObject({ kind: "written", flavour: "invariant", retried: true });
    expect(setup.sheet.cell(1, 4)).toEqual({
      formula: `=GRADE.INCIDENTLEVEL${SPILL}`,
      via: "formulas",
    });
  });

  test("an English display language writes the id first, with the English header", async () => {
    const setup = plainIncidents(10);
    const result = await grade(setup, { lang: "en" });
    expect(result).toMatchObject({ flavour: "invariant", retried: false });
    expect(valueAt(setup.sheet, "E1")).toBe("INCIDENTLEVEL");
  });

  test("a formulasLocal that the regional separator rejects falls back to Range.formulas", async () => {
    const setup = plainIncidents(10);
    setup.book.listSeparator = ";";
    const result = await grade(setup);
    expect(result).toMatchObject({ kind: "written", flavour: "invariant", retried: true });
    expect(setup.sheet.cell(1, 4)?.via).toBe("formulas");
  });

  test("#NAME? in both forms is reported with the formula", async () => {
    const setup = plainIncidents(10);
    setup.book.names = "unregistered";
    const failure = await grade(setup).catch((e) => e);
    expect(failure).toBeInstanceOf(PaneProblem);
    expect(failure).toMatchObject({ code: "nameError", detail: `=GRADE.INCIDENTLEVEL${SPILL}` });
  });

  test("a development build writes the GRADEDEV namespace", async () => {
    const setup = plainIncidents(10);
    await grade(setup, { ns: "GRADEDEV", lang: "en" });
    expect(formulasOn(setup.sheet).get("E2")).toMatch(/^=GRADEDEV\.INCIDENTLEVEL\(/);
  });
});

describe("never overwriting without asking", () => {
  test("rerun finds its own grade column and asks before replacing it", async () => {
    const setup = plainIncidents(10);
    await grade(setup);
    const again = await inspect(setup);
    expect(again.target).toEqual({ column: 4, header: "事故等级", replacing: true });
    expect(again.targetEmpty).toBe(false);
    expect(again.mapping.columns.map((c) => c.column)).toEqual([1, 2, 3]);

    const asked = await writeGradeColumn(setup.context, request(again));
    expect(asked).toEqual({ kind: "needsConfirm", address: "Sheet1!E1:E11", replacing: true });
    const done = await writeGradeColumn(setup.context, request(again, { confirmed: true }));
    expect(done.kind).toBe("written");
    expect([...formulasOn(setup.sheet).keys()]).toEqual(["E2"]);
  });

  test("a note right of the data joins the region, and the grades go beyond it", async () => {
    const setup = plainIncidents(10);
    setup.sheet.set(5, 4, { value: "备注：待核实" });
    const inspection = await inspect(setup);
    expect(inspection.target.column).toBe(5);
    expect(inspection.targetEmpty).toBe(true);
    await writeGradeColumn(setup.context, request(inspection));
    expect(valueAt(setup.sheet, "E6")).toBe("备注：待核实");
    expect([...formulasOn(setup.sheet).keys()]).toEqual(["F2"]);
  });

  test("a non-empty target is cleared only after confirmation", async () => {
    const setup = plainIncidents(10);
    const inspection = await inspect(setup);
    setup.sheet.set(7, 4, { value: "note" });
    const asked = await writeGradeColumn(setup.context, request(inspection));
    expect(asked).toEqual({ kind: "needsConfirm", address: "Sheet1!E8", replacing: false });
    expect(valueAt(setup.sheet, "E8")).toBe("note");
    await writeGradeColumn(setup.context, request(inspection, { confirmed: true }));
    expect(valueAt(setup.sheet, "E8")).toBeUndefined();
    expect(formulasOn(setup.sheet).get("E2")).toBeDefined();
  });
});

describe("merged cells, titles and missing inputs", () => {
  test("merged input cells are reported by address, not graded as blanks", async () => {
    const setup = plainIncidents(10);
    setup.sheet.merges.push({ sheet: "Sheet1", top: 4, left: 2, bottom: 5, right: 2 });
    const inspection = await inspect(setup);
    expect(inspection.merged).toHaveLength(1);
    const failure = await writeGradeColumn(setup.context, request(inspection)).catch((e) => e);
    expect(failure).toMatchObject({ code: "mergedInputs", detail: "C5:C6" });
    expect(formulasOn(setup.sheet).size).toBe(0);
  });

  test("merged cells in a column that feeds no input do not block grading", async () => {
    const setup = plainIncidents(10);
    setup.sheet.merges.push({ sheet: "Sheet1", top: 4, left: 0, bottom: 5, right: 0 });
    expect((await grade(setup)).kind).toBe("written");
  });

  test("more merged areas than Excel lists (512) stops the write with its own message", async () => {
    const setup = plainIncidents(10);
    for (let i = 0; i < 513; i++)
      setup.sheet.merges.push({ sheet: "Sheet1", top: 1, left: 0, bottom: 1, right: 0 });
    const inspection = await inspect(setup);
    expect(inspection.mergedUnknown).toBe(true);
    await expect(writeGradeColumn(setup.context, request(inspection))).rejects.toMatchObject({
      code: "tooManyMerged",
    });
  });

  test("a merged title row above the header is skipped", async () => {
    const rows = [["2026年事故统计表", "", "", ""], ...incidents(5)];
    const { book, sheet } = bookWith(rows);
    sheet.merges.push({ sheet: "Sheet1", top: 0, left: 0, bottom: 0, right: 3 });
    book.selection = { sheet, row: 3, col: 1 };
    const setup = { ...fakeExcel(book), sheet };
    const inspection = await inspect(setup);
    expect(inspection.region).toMatchObject({ headerRow: 1, firstRow: 2, rowCount: 5 });
    expect(inspection.merged).toEqual([]);
    await grade(setup);
    expect(formulasOn(sheet).get("E3")).toMatch(/\(B3:B7,C3:C7,/);
  });

  test("a required input with no column stops the write", async () => {
    const setup = plainIncidents(5);
    const inspection = await inspect(setup);
    const mapping = remapColumn(inspection.mapping, [], "deaths", null);
    await expect(
      writeGradeColumn(setup.context, request(inspection, { mapping }))
    ).rejects.toMatchObject({ code: "missingInputs", detail: "deaths" });
  });

  test("the user's correction is what gets written", async () => {
    const setup = plainIncidents(5);
    const inspection = await inspect(setup);
    const headers = inspection.region.columns.map((c) => c.header);
    const mapping = remapColumn(mapColumns(headers, INCIDENT), headers, "seriousInjuries", 0);
    await writeGradeColumn(setup.context, request(inspection, { mapping }));
    expect(formulasOn(setup.sheet).get("E2")).toMatch(/\(B2:B6,A2:A6,/);
  });
});

describe("grading an Excel Table", () => {
  test("writes a calculated column of [@[column]] references, one formula in every row", async () => {
    const setup = tableIncidents(6);
    setup.book.names = "translated";
    const result = await grade(setup);
    expect(result).toMatchObject({ kind: "written", address: "Sheet1!E2:E7" });
    const formula =
      '=GRADE.事故等级([@[死亡人数]],[@[重伤人数]],IF(ISNUMBER([@[直接经济损失（万元）]]),[@[直接经济损失（万元）]]*10000,[@[直接经济损失（万元）]]&""))';
    const written = formulasOn(setup.sheet);
    expect(written.size).toBe(6);
    expect(new Set(written.values())).toEqual(new Set([formula]));
    expect(setup.book.tables[0].cols).toBe(5);
    expect(valueAt(setup.sheet, "E1")).toBe("事故等级");
  });

  test("a parameter that takes a population gets the whole Table column", async () => {
    const setup = tableIncidents(4);
    const [deaths, serious] = INCIDENT.params;
    const ranked = { ...INCIDENT, params: [deaths, { ...serious, kind: "population" as const }] };
    const inspection = await inspect(setup, ranked, "en");
    await writeGradeColumn(setup.context, request(inspection, { fn: ranked, lang: "en" }));
    expect(formulasOn(setup.sheet).get("E2")).toBe(
      "=GRADE.INCIDENTLEVEL([@[死亡人数]],事故表[[重伤人数]])"
    );
  });

  test("rerun in a Table rewrites its own column in place after confirmation", async () => {
    const setup = tableIncidents(6);
    await grade(setup);
    const again = await inspect(setup);
    expect(again.target).toMatchObject({ column: 4, replacing: true });
    expect((await writeGradeColumn(setup.context, request(again))).kind).toBe("needsConfirm");
    await writeGradeColumn(setup.context, request(again, { confirmed: true }));
    expect(setup.book.tables[0].cols).toBe(5);
  });
});
