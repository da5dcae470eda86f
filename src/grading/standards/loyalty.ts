/**
 * 客户忠诚度 — the satisfaction-to-loyalty reading in the source's 以淘宝为例的客户关系管理中
 * 的客户问题 (三、淘宝客户满意度管理): only customers who give 5 (完全满意) are truly loyal;
 * those scoring 3 to 4 (满意) easily turn to competitors.
 *
 * On the 1–5 scale: 5 → 忠诚客户; 3 to below 5 → 易流失客户; below 3 → 不满意客户 (the source
 * does not name this band; below 满意 is dissatisfied). Scores need not be whole: averages
 * such as 4.6 are graded on the same bands, so only a full 5 is 忠诚客户 (4.99 is not).
 * Outside 1–5 → #VALUE!.
 */
import { qualityScale } from "../colours";
import { invalid } from "../failure";
import { messages } from "../messages";
import { param } from "../params";
import { readAmount } from "../read/inputs";
import { showNumber } from "../text";
import { Edition, GradingFunction, Text } from "../types";

const score = param(
  "score",
  "amount",
  { zh: "满意度评分", en: "score" },
  {
    zh: "满意度评分，1至5分（可有小数）",
    en: "Satisfaction score from 1 to 5 (may be fractional)",
  },
  { headers: ["满意度评分", "满意度", "评分", "score", "rating"] }
);

const edition: Edition = {
  id: "淘宝客户满意度管理",
  year: 0,
  source: {
    zh: "《以淘宝为例的客户关系管理中的客户问题》",
    en: "Customer relationship management: the Taobao example",
  },
  clause: { zh: "三、淘宝客户满意度管理", en: "section 3, customer satisfaction" },
  labels: ["忠诚客户", "易流失客户", "不满意客户"],
  colours: qualityScale(3),
};

export const loyalty: GradingFunction = {
  id: "LOYALTY",
  name: { zh: "客户忠诚度", en: "LOYALTY" },
  description: {
    zh: "由1至5分的满意度评分判断客户忠诚度",
    en: "Customer loyalty from a satisfaction score on the 1–5 scale",
  },
  group: "customers",
  params: [score],
  editions: [edition],
  grade(row) {
    const s = readAmount(row[0], score, ["分", "points"]);
    if (s < 1 || s > 5) throw invalid(messages.scoreOutsideScale(row[0]));
    const shown = showNumber(s);
    const [value, reason]: [string, Text] =
      s === 5
        ? [
            "忠诚客户",
            { zh: `评分${shown}分，完全满意（5分）`, en: `score ${shown}, fully satisfied (5)` },
          ]
        : s >= 3
          ? [
              "易流失客户",
              {
                zh: `评分${shown}分，在3分至5分之间（不含5分）`,
                en: `score ${shown}, from 3 to below 5`,
              },
            ]
          : ["不满意客户", { zh: `评分${shown}分，低于3分`, en: `score ${shown}, below 3` }];
    return { kind: "grade", value, edition, reason: () => reason };
  },
};
