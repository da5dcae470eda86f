/**
 * The Excel enum values the fakes accept, copied from @types/office-js. fakes-match-types
 * .test.ts checks each list against node_modules/@types/office-js/index.d.ts, so a typo here
 * or in the pane (which passes these values as strings) fails a test.
 */
export const ENUMS = {
  ConditionalFormatType: [
    "Custom",
    "DataBar",
    "ColorScale",
    "IconSet",
    "TopBottom",
    "PresetCriteria",
    "ContainsText",
    "CellValue",
  ],
  ConditionalCellValueOperator: [
    "Invalid",
    "Between",
    "NotBetween",
    "EqualTo",
    "NotEqualTo",
    "GreaterThan",
    "LessThan",
    "GreaterThanOrEqual",
    "LessThanOrEqual",
  ],
  ConditionalTextOperator: ["Invalid", "Contains", "NotContains", "BeginsWith", "EndsWith"],
  RangeCopyType: ["All", "Formulas", "Values", "Formats", "Link"],
  ClearApplyTo: ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"],
  CalculationType: ["Recalculate", "Full", "FullRebuild"],
  CalculationMode: ["Automatic", "AutomaticExceptTables", "Manual"],
  AggregationFunction: [
    "Unknown",
    "Automatic",
    "Sum",
    "Count",
    "Average",
    "Max",
    "Min",
    "Product",
    "CountNumbers",
    "StandardDeviation",
    "StandardDeviationP",
    "Variance",
    "VarianceP",
  ],
  PivotLayoutType: ["Compact", "Tabular", "Outline"],
  SortBy: ["Ascending", "Descending"],
  DataSourceType: ["Unknown", "LocalRange", "LocalTable"],
  RangeValueType: [
    "Unknown",
    "Empty",
    "String",
    "Integer",
    "Double",
    "Boolean",
    "Error",
    "RichValue",
  ],
} as const;

export type EnumName = keyof typeof ENUMS;

/** Throws the way Excel rejects an argument that is not one of the enum's values. */
export function checkEnum(name: EnumName, value: unknown): void {
  if (!(ENUMS[name] as readonly unknown[]).includes(value)) {
    throw new Error(`InvalidArgument: ${String(value)} is not an Excel.${name}`);
  }
}
