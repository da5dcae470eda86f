/**
 * Excel is not available here, so the fakes must follow the Office.js reference exactly. This
 * checks them against @types/office-js: every member a fake exposes exists on the class it
 * imitates, every enum value a fake accepts is the real one, and every member the pane calls
 * exists with a requirement set the pane declares.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OPTIONAL_EXCEL_API, REQUIRED_EXCEL_API } from "../../src/taskpane/excel/requirements";
import { ENUMS } from "./fakes/enums";
import * as formats from "./fakes/formats";
import * as pivots from "./fakes/pivots";
import * as range from "./fakes/range";
import * as areas from "./fakes/range-areas";
import * as sheets from "./fakes/sheets";
import * as tables from "./fakes/tables";
import { readExcelTypes, versionAtMost } from "./office-types";

const types = readExcelTypes();

/** Fake class → the Excel class it imitates. */
const FAKES: [new (...args: never[]) => object, string][] = [
  [range.FakeRange, "Range"],
  [areas.FakeRangeAreas, "RangeAreas"],
  [sheets.FakeWorksheet, "Worksheet"],
  [sheets.FakeWorksheetCollection, "WorksheetCollection"],
  [tables.FakeTable, "Table"],
  [tables.FakeTableCollection, "TableCollection"],
  [tables.FakeTableScopedCollection, "TableScopedCollection"],
  [tables.FakeTableColumnCollection, "TableColumnCollection"],
  [tables.FakeTableColumn, "TableColumn"],
  [pivots.FakePivotTableCollection, "PivotTableCollection"],
  [pivots.FakePivotTable, "PivotTable"],
  [pivots.FakePivotField, "PivotField"],
  [pivots.FakeRowColumnPivotHierarchy, "RowColumnPivotHierarchy"],
  [pivots.FakeDataPivotHierarchy, "DataPivotHierarchy"],
  [formats.FakeConditionalFormatCollection, "ConditionalFormatCollection"],
  [formats.FakeConditionalFormat, "ConditionalFormat"],
];

/** The fakes' own plumbing, which is not Office.js API. */
const PLUMBING = new Set([
  "constructor",
  "loadable",
  "loadPath",
  "beforeDeliver",
  "deliver",
  "onDelivered",
  "read",
  "nullCheck",
  "rows",
  "cols",
  "grid",
  "formulaAt",
  "write",
  "writeCell",
  "at",
  "names",
  "listed",
  "hierarchy",
  "addAxis",
  "model",
]);

function ownMembers(cls: new (...args: never[]) => object): string[] {
  const names = new Set<string>();
  for (
    let p = cls.prototype;
    p && p.constructor.name !== "Loadable";
    p = Object.getPrototypeOf(p)
  ) {
    Object.getOwnPropertyNames(p).forEach((n) => names.add(n));
  }
  return [...names].filter((n) => !PLUMBING.has(n));
}

describe("the fakes follow @types/office-js", () => {
  test.each(FAKES.map(([cls, name]) => [cls.name, name, cls] as const))(
    "%s exposes only members of Excel.%s",
    (_fake, excelClass, cls) => {
      const members = types.classes.get(excelClass);
      expect(members).toBeDefined();
      // load() and isNullObject come from OfficeExtension.ClientObject, the base of them all.
      const base = ["load", "isNullObject"];
      const unknown = ownMembers(cls).filter((m) => !base.includes(m) && !members!.has(m));
      expect(unknown).toEqual([]);
    }
  );

  test("OfficeExtension.ClientObject declares isNullObject", () => {
    const text = readFileSync(
      join(__dirname, "../../node_modules/@types/office-js/index.d.ts"),
      "utf8"
    );
    const block = text.slice(
      text.indexOf("class ClientObject {"),
      text.indexOf("class ClientObject {") + 2000
    );
    expect(block).toMatch(/isNullObject: boolean;/);
  });

  test.each(Object.keys(ENUMS))("enum %s has the values of the reference", (name) => {
    expect([...ENUMS[name as keyof typeof ENUMS]]).toEqual(types.enums.get(name));
  });
});

/** Every Excel member the pane's modules use (src/taskpane/excel/*.ts). */
const USED: Record<string, string[]> = {
  Workbook: ["getSelectedRange", "worksheets", "pivotTables", "application"],
  Application: ["calculate", "calculationMode"],
  Range: [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "values",
    "formulas",
    "formulasLocal",
    "valueTypes",
    "worksheet",
    "getTables",
    "getSurroundingRegion",
    "getRow",
    "getCell",
    "getOffsetRange",
    "getResizedRange",
    "getMergedAreasOrNullObject",
    "getUsedRangeOrNullObject",
    "clear",
    "copyFrom",
    "conditionalFormats",
  ],
  RangeAreas: ["address"],
  Worksheet: ["name", "getRange", "getRangeByIndexes", "tables", "pivotTables"],
  WorksheetCollection: ["getItem", "add", "items"],
  TableScopedCollection: ["items"],
  Table: ["name", "columns", "getHeaderRowRange", "getDataBodyRange"],
  TableCollection: ["getItem", "add"],
  TableColumnCollection: ["add", "getItem"],
  TableColumn: ["getDataBodyRange"],
  PivotTableCollection: ["getItemOrNullObject", "add", "items"],
  PivotTable: [
    "name",
    "refresh",
    "getDataSourceType",
    "hierarchies",
    "rowHierarchies",
    "columnHierarchies",
    "dataHierarchies",
    "layout",
    "worksheet",
  ],
  PivotHierarchyCollection: ["getItem"],
  RowColumnPivotHierarchyCollection: ["add"],
  DataPivotHierarchyCollection: ["add"],
  RowColumnPivotHierarchy: ["fields"],
  PivotFieldCollection: ["getItem"],
  PivotField: ["subtotals", "sortByLabels"],
  DataPivotHierarchy: ["summarizeBy"],
  PivotLayout: ["layoutType"],
  ConditionalFormatCollection: ["add", "items"],
  ConditionalFormat: [
    "type",
    "getRangeOrNullObject",
    "cellValue",
    "cellValueOrNullObject",
    "delete",
  ],
  CellValueConditionalFormat: ["rule", "format"],
  ConditionalRangeFormat: ["fill", "font"],
  ConditionalRangeFill: ["color"],
  ConditionalRangeFont: ["color"],
};

describe("requirement sets", () => {
  const rows = Object.entries(USED).flatMap(([cls, members]) =>
    members.map((m) => [`${cls}.${m}`, types.classes.get(cls)?.get(m)] as const)
  );

  test.each(rows)("%s exists (ExcelApi %s)", (member, version) => {
    expect(version).toBeDefined();
    const optional = (OPTIONAL_EXCEL_API as Record<string, string>)[member];
    const limit = optional ?? REQUIRED_EXCEL_API;
    expect({ member, within: versionAtMost(version || "1.1", limit) }).toEqual({
      member,
      within: true,
    });
  });

  test("the declared requirement is really needed (nothing newer would do)", () => {
    const required = rows
      .filter(([member]) => !(member in OPTIONAL_EXCEL_API))
      .map(([, v]) => v || "1.1");
    expect(required).toContain(REQUIRED_EXCEL_API);
    expect(types.classes.get("PivotTable")?.get("getDataSourceType")).toBe("1.15");
  });
});
