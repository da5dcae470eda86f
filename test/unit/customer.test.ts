/** CUSTOMERTIER and CUSTOMERURGENCY at every window edge, for numbers, spans and dates. */
import { explainRow } from "../../src/grading";
import { serialFromParts } from "../../src/grading/read/dates";
import { context, fn, grade, REPORT_DATE } from "../helpers";

const d = (y: number, m: number, day: number) => serialFromParts(y, m, day) as number;

describe("CUSTOMERTIER", () => {
  test.each([
    ["明确", 0, "A"],
    ["明确", 1, "A"],
    ["明确", 1.01, "B"],
    ["明确", 3, "B"],
    ["明确", 3.5, "C"],
    ["明确", 6, "C"],
    ["明确", 6.01, "D"],
    ["明确", 12, "D"],
    ["明确", -1, "A"],
    ["明确", "30天", "A"],
    ["明确", "31天", "B"],
    ["明确", "90天", "B"],
    ["明确", "91天", "C"],
    ["明确", "180天", "C"],
    ["明确", "181天", "D"],
    ["clear", "27天", "A"],
    ["clear", "88天", "B"],
    ["明确", "3个月", "B"],
    ["明确", "4周", "A"],
    [true, 0, "A"],
    [1, 2, "B"],
    ["潜在", "", "D"],
    ["潜在", 1, "D"],
    ["potential", null, "D"],
    ["无", "", "E"],
    ["死亡", 1, "E"],
    [false, 1, "E"],
    [0, "", "E"],
  ])("need %p, close %p → %s", (need, close, expected) => {
    expect(grade("CUSTOMERTIER", need, close, REPORT_DATE)).toBe(expected);
  });

  test.each([
    [d(2026, 2, 1), "A"], // exactly one calendar month after 2026-01-01
    [d(2026, 2, 2), "B"],
    [d(2026, 4, 1), "B"],
    [d(2026, 4, 2), "C"],
    [d(2026, 7, 1), "C"], // exactly six months is C (半年内 includes the end)
    [d(2026, 7, 2), "D"],
    [d(2025, 12, 1), "A"], // overdue
  ])("dates against asOf 2026-01-01: %p → %s", (close, expected) => {
    expect(grade("CUSTOMERTIER", "明确", close, REPORT_DATE)).toBe(expected);
  });

  test("text dates on both sides", () => {
    expect(grade("CUSTOMERTIER", "明确", "2026/4/1", "2026.1.1")).toBe("B");
    expect(grade("CUSTOMERTIER", "明确", "2026年1月5日", "2026-01-01")).toBe("A");
  });

  test("asOf defaults to the day of calculation", () => {
    expect(grade("CUSTOMERTIER", "明确", REPORT_DATE + 20)).toBe("A");
    expect(grade("CUSTOMERTIER", "明确", REPORT_DATE + 200)).toBe("D");
  });

  test("clear need without a close date is #N/A; unknown need is #VALUE!; blank row is empty", () => {
    expect(grade("CUSTOMERTIER", "明确", "")).toBe("#N/A");
    expect(grade("CUSTOMERTIER", "maybe", 2)).toBe("#VALUE!");
    expect(grade("CUSTOMERTIER", "", 2)).toBe("#VALUE!");
    expect(grade("CUSTOMERTIER", "", "", REPORT_DATE)).toBe("");
    expect(grade("CUSTOMERTIER", "明确", "03/04/2026", REPORT_DATE)).toBe("#VALUE!");
  });

  test("EXPLAIN names the date used and says when a date is overdue", () => {
    const o = explainRow(fn("CUSTOMERTIER"), ["明确", d(2025, 12, 1), null], context, "zh");
    expect(o.kind).toBe("grade");
    const text = (o as { value: string }).value;
    expect(text.startsWith("A：")).toBe(true);
    expect(text).toContain("2026-01-01");
    expect(text).toContain("逾期");
  });
});

describe("CUSTOMERURGENCY", () => {
  test.each([
    [1, "紧急客户"],
    [5, "紧急客户"],
    [7, "紧急客户"],
    [8, "缓急客户"],
    [15, "缓急客户"],
    [30, "缓急客户"],
    [31, "不紧急客户"],
    [90, "不紧急客户"],
    [91, "可慢反应客户"],
    [-3, "紧急客户"],
    ["2周", "缓急客户"],
    ["1周", "紧急客户"],
    ["2个月", "不紧急客户"],
    ["4个月", "可慢反应客户"],
  ])("%p → %s", (next, expected) => {
    expect(grade("CUSTOMERURGENCY", next, REPORT_DATE)).toBe(expected);
  });

  test.each([
    [d(2026, 1, 8), "紧急客户"],
    [d(2026, 1, 9), "缓急客户"],
    [d(2026, 2, 1), "缓急客户"],
    [d(2026, 2, 2), "不紧急客户"],
    [d(2026, 4, 1), "不紧急客户"],
    [d(2026, 4, 2), "可慢反应客户"],
    [d(2025, 6, 1), "紧急客户"],
  ])("dates against asOf 2026-01-01: %p → %s", (next, expected) => {
    expect(grade("CUSTOMERURGENCY", next, REPORT_DATE)).toBe(expected);
  });

  test("blank is empty, nonsense is #VALUE!", () => {
    expect(grade("CUSTOMERURGENCY", "", REPORT_DATE)).toBe("");
    expect(grade("CUSTOMERURGENCY", "soon", REPORT_DATE)).toBe("#VALUE!");
  });
});
