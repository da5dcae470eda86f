/**
 * Parameters several standards share, declared once with their labels and the column
 * headers (Chinese and English) that map to them when a table is graded.
 */
import { Param, ParamKind, Text } from "./types";

export function param(
  name: string,
  kind: ParamKind,
  label: Text,
  description: Text,
  extra: Partial<Param> = {}
): Param {
  return { name, kind, label, description, ...extra };
}

export const deaths = param(
  "deaths",
  "count",
  { zh: "死亡", en: "deaths" },
  { zh: "死亡人数（含失踪）", en: "Number of deaths (missing persons included)" },
  { headers: ["死亡人数", "死亡", "死亡(人)", "死亡人数(人)", "deaths", "fatalities", "killed"] }
);

export const seriousInjuries = param(
  "seriousInjuries",
  "count",
  { zh: "重伤", en: "serious injuries" },
  {
    zh: "重伤人数（含急性工业中毒）",
    en: "Seriously injured (acute industrial poisoning included)",
  },
  {
    headers: [
      "重伤人数",
      "重伤",
      "重伤(人)",
      "重伤人数(人)",
      "serious injuries",
      "seriousinjuries",
      "seriously injured",
    ],
  }
);

export const minorInjuries = param(
  "minorInjuries",
  "count",
  { zh: "轻伤", en: "minor injuries" },
  { zh: "轻伤人数", en: "Number of minor injuries" },
  {
    headers: [
      "轻伤人数",
      "轻伤",
      "轻伤(人)",
      "minor injuries",
      "minorinjuries",
      "slightly injured",
    ],
  }
);

export const directLoss = param(
  "directLoss",
  "money",
  { zh: "直接经济损失", en: "direct loss" },
  {
    zh: "直接经济损失，单位元；可写 8000万、0.8亿元",
    en: "Direct economic loss in yuan; text such as 8000万 or 0.8亿元 is read too",
  },
  {
    headers: [
      "直接经济损失",
      "直接经济损失(元)",
      "直接损失",
      "经济损失",
      "直接财产损失",
      "损失",
      "损失金额",
      "direct loss",
      "directloss",
      "loss",
      "economic loss",
    ],
  }
);

export const asOf = param(
  "asOf",
  "date",
  { zh: "统计日期", en: "asOf" },
  {
    zh: "起算日期（可选，默认今天；按日期评级的表格请引用固定的报告日期单元格）",
    en: "Date to count from (optional, default today; pass a fixed report-date cell)",
  },
  { optional: true, headers: ["统计日期", "报告日期", "基准日期", "as of", "asof", "report date"] }
);

export function editionParam(choices: string): Param {
  return param(
    "edition",
    "edition",
    { zh: "版本", en: "edition" },
    { zh: `标准版本（可选）：${choices}`, en: `Edition of the standard (optional): ${choices}` },
    { optional: true }
  );
}
