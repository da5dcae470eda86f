import { writeGradeColumn } from "../../src/taskpane/excel/grade-column";
import { summarise, SummaryRequest, uniqueSheetName } from "../../src/taskpane/excel/summary-pivot";
import { convertToTable, toStructured } from "../../src/taskpane/excel/table";
import {
  formulasOn,
  INCIDENT,
  inspect,
  plainIncidents,
  Setup,
  tableIncidents,
  valueAt,
} from "./data";

async function gradedTable(rows = 8, table = true): Promise<Setup> {
  const setup = table ? tableIncidents(rows) : plainIncidents(rows);
  setup.book.names = "translated";
  const inspection = await inspect(setup);
  const base = { inspection, mapping: inspection.mapping, fn: INCIDENT, ns: "GRADE" };
  await writeGradeColumn(setup.context, { ...base, lang: "zh", confirmed: false });
  return setup;
}

async function summary(setup: Setup, extra: Partial<SummaryRequest> = {}) {
  const inspection = await inspect(setup);
  return summarise(setup.context, {
    inspection,
    fn: INCIDENT,
    lang: "zh",
    split: null,
    confirmed: false,
    ...extra,
  });
}

const ORDER =
  '=IFERROR(MATCH([@[事故等级]],{"特别重大事故","重大事故","较大事故","一般事故"},0),"")';

describe("summary PivotTable", () => {
  test("a plain range is offered as a Table first, and the spill becomes a calculated column", async () => {
    const setup = await gradedTable(8, false);
    expect(await summary(setup)).toEqual({ kind: "needsTable", address: "Sheet1!A1:E9" });

    const converted = await convertToTable(
      setup.context,
      await inspect(setup),
      INCIDENT,
      "GRADE",
      "zh"
    );
    expect(converted).toEqual({ table: "Table1", address: "Sheet1!A1:E9" });
    const formulas = new Set(formulasOn(setup.sheet).values());
    expect(formulas).toEqual(
      new Set([
        '=GRADE.事故等级([@[死亡人数]],[@[重伤人数]],IF(ISNUMBER([@[直接经济损失（万元）]]),[@[直接经济损失（万元）]]*10000,[@[直接经济损失（万元）]]&""))',
      ])
    );
    expect(formulasOn(setup.sheet).size).toBe(8);
    expect(setup.sheet.spills.size).toBe(0);
  });

  test("builds the pivot on its own sheet with grades in the standard's order and counts", async () => {
    const setup = await gradedTable();
    const result = await summary(setup);
    expect(result).toEqual({
      kind: "created",
      sheet: "等级汇总",
      pivot: "GradeKit 事故表 INCIDENTLEVEL",
      orderColumn: "事故等级序号",
    });
    expect(valueAt(setup.sheet, "F1")).toBe("事故等级序号");
    expect(formulasOn(setup.sheet).get("F2")).toBe(ORDER);
    expect(formulasOn(setup.sheet).get("F9")).toBe(ORDER);

    const [pivot] = setup.book.pivots;
    expect(pivot.sheet.name).toBe("等级汇总");
    expect(pivot.source?.name).toBe("事故表");
    expect(pivot.rows).toEqual(["事故等级序号", "事故等级"]);
    expect(pivot.data).toEqual([{ name: "事故等级", summarizeBy: "Count" }]);
    expect(pivot.subtotalsOff).toEqual(["事故等级序号"]);
    expect(pivot.sorted).toEqual([{ field: "事故等级序号", by: "Ascending" }]);
    expect(pivot.layoutType).toBe("Tabular");
    expect(pivot.columns).toEqual([]);
  });

  test("an existing summary is refreshed, not duplicated", async () => {
    const setup = await gradedTable();
    await summary(setup);
    const again = await summary(setup);
    expect(again).toMatchObject({ kind: "refreshed", sheet: "等级汇总" });
    expect(setup.book.pivots).toHaveLength(1);
    expect(setup.book.pivots[0].refreshed).toBe(1);
    expect(setup.book.sheets.map((s) => s.name)).toEqual(["Sheet1", "等级汇总"]);
    expect(setup.book.tables[0].cols).toBe(6);
  });

  test("a summary sheet the user renamed is refreshed where it is", async () => {
    const setup = await gradedTable();
    await summary(setup);
    setup.book.sheets[1].name = "我的汇总";
    setup.book.sheets[1].set(0, 0, { value: "用户自己的标题" });
    expect(await summary(setup)).toMatchObject({ kind: "refreshed", sheet: "我的汇总" });
    expect(setup.book.sheets.map((s) => s.name)).toEqual(["Sheet1", "我的汇总"]);
    expect(setup.book.sheets[1].cell(0, 0)?.value).toBe("用户自己的标题");
  });

  test("a user's own sheet named 等级汇总 is never reused", async () => {
    const setup = await gradedTable();
    const mine = setup.book.addSheet("等级汇总");
    mine.set(0, 0, { value: "手工统计" });
    expect(await summary(setup)).toMatchObject({ kind: "created", sheet: "等级汇总 2" });
    expect(mine.cell(0, 0)?.value).toBe("手工统计");
    expect(setup.book.pivots[0].sheet.name).toBe("等级汇总 2");
  });

  test("counts can be split by a second column, in a summary of their own", async () => {
    const setup = await gradedTable();
    await summary(setup);
    const split = await summary(setup, { split: 0 });
    expect(split).toMatchObject({
      kind: "created",
      pivot: "GradeKit 事故表 INCIDENTLEVEL 编号",
      sheet: "等级汇总 2",
    });
    expect(setup.book.pivots[1].columns).toEqual(["编号"]);
  });

  test("cells where the helper column goes are cleared only after the user agrees", async () => {
    const setup = await gradedTable();
    setup.sheet.set(20, 5, { value: "far below" });
    setup.sheet.set(3, 5, { value: "旁注" });
    expect(await summary(setup)).toEqual({ kind: "needsConfirm", address: "Sheet1!F4" });
    expect(setup.book.pivots).toHaveLength(0);
    expect(await summary(setup, { confirmed: true })).toMatchObject({ kind: "created" });
    expect(formulasOn(setup.sheet).get("F4")).toBe(ORDER);
  });

  test("English display language names the helper column and the sheet in English", async () => {
    const setup = await gradedTable();
    const result = await summary(setup, { lang: "en" });
    expect(result).toMatchObject({ sheet: "Grade summary", orderColumn: "事故等级 order" });
  });
});

