/**
 * Every sentence the task pane shows, in Chinese and English side by side. The language
 * follows Office.context.displayLanguage: English for en-*, Chinese otherwise.
 */
import { GradingFunction, Lang } from "../grading";
import { ProblemCode } from "./excel/problem";
import { RefreshResult } from "./excel/refresh-all";
import { ColourResult } from "./excel/colour-rules";

export function langOf(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? "").toLowerCase().startsWith("en") ? "en" : "zh";
}

type Group = GradingFunction["group"];

export interface Strings {
  readonly subtitle: string;
  readonly outsideExcel: string;
  readonly needsNewerExcel: (version: string) => string;
  readonly groups: Record<Group, string>;
  readonly steps: { grade: string; colour: string; summary: string; refresh: string };
  readonly standard: string;
  readonly chooseStandard: string;
  readonly selectFirst: string;
  readonly findData: string;
  readonly region: (address: string, rows: number, table: string | null) => string;
  readonly mappingHeading: string;
  readonly notUsed: string;
  readonly optional: string;
  readonly scaled: (scale: number) => string;
  readonly chooseAmong: (headers: string) => string;
  readonly target: (address: string, replacing: boolean) => string;
  readonly mergedFound: (addresses: string) => string;
  readonly writeGrades: string;
  readonly written: (address: string, formula: string, retried: boolean) => string;
  readonly colour: string;
  readonly legend: string;
  readonly coloured: (r: ColourResult) => string[];
  readonly split: string;
  readonly noSplit: string;
  readonly summarise: string;
  readonly summary: (kind: "created" | "refreshed", sheet: string) => string;
  readonly converted: (table: string) => string;
  readonly refresh: string;
  readonly refreshed: (r: RefreshResult) => string[];
  readonly confirm: string;
  readonly cancel: string;
  readonly overwriteTitle: string;
  readonly overwrite: (address: string, replacing: boolean) => string;
  readonly tableTitle: string;
  readonly toTable: (address: string) => string;
  readonly helperColumn: (address: string) => string;
  readonly problem: (code: ProblemCode, detail: string) => string;
  readonly unexpected: (message: string) => string;
}

const REFRESH_IN_EXCEL_ZH = "请在 Excel 中选择 数据 > 全部刷新。";
const REFRESH_IN_EXCEL_EN = "Refresh them in Excel with Data > Refresh All.";

