import { ProblemCode } from "../../src/taskpane/excel/problem";
import { langOf, strings } from "../../src/taskpane/strings";

const CODES: ProblemCode[] = [
  "noData",
  "noRows",
  "mergedInputs",
  "tooManyMerged",
  "missingInputs",
  "noGradeColumn",
  "noLabels",
  "targetBlocked",
  "nameError",
];

test("the display language picks the table: English for en-*, Chinese otherwise", () => {
  expect(langOf("en-US")).toBe("en");
  expect(langOf("EN-gb")).toBe("en");
  expect(langOf("zh-CN")).toBe("zh");
  expect(langOf("zh-TW")).toBe("zh");
  expect(langOf(undefined)).toBe("zh");
});

test("both languages have the same entries", () => {
  expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.zh).sort());
});

test.each(CODES)("problem %s has a sentence in both languages that carries the detail", (code) => {
  for (const lang of ["zh", "en"] as const) {
    const sentence = strings[lang].problem(code, "DETAIL-42");
    expect(sentence.length).toBeGreaterThan(10);
    if (!["tooManyMerged", "noGradeColumn", "noLabels"].includes(code)) {
      expect(sentence).toContain("DETAIL-42");
    }
  }
});

test("refresh results always say how to refresh what add-ins cannot see", () => {
  const result = {
    manualCalculation: true,
    refreshed: [],
    failed: ["A"],
    unreadable: ["B"],
    others: 1,
  };
  expect(strings.zh.refreshed(result).join("\n")).toMatch(/数据 > 全部刷新[\s\S]*手动计算/);
  expect(strings.en.refreshed(result).join("\n")).toMatch(/Data > Refresh All[\s\S]*manual/);
});