describe("helpers", () => {
  test("uniqueSheetName skips taken names ignoring case and keeps 31 characters", () => {
    expect(uniqueSheetName("等级汇总", ["Sheet1"])).toBe("等级汇总");
    expect(uniqueSheetName("Grade summary", ["grade SUMMARY", "Grade summary 2"])).toBe(
      "Grade summary 3"
    );
    expect(uniqueSheetName("x".repeat(31), ["x".repeat(31)])).toBe(`${"x".repeat(29)} 2`);
  });

  test("toStructured rewrites only the region's own column ranges, argument by argument", async () => {
    const setup = plainIncidents(10);
    const { region } = await inspect(setup);
    expect(
      toStructured(
        '=GRADE.X(B2:B11,$C$2:$C$11,IF(ISNUMBER(D2:D11),D2:D11*10000,D2:D11&""),Z2:Z11)',
        region,
        INCIDENT,
        "表1"
      )
    ).toBe(
      '=GRADE.X([@[死亡人数]],[@[重伤人数]],IF(ISNUMBER([@[直接经济损失（万元）]]),[@[直接经济损失（万元）]]*10000,[@[直接经济损失（万元）]]&""),Z2:Z11)'
    );
    expect(toStructured("=GRADE.X(B2:B5)", region, INCIDENT, "表1")).toBe("=GRADE.X(B2:B5)");
  });

  test("toStructured gives a population parameter the whole column", async () => {
    const setup = plainIncidents(10);
    const { region } = await inspect(setup);
    const ranked = {
      ...INCIDENT,
      params: [INCIDENT.params[0], { ...INCIDENT.params[1], kind: "population" as const }],
    };
    expect(toStructured("=GRADE.X(B2:B11,C2:C11)", region, ranked, "表1")).toBe(
      "=GRADE.X([@[死亡人数]],表1[[重伤人数]])"
    );
  });
});