const zh: Strings = {
  subtitle: "按已发布的标准评定等级：评级、着色、汇总。",
  outsideExcel: "此页面需要在 Excel 中作为加载项打开：在 Excel 的“开始”选项卡点击“评定等级”。",
  needsNewerExcel: (v) =>
    `此功能需要支持 ExcelApi ${v} 的 Excel（Microsoft 365 或 Excel 网页版）。`,
  groups: { customers: "客户", accidents: "事故", quality: "质量", other: "其他" },
  steps: { grade: "1 评级", colour: "2 着色", summary: "3 汇总", refresh: "4 全部刷新" },
  standard: "评级标准",
  chooseStandard: "选择一个标准",
  selectFirst: "先在工作表中选中数据里的任一单元格，再点“查找数据”。",
  findData: "查找数据",
  region: (a, n, t) => `数据：${t ? `表格 ${t}，` : ""}${a}，共 ${n} 行`,
  mappingHeading: "各参数对应的列（可修改）",
  notUsed: "（不使用）",
  optional: "可选",
  scaled: (s) => `按表头单位换算为元（×${s}）`,
  chooseAmong: (h) => `有多列可能是它：${h}。请选一列`,
  target: (a, r) => (r ? `将替换已有的等级列 ${a}` : `等级列将写在 ${a}`),
  mergedFound: (a) => `数据中有合并单元格：${a}。输入列中的合并单元格需先取消合并。`,
  writeGrades: "写入等级列",
  written: (a, f, r) =>
    `已在 ${a} 写入一个等级公式：${f}` +
    (r ? "（第一种写法显示 #NAME?，已改用另一种函数名写法）" : ""),
  colour: "按标准着色",
  legend: "颜色说明",
  coloured: (r) => [
    `已为 ${r.address} 设置 ${r.added} 条颜色规则` +
      (r.removed ? `，替换了 ${r.removed} 条旧规则` : "") +
      (r.kept ? `，保留了 ${r.kept} 条其他规则` : "") +
      "。",
    ...(r.skipped === "read"
      ? [
          "Excel 无法读回该区域已有的条件格式（已知问题），旧的 GradeKit 规则未删除；新规则排在最前，颜色正确。可在 开始 > 条件格式 > 管理规则 中删除重复的规则。",
        ]
      : []),
    ...(r.skipped === "delete"
      ? [
          "旧的 GradeKit 规则未能删除；新规则排在最前，颜色正确。可在 开始 > 条件格式 > 管理规则 中删除。",
        ]
      : []),
  ],
  split: "按列拆分（可选）",
  noSplit: "（不拆分）",
  summarise: "生成等级汇总",
  summary: (k, s) =>
    k === "created" ? `已在工作表“${s}”创建等级汇总。` : `已刷新工作表“${s}”上的等级汇总。`,
  converted: (t) => `已把数据转换为表格 ${t}，等级列改为表格的计算列。`,
  refresh: "全部刷新",
  refreshed: (r) => [
    r.refreshed.length
      ? `已重新计算等级，并刷新 ${r.refreshed.length} 个 GradeKit 汇总。`
      : "已重新计算等级；工作簿中还没有 GradeKit 汇总。",
    ...(r.failed.length
      ? [`以下汇总无法刷新：${r.failed.join("、")}。${REFRESH_IN_EXCEL_ZH}`]
      : []),
    ...(r.unreadable.length
      ? [
          `以下数据透视表基于数据模型或外部数据，加载项无法读取，未作改动：${r.unreadable.join("、")}。${REFRESH_IN_EXCEL_ZH}`,
        ]
      : []),
    `基于数据模型（Power Pivot）的数据透视表对加载项不可见，GradeKit 不会改动它们；如有，${REFRESH_IN_EXCEL_ZH}`,
    ...(r.manualCalculation
      ? ["Excel 当前为手动计算：等级只在重新计算时更新（公式 > 计算选项 > 自动）。"]
      : []),
  ],
  confirm: "继续",
  cancel: "取消",
  overwriteTitle: "覆盖这些单元格？",
  overwrite: (a, r) =>
    r
      ? `${a} 已有本标准的等级列。用新的公式替换？`
      : `${a} 中有内容，写入等级列会清除这些内容。继续？`,
  tableTitle: "转换为表格？",
  toTable: (a) =>
    `汇总需要 Excel 表格，新增的行才会自动计入汇总。把 ${a} 转换为表格？等级列会改为表格的计算列。`,
  helperColumn: (a) =>
    `汇总要在表格右侧加一列“序号”，让等级按标准顺序排列；${a} 中的内容会被清除。继续？`,
  problem: (code, d) =>
    ({
      noData: `所选位置 ${d} 周围没有数据。请选中数据里的一个单元格。`,
      noRows: `数据只有标题行，没有数据行（${d}）。`,
      mergedInputs: `以下输入单元格是合并单元格，无法逐行评级，请先取消合并：${d}`,
      tooManyMerged: "数据中的合并单元格太多，Excel 无法逐一列出（上限 512 个）。请先取消合并。",
      missingInputs: `请为这些参数选择列：${d}`,
      noGradeColumn: "没有找到本标准的等级列。请先在第 1 步写入等级列，并选中该数据中的单元格。",
      noLabels: "该标准的结果是数值，没有等级顺序和颜色。",
      targetBlocked: `等级列的位置有合并单元格（${d}），公式结果无法溢出。请先取消合并。`,
      nameError: `Excel 不认识 GradeKit 函数（#NAME?）。请在 开始 > 加载项 > 我的加载项 中重新打开 GradeKit 后再试。写入的公式：${d}`,
    })[code],
  unexpected: (m) => `操作未完成：${m}`,
};

