/**
 * Every message a user can see from the grading rules, in Chinese and English, in one table
 * so that wording stays consistent and translations stay side by side.
 */
import { showCell } from "./text";
import { Text } from "./types";

type Label = Text;

export const messages = {
  notANumber: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}无法识别为数字：${showCell(v)}`,
    en: `${p.en} is not a number: ${showCell(v)}`,
  }),
  unknownUnit: (p: Label, v: unknown, units: string): Text => ({
    zh: `${p.zh}的单位无法识别：${showCell(v)}（可用单位：${units}）`,
    en: `${p.en} has a unit GradeKit does not know: ${showCell(v)} (known units: ${units})`,
  }),
  notFinite: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}不是有限的数字：${showCell(v)}`,
    en: `${p.en} is not a finite number: ${showCell(v)}`,
  }),
  negative: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}不能为负数：${showCell(v)}`,
    en: `${p.en} cannot be negative: ${showCell(v)}`,
  }),
  notWhole: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}必须是整数：${showCell(v)}`,
    en: `${p.en} must be a whole number: ${showCell(v)}`,
  }),
  booleanNotNumber: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}应为数字，收到逻辑值 ${showCell(v)}`,
    en: `${p.en} must be a number, got the logical value ${showCell(v)}`,
  }),
  percentTooLarge: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}超过100%：${showCell(v)}`,
    en: `${p.en} is above 100%: ${showCell(v)}`,
  }),
  notYesNo: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}应为是/否（是、否、有、无、TRUE、FALSE、1、0、Y、N、√、×）：${showCell(v)}`,
    en: `${p.en} must be yes or no (是/否, TRUE/FALSE, 1/0, Y/N, yes/no, √/×): ${showCell(v)}`,
  }),
  notADate: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}无法识别为日期：${showCell(v)}（请写成 2026-05-01、2026/5/1、2026.5.1 或 2026年5月1日）`,
    en: `${p.en} is not a date GradeKit can read: ${showCell(v)} (write 2026-05-01, 2026/5/1, 2026.5.1 or 2026年5月1日)`,
  }),
  ambiguousDate: (p: Label, v: unknown, a: string, b: string): Text => ({
    zh: `${p.zh}的日期有歧义：${showCell(v)} 可读作 ${a} 或 ${b}，请写成 ${a} 这样的年-月-日形式`,
    en: `${p.en} is ambiguous: ${showCell(v)} could be ${a} or ${b}; write it year-month-day, e.g. ${a}`,
  }),
  dayFirstDate: (p: Label, v: unknown, iso: string): Text => ({
    zh: `${p.zh}请使用年-月-日形式：${showCell(v)} 应写成 ${iso}`,
    en: `${p.en} must be written year-month-day: write ${showCell(v)} as ${iso}`,
  }),
  noSuchDate: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}不是真实存在的日期：${showCell(v)}`,
    en: `${p.en} is not a real calendar date: ${showCell(v)}`,
  }),
  notAHorizon: (p: Label, v: unknown): Text => ({
    zh: `${p.zh}应为日期、数字或带单位的时长（如 45天、2周、3个月）：${showCell(v)}`,
    en: `${p.en} must be a date, a number or a duration with a unit (45天, 2周, 3个月, 3 months): ${showCell(v)}`,
  }),
  notOneOf: (p: Label, v: unknown, choices: string): Text => ({
    zh: `${p.zh}无法识别：${showCell(v)}（可选：${choices}）`,
    en: `${p.en} is not one of the known values: ${showCell(v)} (choose ${choices})`,
  }),
  unknownEdition: (v: unknown, known: string): Text => ({
    zh: `未知的标准版本：${showCell(v)}（可选版本：${known}）`,
    en: `Unknown edition: ${showCell(v)} (known editions: ${known})`,
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
    en: `Unknown function: ${showCell(v)} (known: ${known})`,
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
  unknownParameter: (name: string, id: string, known: string): Text => ({
    zh: `${id} 没有参数“${name}”（可用参数：${known}）`,
    en: `${id} has no parameter "${name}" (parameters: ${known})`,
  }),
  noSuchColumn: (header: string, found: string): Text => ({
    zh: `找不到列“${header}”（表头：${found}）`,
    en: `No column "${header}" (headers found: ${found})`,
  }),
  missingColumns: (params: string, found: string): Text => ({
    zh: `找不到以下必填参数对应的列：${params}。表头：${found}。请用 --map 参数=列名 指定，或用 --set 参数=值 给出固定值`,
    en: `No column for the required parameter(s) ${params}. Headers found: ${found}. Name the column with --map param=header, or give a fixed value with --set param=value`,
  }),
  mappedColumn: (p: Label, header: string, byUser: boolean, scale: number): Text => ({
    zh: `${p.zh} ← 列“${header}”${byUser ? "（--map）" : ""}${scale !== 1 ? `，纯数字乘以 ${scale}` : ""}`,
    en: `${p.en} <- column "${header}"${byUser ? " (--map)" : ""}${scale !== 1 ? `, plain numbers times ${scale}` : ""}`,
  }),
  mappedConstant: (p: Label, value: unknown): Text => ({
    zh: `${p.zh} ← 固定值 ${showCell(value)}（--set）`,
    en: `${p.en} <- fixed value ${showCell(value)} (--set)`,
  }),
  mappedAbsent: (p: Label): Text => ({
    zh: `${p.zh} ← （未提供，可选）`,
    en: `${p.en} <- (not given, optional)`,
  }),
  mappedDerived: (p: Label): Text => ({
    zh: `${p.zh} ← 由其他列计算（--derive）`,
    en: `${p.en} <- computed from other columns (--derive)`,
  }),
};
