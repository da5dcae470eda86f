import { GradingFunction } from "../../src/grading";
import { mapColumns } from "../../src/grading/columns";
import {
  columnLetters,
  parseArea,
  parseAreas,
  quoteSheet,
  a1,
} from "../../src/taskpane/excel/addresses";
import {
  gradeArgs,
  gradeFormula,
  gradeFunctionOf,
  literal,
  orderFormula,
  splitCall,
  structuredRef,
  wholeColumnRef,
} from "../../src/taskpane/excel/formula";
import { gradeHeader, pickHeaderRow } from "../../src/taskpane/excel/region-plan";
import { inFlavour } from "../../src/taskpane/excel/write-formula";
import { gradeScale } from "../../src/taskpane/grade-scale";
import { tierScale } from "../../src/grading/colours";
import { INCIDENT, TIER } from "./data";

describe("addresses", () => {
  test("column letters and A1 ranges", () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(a1(1, 3, 499, 3)).toBe("D2:D500");
    expect(a1(0, 0)).toBe("A1");
  });

  test("sheet names are quoted when Excel needs it", () => {
    expect(quoteSheet("Sheet1")).toBe("Sheet1");
    expect(quoteSheet("事故台账")).toBe("事故台账");
    expect(quoteSheet("My sheet")).toBe("'My sheet'");
    expect(quoteSheet("O'Neil")).toBe("'O''Neil'");
    expect(quoteSheet("AB12")).toBe("'AB12'");
  });

  test("parses qualified ranges and RangeAreas lists", () => {
    expect(parseArea("'My sheet'!$B$2:D10")).toEqual({
      sheet: "My sheet",
      top: 1,
      left: 1,
      bottom: 9,
      right: 3,
    });
    expect(parseAreas("Sheet1!B5:B6, Sheet1!C9")).toEqual([
      { sheet: "Sheet1", top: 4, left: 1, bottom: 5, right: 1 },
      { sheet: "Sheet1", top: 8, left: 2, bottom: 8, right: 2 },
    ]);
    expect(parseAreas("'a,b'!A1,'a,b'!B2")).toHaveLength(2);
    expect(() => parseArea("Sheet1!#REF!")).toThrow();
  });
});

describe("formulas", () => {
  test("structured references escape the characters Excel reserves", () => {
    expect(structuredRef("死亡人数")).toBe("[@[死亡人数]]");
    expect(structuredRef("损失[万元]#1's")).toBe("[@[损失'[万元']'#1''s]]");
    expect(wholeColumnRef("表1", "销量")).toBe("表1[[销量]]");
  });

  test("arguments follow parameter order; trailing unmapped optionals are dropped", () => {
    const mapping = mapColumns(["需求", "预计成交日期"], TIER);
    const args = gradeArgs(TIER, mapping.columns, (c) => `COL${c}`);
    expect(args).toEqual(["COL0", "COL1"]);
    expect(gradeFormula("GRADE", TIER, "invariant", args)).toBe("=GRADE.CUSTOMERTIER(COL0,COL1)");
    expect(gradeFormula("GRADE", TIER, "local", args)).toBe("=GRADE.客户等级(COL0,COL1)");
  });

  test("an unmapped optional in the middle leaves an empty argument", () => {
    const mapping = mapColumns(["需求", "报告日期"], TIER);
    const optional = {
      ...mapping,
      columns: mapping.columns.map((c) => ({ ...c, param: { ...c.param, optional: true } })),
    };
    const fn = { ...TIER, params: optional.columns.map((c) => c.param) } as GradingFunction;
    expect(gradeArgs(fn, optional.columns, (c) => `COL${c}`)).toEqual(["COL0", "", "COL1"]);
  });

  test("literals, the order helper and the split of a call", () => {
    expect([literal("重大事故"), literal(3), literal(true), literal('a"b')]).toEqual([
      '"重大事故"',
      "3",
      "TRUE",
      '"a""b"',
    ]);
    expect(orderFormula("等级", ["A", "B"])).toBe('=IFERROR(MATCH([@[等级]],{"A","B"},0),"")');
    expect(splitCall('=G.X(A1,IF(B1,"a,b",{1,2}),C1)')).toEqual({
      head: "=G.X(",
      args: ["A1", 'IF(B1,"a,b",{1,2})', "C1"],
    });
  });

  test("recognises GradeKit formulas in every form Excel may show them", () => {
    expect(gradeFunctionOf("=GRADE.INCIDENTLEVEL(B2:B9)")?.id).toBe("INCIDENTLEVEL");
    expect(gradeFunctionOf("=GRADEDEV.事故等级([@[死亡人数]])")?.id).toBe("INCIDENTLEVEL");
    expect(gradeFunctionOf("=_xldudf_GRADE_CUSTOMERTIER(A2:A9)")?.id).toBe("CUSTOMERTIER");
    expect(gradeFunctionOf('=GRADE.EXPLAIN("INCIDENTLEVEL",1,2,3)')).toBeNull();
    expect(gradeFunctionOf("=OTHER.INCIDENTLEVEL(B2)")).toBeNull();
    expect(gradeFunctionOf(12)).toBeNull();
  });

  test("inFlavour renames only the GradeKit call", () => {
    const f = '=GRADE.INCIDENTLEVEL([@[a]],IF(ISNUMBER([@[b]]),[@[b]]*10000,[@[b]]&""))';
    expect(inFlavour(f, "GRADE", INCIDENT, "local")).toBe(f.replace("INCIDENTLEVEL", "事故等级"));
  });
});

describe("region plan", () => {
  test("the header is the row naming most inputs; titles above it are skipped", () => {
    const rows = [
      ["2026年事故统计"],
      ["单位：万元"],
      ["编号", "死亡人数", "重伤人数", "损失"],
      [1, 2, 3, 4],
    ];
    expect(pickHeaderRow(rows, INCIDENT)).toBe(2);
    expect(
      pickHeaderRow(
        [
          ["a", "b"],
          [1, 2],
        ],
        INCIDENT
      )
    ).toBe(0);
  });

  test("a new grade column gets a header no column has", () => {
    expect(gradeHeader(INCIDENT, "zh", ["死亡人数"])).toBe("事故等级");
    expect(gradeHeader(INCIDENT, "zh", ["事故等级", "事故等级 2"])).toBe("事故等级 3");
    expect(gradeHeader(INCIDENT, "en", [])).toBe("INCIDENTLEVEL");
  });
});

describe("grade scale", () => {
  test("labels in the standard's order, each with its colour", () => {
    expect(gradeScale(INCIDENT).map((s) => s.label)).toEqual([
      "特别重大事故",
      "重大事故",
      "较大事故",
      "一般事故",
    ]);
    expect(gradeScale(TIER).map((s) => s.swatch)).toEqual(tierScale);
  });

  test("several editions: the default's labels first, then labels only another edition has", () => {
    const [base] = INCIDENT.editions;
    const other = {
      ...base,
      labels: ["重大事故", "小事故"],
      colours: [base.colours[0], base.colours[3]],
    };
    const fn = { ...INCIDENT, editions: [base, other] };
    expect(gradeScale(fn).map((s) => s.label)).toEqual([
      "特别重大事故",
      "重大事故",
      "较大事故",
      "一般事故",
      "小事故",
    ]);
  });
});