const en: Strings = {
  subtitle: "Grades records by published standards: grade, colour, summarise.",
  outsideExcel:
    "This page must be opened inside Excel as an add-in: in Excel, choose Home › Grade.",
  needsNewerExcel: (v) =>
    `This needs an Excel that supports ExcelApi ${v} (Microsoft 365 or Excel on the web).`,
  groups: { customers: "Customers", accidents: "Accidents", quality: "Quality", other: "Other" },
  steps: { grade: "1 Grade", colour: "2 Colour", summary: "3 Summarise", refresh: "4 Refresh all" },
  standard: "Standard",
  chooseStandard: "Choose a standard",
  selectFirst: "Select any cell in your data, then choose Find data.",
  findData: "Find data",
  region: (a, n, t) => `Data: ${t ? `Table ${t}, ` : ""}${a}, ${n} rows`,
  mappingHeading: "Column for each input (you can change it)",
  notUsed: "(not used)",
  optional: "optional",
  scaled: (s) => `converted to yuan by the header's unit (×${s})`,
  chooseAmong: (h) => `Several columns could be this one: ${h}. Choose one`,
  target: (a, r) => (r ? `Replaces the grade column ${a}` : `Grades go in ${a}`),
  mergedFound: (a) => `Merged cells in the data: ${a}. Unmerge any in the input columns first.`,
  writeGrades: "Write grade column",
  written: (a, f, r) =>
    `Wrote one grade formula in ${a}: ${f}` +
    (r ? " (the first form showed #NAME?; the other was used)" : ""),
  colour: "Colour by standard",
  legend: "Legend",
  coloured: (r) => [
    `Added ${r.added} colour rules to ${r.address}` +
      (r.removed ? `, replacing ${r.removed} old ones` : "") +
      (r.kept ? `, keeping ${r.kept} other rules` : "") +
      ".",
    ...(r.skipped === "read"
      ? [
          "Excel could not read back the rules already on these cells (a known Excel issue), so old GradeKit rules were not removed; the new ones come first, so the colours are right. Remove duplicates in Home > Conditional Formatting > Manage Rules.",
        ]
      : []),
    ...(r.skipped === "delete"
      ? [
          "Old GradeKit rules could not be deleted; the new ones come first. Remove them in Home > Conditional Formatting > Manage Rules.",
        ]
      : []),
  ],
  split: "Split by (optional)",
  noSplit: "(no split)",
  summarise: "Build summary",
  summary: (k, s) =>
    k === "created"
      ? `Built the grade summary on sheet "${s}".`
      : `Refreshed the grade summary on sheet "${s}".`,
  converted: (t) =>
    `Converted the data to Table ${t}; the grade column is now a calculated column.`,
  refresh: "Refresh all",
  refreshed: (r) => [
    r.refreshed.length
      ? `Recalculated the grades and refreshed ${r.refreshed.length} GradeKit summaries.`
      : "Recalculated the grades; the workbook has no GradeKit summary yet.",
    ...(r.failed.length
      ? [`These summaries could not be refreshed: ${r.failed.join(", ")}. ${REFRESH_IN_EXCEL_EN}`]
      : []),
    ...(r.unreadable.length
      ? [
          `These PivotTables use the Data Model or external data, which add-ins cannot read; they were left alone: ${r.unreadable.join(", ")}. ${REFRESH_IN_EXCEL_EN}`,
        ]
      : []),
    `PivotTables on the Data Model (Power Pivot) are invisible to add-ins and GradeKit leaves them alone. ${REFRESH_IN_EXCEL_EN}`,
    ...(r.manualCalculation
      ? [
          "Excel is set to manual calculation: grades update only when you recalculate (Formulas > Calculation Options > Automatic).",
        ]
      : []),
  ],
  confirm: "Continue",
  cancel: "Cancel",
  overwriteTitle: "Overwrite these cells?",
  overwrite: (a, r) =>
    r
      ? `${a} already holds grades for this standard. Replace them with the new formula?`
      : `${a} is not empty; writing the grade column clears it. Continue?`,
  tableTitle: "Convert to a Table?",
  toTable: (a) =>
    `A summary needs an Excel Table so that new rows are counted. Convert ${a} to a Table? The grade column becomes a calculated column.`,
  helperColumn: (a) =>
    `The summary adds an order column right of the Table so grades appear in the standard's order; ${a} will be cleared. Continue?`,
  problem: (code, d) =>
    ({
      noData: `There is no data around ${d}. Select a cell in your data.`,
      noRows: `The data has a header row but no data rows (${d}).`,
      mergedInputs: `These input cells are merged and cannot be graded row by row; unmerge them first: ${d}`,
      tooManyMerged:
        "The data has more merged cells than Excel can list (512). Unmerge them first.",
      missingInputs: `Choose a column for: ${d}`,
      noGradeColumn:
        "No grade column for this standard was found. Write one in step 1, and select a cell in that data.",
      noLabels: "This standard grades into numbers; it has no label order or colours.",
      targetBlocked: `The grade column would cover merged cells (${d}), so the results cannot spill. Unmerge them first.`,
      nameError: `Excel does not recognise the GradeKit function (#NAME?). Reopen GradeKit from Home > Add-ins > My Add-ins and try again. Formula written: ${d}`,
    })[code],
  unexpected: (m) => `The operation did not finish: ${m}`,
};

export const strings: Record<Lang, Strings> = { zh, en };
