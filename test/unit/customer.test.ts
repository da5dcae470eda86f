/** CUSTOMERTIER and CUSTOMERURGENCY at every window edge, for numbers, spans and dates. */
import { explainRow } from "../../src/grading";
import { serialFromParts } from "../../src/grading/read/dates";
import { context, failureMessage, fn, grade, REPORT_DATE } from "../helpers";

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

  test("asOf that cannot be read is #VALUE! for every need, at the ends of Excel's dates", () => {
    for (const need of ["明确", "潜在", "无"]) {
      expect(grade("CUSTOMERTIER", need, 3, "garbage")).toBe("#VALUE!");
      expect(failureMessage("CUSTOMERTIER", need, 3, "garbage")).toBe(
        '统计日期无法识别为日期："garbage"（请写成 2026-05-01、2026/5/1、2026.5.1 或 2026年5月1日）'
      );
      expect(grade("CUSTOMERTIER", need, 3, "03/04/2026")).toBe("#VALUE!");
      expect(grade("CUSTOMERTIER", need, 3, true)).toBe("#VALUE!");
      // 1 is 1900-01-01 and 2958465 is 9999-12-31: the first and last dates Excel has.
      expect(grade("CUSTOMERTIER", need, 3, 0.99)).toBe("#VALUE!");
      expect(grade("CUSTOMERTIER", need, 3, 2958466)).toBe("#VALUE!");
    }
    expect(grade("CUSTOMERTIER", "无", 3, 1)).toBe("E");
    expect(grade("CUSTOMERTIER", "潜在", 3, 2958465)).toBe("D");
    expect(grade("CUSTOMERTIER", "无", 3, "2026-01-01")).toBe("E");
    expect(grade("CUSTOMERTIER", "潜在", "", "")).toBe("D");
    // A clear need is #VALUE! for the bad asOf before #N/A for the missing close date.
    expect(grade("CUSTOMERTIER", "明确", "", "garbage")).toBe("#VALUE!");
  });

  test("a potential or dead customer's expected close is checked when given, blank allowed", () => {
    for (const need of ["潜在", "无"]) {
      expect(grade("CUSTOMERTIER", need, "garbage")).toBe("#VALUE!");
      expect(failureMessage("CUSTOMERTIER", need, "garbage")).toBe(
        '预计成交时间应为日期、数字或带单位的时长（如 45天、2周、3个月）："garbage"'
      );
      expect(grade("CUSTOMERTIER", need, "3 fortnights")).toBe("#VALUE!");
      expect(grade("CUSTOMERTIER", need, "13/04/2026")).toBe("#VALUE!");
      expect(grade("CUSTOMERTIER", need, true)).toBe("#VALUE!");
      expect(grade("CUSTOMERTIER", need, "2026-02-30")).toBe("#VALUE!");
      // The last date Excel has is read; the day after it is not.
      expect(grade("CUSTOMERTIER", need, 2958466)).toBe("#VALUE!");
      expect(grade("CUSTOMERTIER", need, "1e15")).toBe("#VALUE!");
    }
    expect(grade("CUSTOMERTIER", "潜在", 2958465)).toBe("D");
    expect(grade("CUSTOMERTIER", "无", 2958465.5)).toBe("E");
    expect(grade("CUSTOMERTIER", "潜在", 999.9)).toBe("D");
    expect(grade("CUSTOMERTIER", "潜在", -3)).toBe("D");
    expect(grade("CUSTOMERTIER", "无", "45天")).toBe("E");
    expect(grade("CUSTOMERTIER", "潜在", "2026年5月1日")).toBe("D");
    expect(grade("CUSTOMERTIER", "潜在", null)).toBe("D");
    expect(grade("CUSTOMERTIER", "无", "  ")).toBe("E");
  });

  test("EXPLAIN fails with the same #VALUE! as the tier", () => {
    for (const row of [
      ["无", 3, "garbage"],
      ["潜在", "garbage", null],
    ]) {
      const o = explainRow(fn("CUSTOMERTIER"), row, context, "en");
      expect(o.kind).toBe("failure");
      expect((o as { code: string }).code).toBe("#VALUE!");
      expect((o as { message: { en: string } }).message.en).toContain("garbage");
    }
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
