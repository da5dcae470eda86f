/**
 * Every message a user can see from the grading rules, in Chinese and English, in one table
 * so that wording stays consistent and translations stay side by side.
 */
import { showCell } from "./text";
import { Text } from "./types";

type Label = Text;

/** A parameter as messages name it: its id and its label. */
interface Named {
  readonly name: string;
  readonly label: Label;
}

function list(items: readonly string[], lang: "zh" | "en"): string {
  return items.join(lang === "zh" ? "、" : ", ");
}

/** deaths（死亡）、seriousInjuries（重伤） / deaths (deaths), seriousInjuries (serious injuries). */
function paramList(params: readonly Named[], lang: "zh" | "en"): string {
  return list(
    params.map((p) => (lang === "zh" ? `${p.name}（${p.label.zh}）` : `${p.name} (${p.label.en})`)),
    lang
  );
}

export const messages = {
  notANumber: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}无法识别为数字：${showCell(v)}`,
    en: `${p.en} is not a number: ${showCell(v, "en")}`,
  }),
  unknownUnit: (p: Label, v: unknown, units: string): Text => ({
    zh: `${p.zh}的单位无法识别：${showCell(v)}（可用单位：${units}）`,
    en: `${p.en} has a unit GradeKit does not know: ${showCell(v, "en")} (known units: ${units})`,
  }),
  notFinite: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}不是有限的数字：${showCell(v)}`,
    en: `${p.en} is not a finite number: ${showCell(v, "en")}`,
  }),
  negative: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}不能为负数：${showCell(v)}`,
    en: `${p.en} cannot be negative: ${showCell(v, "en")}`,
  }),
  notWhole: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}必须是整数：${showCell(v)}`,
    en: `${p.en} must be a whole number: ${showCell(v, "en")}`,
  }),
  booleanNotNumber: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}应为数字，收到逻辑值 ${showCell(v)}`,
    en: `${p.en} must be a number, got the logical value ${showCell(v, "en")}`,
  }),
  percentTooLarge: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}超过100%：${showCell(v)}`,
    en: `${p.en} is above 100%: ${showCell(v, "en")}`,
  }),
  notYesNo: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}应为是/否（是、否、有、无、TRUE、FALSE、1、0、Y、N、√、×）：${showCell(v)}`,
    en: `${p.en} must be yes or no (是/否, TRUE/FALSE, 1/0, Y/N, yes/no, √/×): ${showCell(v, "en")}`,
  }),
  notADate: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}无法识别为日期：${showCell(v)}（请写成 2026-05-01、2026/5/1、2026.5.1 或 2026年5月1日）`,
    en: `${p.en} is not a date GradeKit can read: ${showCell(v, "en")} (write 2026-05-01, 2026/5/1, 2026.5.1 or 2026年5月1日)`,
  }),
  ambiguousDate: (p: Label, v: unknown, a: string, b: string): Text => ({
    zh: `${p.zh}的日期有歧义：${showCell(v)} 可读作 ${a} 或 ${b}，请写成 ${a} 这样的年-月-日形式`,
    en: `${p.en} is ambiguous: ${showCell(v, "en")} could be ${a} or ${b}; write it year-month-day, e.g. ${a}`,
  }),
  dayFirstDate: (p: Label, v: unknown, iso: string): Text => ({
    zh: `${p.zh}请使用年-月-日形式：${showCell(v)} 应写成 ${iso}`,
    en: `${p.en} must be written year-month-day: write ${showCell(v, "en")} as ${iso}`,
  }),
  noSuchDate: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}不是真实存在的日期：${showCell(v)}`,
    en: `${p.en} is not a real calendar date: ${showCell(v, "en")}`,
  }),
  notAHorizon: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}应为日期、数字或带单位的时长（如 45天、2周、3个月）：${showCell(v)}`,
    en: `${p.en} must be a date, a number or a duration with a unit (45天, 2周, 3个月, 3 months): ${showCell(v, "en")}`,
  }),
  notOneOf: (p: Label, v: unknown, choices: string | Text): Text => ({
    zh: `${p.zh}无法识别：${showCell(v)}（可选：${typeof choices === "string" ? choices : choices.zh}）`,
    en: `${p.en} is not one of the known values: ${showCell(v, "en")} (choose ${typeof choices === "string" ? choices : choices.en})`,
  }),
  unknownEdition: (v: unknown, known: string): Text => ({
    zh: `未知的标准版本：${showCell(v)}（可选版本：${known}）`,
    en: `Unknown edition: ${showCell(v, "en")} (known editions: ${known})`,
  }),
  rangeNotAllowed: (p: Label): Text => ({
    zh: `${p.zh}只能是单个值，不能是区域`,
    en: `${p.en} must be a single value, not a range`,
  }),
  outsideLiftedShape: {
    zh: "该位置超出了较小参数区域的范围（各参数区域大小不一致）",
    en: "This cell lies outside a smaller argument range (the argument ranges differ in size)",
  } as Text,
  inputError: (code: string): Text => ({
    zh: `输入单元格包含错误 ${code}`,
    en: `An input cell holds the error ${code}`,
  }),
  unknownFunction: (v: unknown, known: string): Text => ({
    zh: `未知的函数：${showCell(v)}（可选：${known}）`,
    en: `Unknown function: ${showCell(v, "en")} (known: ${known})`,
  }),
  tooManyArguments: (id: string, max: number): Text => ({
    zh: `${id} 最多接受 ${max} 个参数`,
    en: `${id} takes at most ${max} arguments`,
  }),
  blankCountedAsZero: (p: Label): Text => ({
    zh: `${p.zh}为空，按0计`,
    en: `${p.en} is blank and counted as 0`,
  }),
  blankCountedAsNo: (p: Label): Text => ({
    zh: `${p.zh}为空，按“否”计`,
    en: `${p.en} is blank and counted as no`,
  }),
  // Accident standards (FIRELEVEL, ROADACCIDENTLEVEL, SHIPACCIDENTLEVEL, INJURYLEVEL, …).
  householdsNotGraded2025: (n: number): Text => ({
    zh: `受灾${n}户未参与评级：2025年规定恢复了受灾户标准，但户数门槛尚未确认`,
    en: `${n} households affected were not graded: the 2025 rules reinstate households but their thresholds are not confirmed`,
  }),
  householdsNotInEdition: (n: number, edition: string): Text => ({
    zh: `受灾${n}户未参与评级：${edition}没有受灾户标准`,
    en: `${n} households affected were not graded: ${edition} has no household criterion`,
  }),
  noCasualtyOrLoss: {
    zh: "无人员伤亡，也无财产损失，不构成道路交通事故等级",
    en: "No casualties and no property loss: there is no road accident to grade",
  } as Text,
  vehicleKindIgnored: {
    zh: "现行分类不区分机动车与非机动车事故，未使用“非机动车”参数",
    en: "The current classification does not distinguish non-motor accidents; nonMotor was not used",
  } as Text,
  shipClassUnknown: {
    zh: "总吨位和主机功率均为空，无法确定船舶等级（至少填写其一）",
    en: "Gross tonnage and main-engine power are both blank, so the ship class is unknown (give one)",
  } as Text,
  shipClassesDisagree: (byTonnage: Text, byPower: Text): Text => ({
    zh: `按总吨位为${byTonnage.zh}、按主机功率为${byPower.zh}，取较高的船舶等级`,
    en: `gross tonnage gives a ${byTonnage.en} and main-engine power a ${byPower.en}; the higher class is used`,
  }),
  noCasualties: {
    zh: "无死亡、重伤或轻伤，不构成伤亡事故",
    en: "No deaths, serious or minor injuries: there is no casualty accident to grade",
  } as Text,
  belowOneLostWorkday: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}不足1日，不构成轻伤：${showCell(v)}`,
    en: `${p.en} is below one day, which is not even a minor injury: ${showCell(v, "en")}`,
  }),
  blankRequired: (p: Label): Text => ({
    zh: `${p.zh}不能为空`,
    en: `${p.en} must not be blank`,
  }),
  notPositive: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}必须大于0：${showCell(v)}`,
    en: `${p.en} must be above 0: ${showCell(v, "en")}`,
  }),
  noKeywordFound: (lists: Label, v: unknown, hint?: Label): Text => ({
    zh: `描述中没有${lists.zh}清单中的任何一项：${showCell(v)}${hint ? `（${hint.zh}）` : ""}`,
    en: `The description names no item of the ${lists.en} lists: ${showCell(v, "en")}${
      hint ? ` (${hint.en})` : ""
    }`,
  }),
  onlyNegatedKeywords: (lists: Label, v: unknown, negated: string): Text => ({
    zh: `描述中的${negated}前有否定词，不计入${lists.zh}：${showCell(v)}`,
    en: `The description negates ${negated}, so it names no ${lists.en} item: ${showCell(v, "en")}`,
  }),
  complaintRulesHint: {
    zh: "不良比例30%以上、当月重复3次以上请用 COMPLAINTLEVEL 判定",
    en: "a defect rate of 30% or more and repeats this month are graded by COMPLAINTLEVEL",
  } as Text,
  toleranceRequired: (defect: string): Text => ({
    zh: `${defect}按深度与厚度公差之比分级，须填写厚度公差`,
    en: `${defect} is graded by depth against the thickness tolerance: give the tolerance`,
  }),
  lanesRequired: (v: unknown): Text => ({
    zh: `车道数须为1以上的整数：${showCell(v)}`,
    en: `lanes must be a whole number of 1 or more: ${showCell(v, "en")}`,
  }),
  noTraffic: {
    zh: "年平均日交通量为0或为空，没有可分级的交通量",
    en: "The average daily traffic is 0 or blank: there is no traffic to grade",
  } as Text,
  unknownBoltClass: (v: unknown, known: Text): Text => ({
    zh: `未知的螺栓性能等级：${showCell(v)}（可选：${known.zh}）`,
    en: `Unknown bolt property class: ${showCell(v, "en")} (known: ${known.en})`,
  }),
  boltDiameterOutside: (cls: string, d: number, range: string): Text => ({
    zh: `${cls}级螺栓只适用于直径${range}，${d} mm 不在此范围`,
    en: `Property class ${cls} covers diameters ${range} only, not ${d} mm`,
  }),
  noStainlessRatio: (cls: string): Text => ({
    zh: `不锈钢螺栓 ${cls} 的标记不表示屈强比（ISO 3506-1）`,
    en: `The stainless designation ${cls} carries no yield ratio (ISO 3506-1)`,
  }),
  emptyPopulation: (format: string): Text => ({
    zh: `${format ? `业态“${format}”` : "销量区域"}中没有可排名的销量`,
    en: `No volumes to rank ${format ? `for the format “${format}”` : "in the volumes range"}`,
  }),
  populationShape: (p: Label, q: Label): Text => ({
    zh: `${p.zh}区域须与${q.zh}区域大小相同`,
    en: `The ${p.en} range must have the same size as the ${q.en} range`,
  }),
  chainOnlySupermarket: (format: string): Text => ({
    zh: `只有超市（C）区分连锁，${format}不能标记为连锁`,
    en: `Only supermarkets (C) are marked as chains, not ${format}`,
  }),
  scoreOutsideScale: (v: unknown): Text => ({
    zh: `满意度评分须在1至5分之间：${showCell(v)}`,
    en: `The satisfaction score must be between 1 and 5: ${showCell(v, "en")}`,
  }),
  unknownParameter: (name: string, id: string, params: readonly Named[]): Text => ({
    zh: `${id} 没有参数“${name}”（可用参数：${paramList(params, "zh")}）`,
    en: `${id} has no parameter "${name}" (parameters: ${paramList(params, "en")})`,
  }),
  noSuchColumn: (header: string, headers: readonly string[]): Text => ({
    zh: `找不到列“${header}”（表头：${list(headers, "zh")}）`,
    en: `No column "${header}" (headers found: ${list(headers, "en")})`,
  }),
  unknownMoneyUnit: (mapped: string, unit: string): Text => ({
    zh: `--map 中“${mapped}”的单位“${unit}”不是金额单位；可用 元、千元、万元、百万元、千万元、亿元`,
    en: `"${unit}" in --map "${mapped}" is not a money unit; use 元, 千元, 万元, 百万元, 千万元 or 亿元`,
  }),
  unitConflict: (mapped: string, header: string): Text => ({
    zh: `--map 中“${mapped}”的单位与表头“${header}”的单位不同；请去掉 --map 中的单位，或先改正表头`,
    en: `The unit in --map "${mapped}" differs from the one header "${header}" names; drop the unit from --map, or correct the header`,
  }),
  ambiguousColumns: (param: Named, candidates: readonly string[]): Text => ({
    zh: `${paramList([param], "zh")}可以对应多列：${list(candidates, "zh")}。请用 --map ${param.name}=列名 指定一列`,
    en: `Several columns could be ${paramList([param], "en")}: ${list(candidates, "en")}. Name one with --map ${param.name}=<column>`,
  }),
  missingColumns: (params: readonly Named[], headers: readonly string[]): Text => ({
    zh: `找不到以下必填参数对应的列：${paramList(params, "zh")}。表头：${list(headers, "zh") || "（无）"}。请用 --map 参数=列名 指定，或用 --set 参数=值 给出固定值`,
    en: `No column for the required parameter(s) ${paramList(params, "en")}. Headers found: ${list(headers, "en") || "(none)"}. Name the column with --map param=header, or give a fixed value with --set param=value`,
  }),
  mappedColumn: (p: Label, header: string, byUser: boolean, scale: number): Text => ({
    zh: `${p.zh} ← 列“${header}”${byUser ? "（--map）" : ""}${scale !== 1 ? `，纯数字乘以 ${scale}` : ""}`,
    en: `${p.en} <- column "${header}"${byUser ? " (--map)" : ""}${scale !== 1 ? `, plain numbers times ${scale}` : ""}`,
  }),
  mappedConstant: (p: Label, value: unknown): Text => ({
    zh: `${p.zh} ← 固定值 ${showCell(value)}（--set）`,
    en: `${p.en} <- fixed value ${showCell(value, "en")} (--set)`,
  }),
  mappedAbsent: (p: Label): Text => ({
    zh: `${p.zh} ← （未提供，可选）`,
    en: `${p.en} <- (not given, optional)`,
  }),
  rowCutOff: (row: number, fields: number, expected: number): Text => ({
    zh: `第${row}行不完整（只有${fields}个字段，表头有${expected}个），文件末尾没有换行，可能在此行中途被截断；此行未评级，请核对源文件`,
    en: `row ${row} is incomplete (${fields} of ${expected} fields) and the file ends without a line break: it looks cut off, so it was not graded; check the source file`,
  }),
  rowExtraFields: (row: number, fields: number, expected: number, extra: string): Text => ({
    zh: `第${row}行有${fields}个字段，表头只有${expected}列（多出：${extra}），可能是数字中未加引号的千位分隔符或多余的分隔符；此行未评级，请核对源文件`,
    en: `row ${row} has ${fields} fields but the header has ${expected} (extra: ${extra}), perhaps an unquoted thousands separator or a stray delimiter; it was not graded: check the source file`,
  }),
  asOfToday: (iso: string): Text => ({
    zh: `注意：未提供 asOf，按今天（${iso}）计算，结果会随日期变化；可用 --set asOf=2026-06-30 固定报告日期`,
    en: `note: no asOf given, so time is counted from today (${iso}) and results change from day to day; fix a report date with --set asOf=2026-06-30`,
  }),
  tooWideForXlsx: (columns: number, max: number): Text => ({
    zh: `表格有 ${columns} 列，加上等级列和说明列会超过 Excel 的 ${max} 列上限；请删去用不到的列，或输出为 .csv`,
    en: `The table has ${columns} columns; with the grade and reason columns it would pass Excel's limit of ${max} columns. Remove unused columns, or write a .csv`,
  }),
  formulasNeedXlsx: {
    zh: "注意：--formulas 只用于 .xlsx 输出，CSV 文件只写入等级值",
    en: "note: --formulas applies to .xlsx output only; a CSV gets the grade values",
  } as Text,
  moreWarnings: {
    zh: "更多警告从略：所有未评级的行及原因见汇总",
    en: "further warnings omitted: the summary lists every row not graded and why",
  } as Text,
  lastRowUnterminated: (row: number): Text => ({
    zh: `文件末尾没有换行：第${row}行已按读到的内容评级，请确认该行最后一个字段完整`,
    en: `the file ends without a line break: row ${row} was graded as read; check that its last field is complete`,
  }),
  mergedInput: (header: string, area: string): Text => ({
    zh: `“${header}”列的 ${area} 是合并单元格，其中各行的值无法确定，未评级；请取消合并并在每一行填写数值`,
    en: `${area} in column "${header}" is a merged cell, so the value of each of its rows is unknown: not graded; unmerge it and fill in every row`,
  }),
  uncalculatedInput: (header: string, cell: string): Text => ({
    zh: `“${header}”列的 ${cell} 是公式，但文件中没有保存它的计算结果（写出文件的程序没有计算公式），未评级；请在 Excel 中打开并保存后再评级`,
    en: `${cell} in column "${header}" is a formula whose result the file does not hold (the program that wrote it did not calculate it): not graded; open and save the workbook in Excel, then grade it again`,
  }),
  openQuoteAtEnd: (line: number): Text => ({
    zh: `文件在引号内结束（第${line}行附近的引号没有闭合），可能被截断或缺少引号；未写入任何文件`,
    en: `the file ends inside a quoted field (a quote opened near line ${line} is never closed): it looks cut off or a quote is missing; nothing was written`,
  }),
  mappedDerived: (p: Label): Text => ({
    zh: `${p.zh} ← 由其他列计算（--derive）`,
    en: `${p.en} <- computed from other columns (--derive)`,
  }),
  // The command line: option values, files, formulas and what recalc reports.
  optionNeedsPairs: (option: string, part: string): Text => ({
    zh: `${option} 须写成 名称=值，收到“${part}”`,
    en: `${option} expects name=value, got "${part}"`,
  }),
  valueMapForm: (spec: string): Text => ({
    zh: `--value-map 须写成 参数:原值=新值,…（如 need:Engaging=明确），收到“${spec}”`,
    en: `--value-map needs param:from=to,… (e.g. need:Engaging=明确), got "${spec}"`,
  }),
  valueMapPair: (pair: string): Text => ({
    zh: `--value-map 中的“${pair}”须写成 原值=新值`,
    en: `--value-map pair "${pair}" needs from=to`,
  }),
  skipForm: (spec: string): Text => ({
    zh: `--skip 须写成 列名=值（如 deal_stage=Won），收到“${spec}”`,
    en: `--skip needs column=value (e.g. deal_stage=Won), got "${spec}"`,
  }),
  deriveForm: (spec: string): Text => ({
    zh: `--derive 须写成 参数=日期列+天数，收到“${spec}”`,
    en: `--derive needs param=dateColumn+days, got "${spec}"`,
  }),
  deriveOffset: (offset: string): Text => ({
    zh: `--derive 的天数须是数字或 median(结束列-开始列|列=值)，收到“${offset}”`,
    en: `--derive offset must be days or median(end-start|column=value), got "${offset}"`,
  }),
  deriveNoRows: (end: string, start: string): Text => ({
    zh: `--derive：没有一行同时有 ${end} 和 ${start} 两个日期`,
    en: `--derive: no row has both ${end} and ${start}`,
  }),
  derivedDays: (days: number): Text => ({ zh: `${days}天`, en: `${days} days` }),
  derivedMedian: (days: number, offset: string, rows: number): Text => ({
    zh: `${days}天 = ${offset}（${rows}行）`,
    en: `${days} days = ${offset} over ${rows} rows`,
  }),
  recalcOutName: (out: string): Text => ({
    zh: `--out 须是 .xlsx 或 .xlsm 文件（收到 ${out}）`,
    en: `--out must be an .xlsx or .xlsm file (got ${out})`,
  }),
  recalcComputed: (computed: number): Text => ({
    zh: `已重新计算 ${computed} 个公式单元格`,
    en: `${computed} formula cell(s) recomputed`,
  }),
  recalcSheetChanged: (sheet: string, n: number): Text => ({
    zh: `${sheet}：${n} 个单元格的值有变化`,
    en: `${sheet}: ${n} cell(s) changed`,
  }),
  recalcNothingChanged: {
    zh: "没有单元格的缓存值发生变化",
    en: "no cached value changed",
  } as Text,
  recalcRowsAdded: (
    summary: string,
    rows: number,
    from: number,
    data: string,
    to: number
  ): Text => ({
    zh: `${summary}：${data} 第${from}行以下新增的 ${rows} 行已计入（至第${to}行）`,
    en: `${summary}: ${rows} row(s) added below row ${from} of ${data} are now counted (to row ${to})`,
  }),
  recalcSummaries: (names: string): Text => ({
    zh: `已刷新汇总：${names}`,
    en: `summary refreshed: ${names}`,
  }),
  written: (files: string): Text => ({ zh: `已写入 ${files}`, en: `written ${files}` }),
  reasonsTableBlocked: (sheet: string, rows: number, first: number, cell: string): Text => ({
    zh: `工作表“${sheet}”：未评级原因表现在需要从第${first}行起的 ${rows} 行，而其下方的 ${cell} 有其他内容。请移走该内容后再运行 recalc；未写入任何文件`,
    en: `sheet "${sheet}": the table of reasons rows were not graded now needs ${rows} rows from row ${first}, and ${cell} below it holds other content. Move that content, then run recalc again; nothing was written`,
  }),
  emptyCsv: (path: string): Text => ({
    zh: `${path} 是空文件：没有表头行`,
    en: `${path} is empty: no header row`,
  }),
  partOutsidePackage: (path: string, name: string): Text => ({
    zh: `${path} 含有名为“${name}”的部件，位于包之外，拒绝读取`,
    en: `${path} holds a part named "${name}", outside the package: refusing to read it`,
  }),
  packageTooLarge: (path: string, mb: number): Text => ({
    zh: `${path} 解压后超过 ${mb} MB，远超 GradeKit 能评级或重算的任何工作簿（也可能是 zip 炸弹），拒绝读取`,
    en: `${path} unpacks to more than ${mb} MB, far more than any workbook GradeKit can grade or recalculate (or it is a zip bomb); refusing to read it`,
  }),
  partNotUnpacked: (path: string, part: string, detail: string): Text => ({
    zh: `${path}：${part} 无法解压（${detail}），文件可能已损坏`,
    en: `${path}: ${part} cannot be unpacked: ${detail}`,
  }),
  xmlDoctype: (path: string, part: string): Text => ({
    zh: `${path}：${part} 声明了 DTD（<!DOCTYPE>），Excel 从不写入它，拒绝读取`,
    en: `${path}: ${part} declares a DTD (<!DOCTYPE>), which Excel never writes; refusing to read it`,
  }),
  xmlPrefixed: (path: string, part: string): Text => ({
    zh: `${path}：${part} 的元素带有命名空间前缀（<x:c>），GradeKit 不读取这种写法；请在 Excel 中打开并保存工作簿后重试`,
    en: `${path}: ${part} writes its elements with a namespace prefix (<x:c>), which GradeKit does not read; open the workbook in Excel and save it, then try again`,
  }),
  xmlMalformed: (path: string, part: string, detail: string): Text => ({
    zh: `${path}：${part} 不是格式正确的 XML（${detail}），文件可能已损坏`,
    en: `${path}: ${part} is not well-formed XML (${detail})`,
  }),
  binaryWorkbook: (path: string): Text => ({
    zh: `${path} 是二进制工作簿（.xlsb），请先在 Excel 中另存为 .xlsx`,
    en: `${path} is a binary workbook (.xlsb); save it as .xlsx first`,
  }),
  zipNotWorkbook: (path: string): Text => ({
    zh: `${path} 是 zip 文件，但不是 Excel 工作簿`,
    en: `${path} is a zip but not an Excel workbook`,
  }),
  formulaNotParsed: (formula: string): Text => ({
    zh: `公式无法解析，请检查括号、引号和逗号：${formula}`,
    en: `The formula cannot be read; check its brackets, quotes and commas: ${formula}`,
  }),
  unknownName: (name: string): Text => ({
    zh: `无法识别的名称：${name}（文本须写在双引号中，如 "${name}"；单元格须写成 A1 这样的地址）`,
    en: `Unknown name: ${name} (write text in double quotes, as "${name}", and a cell as an address such as A1)`,
  }),
  unknownFormulaFunction: (name: string): Text => ({
    zh: `无法识别的函数：${name}${/^GRADE/i.test(name) ? "（=GRADE.STANDARDS() 列出 GradeKit 的全部标准）" : ""}`,
    en: `Unknown function: ${name}${/^GRADE/i.test(name) ? " (=GRADE.STANDARDS() lists every GradeKit standard)" : ""}`,
  }),
  wrongArgumentCount: {
    zh: "函数的参数个数不正确",
    en: "A function has the wrong number of arguments",
  } as Text,
  argumentsTaken: (name: string, params: Text, max: number, got: number): Text => ({
    zh:
      max === 0
        ? `${name} 不接受参数，收到 ${got} 个`
        : `${name} 最多接受 ${max} 个参数（${params.zh}），收到 ${got} 个`,
    en:
      max === 0
        ? `${name} takes no arguments, got ${got}`
        : `${name} takes at most ${max} argument${max === 1 ? "" : "s"} (${params.en}), got ${got}`,
  }),
  formulaEngineSaid: (detail: string): Text => ({
    zh: `公式引擎（HyperFormula）的说明：${detail}`,
    en: `Formula engine (HyperFormula): ${detail}`,
  }),
  internalError: (detail: string): Text => ({
    zh: `GradeKit 内部错误：${detail}`,
    en: `GradeKit internal error: ${detail}`,
  }),
};
