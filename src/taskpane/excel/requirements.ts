/**
 * The Excel API requirement set the pane needs. The newest member it relies on is
 * Range.getMergedAreasOrNullObject (ExcelApi 1.13); PivotTable.getDataSourceType (1.15) is
 * used only when Excel has it. test/taskpane/fakes-match-types.test.ts reads every member the
 * pane calls from @types/office-js and checks this.
 */
export const REQUIRED_EXCEL_API = "1.13";

/** Members used only after Office.context.requirements.isSetSupported says they exist. */
export const OPTIONAL_EXCEL_API = { "PivotTable.getDataSourceType": "1.15" } as const;
