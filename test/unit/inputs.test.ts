/** Every input form functions.md lists, read by the shared readers. */
import { GradeFailure } from "../../src/grading/failure";
import {
  readChoice,
  readCount,
  readDate,
  readMoney,
  readPercent,
  readYesNo,
} from "../../src/grading/read/inputs";
import { readHorizon } from "../../src/grading/read/horizon";
import { round10 } from "../../src/grading/read/number-text";
import { isoFromSerial, serialFromParts, addCalendarMonths } from "../../src/grading/read/dates";

const p = { label: { zh: "死亡人数", en: "deaths" } };

function failure(read: () => unknown): GradeFailure {
  try {
    read();
  } catch (e) {
    if (e instanceof GradeFailure) return e;
    throw e;
  }
  throw new Error("expected a GradeFailure");
}

describe("counts", () => {
  test.each([
    [12, 12],
    ["12", 12],
    ["１２", 12],
    ["12人", 12],
    ["12 人", 12],
    ["1,200", 1200],
    ["1 200", 1200],
    ["'1200", 1200],
    [" 3户 ", 3],
    [2.9999999999999996, 3],
    [null, 0],
    ["", 0],
    ["   ", 0],
  ])("%p → %p", (cell, expected) => {
    expect(readCount(cell, p)).toBe(expected);
  });

  test.each([
    [-1],
    [1.5],
    ["1.5人"],
    ["x"],
    ["三人"],
    [true],
    ["12 kg"],
    ["1,2"],
    [NaN],
    [Infinity],
  ])("%p is #VALUE! naming the parameter and the value", (cell) => {
    const f = failure(() => readCount(cell, p));
    expect(f.code).toBe("#VALUE!");
    expect(f.message.zh).toContain("死亡人数");
    expect(f.message.en).toContain("deaths");
  });
});

describe("money", () => {
  test.each([
    [80_000_000, 80_000_000],
    ["8000万", 80_000_000],
    ["8000万元", 80_000_000],
    ["0.8亿", 80_000_000],
    ["0.8亿元", 80_000_000],
    ["12,000,000元", 12_000_000],
    ["1.2e7", 12_000_000],
    ["１２００万", 12_000_000],
    ["¥1,000", 1000],
    ["", 0],
  ])("%p → %p yuan", (cell, expected) => {
    expect(readMoney(cell, p)).toBe(expected);
  });

  test("negative money and unknown units are refused", () => {
    expect(failure(() => readMoney(-5, p)).code).toBe("#VALUE!");
    expect(failure(() => readMoney("5美元", p)).message.zh).toContain("单位");
  });
});

describe("percentages", () => {
  test.each([
    [0.3, 0.3],
    ["30%", 0.3],
    ["30 %", 0.3],
    ["３０％", 0.3],
    [30, 0.3],
    [0.7 - 0.4, 0.3],
    [0.2999, 0.2999],
    [1, 1],
  ])("%p → %p", (cell, expected) => {
    expect(readPercent(cell, p)).toBe(expected);
  });

  test("above 100 % is #VALUE!", () => {
    expect(failure(() => readPercent("120%", p)).code).toBe("#VALUE!");
    expect(failure(() => readPercent(101, p)).code).toBe("#VALUE!");
  });
});

describe("yes/no", () => {
  test.each([true, 1, "是", "有", "对", "Y", "y", "yes", "YES", "√", "TRUE", "true"])(
    "%p is yes",
    (v) => {
      expect(readYesNo(v, p)).toBe(true);
    }
  );
  test.each([false, 0, "否", "无", "错", "N", "no", "×", "FALSE", null, ""])("%p is no", (v) => {
    expect(readYesNo(v, p)).toBe(false);
  });
  test("anything else is #VALUE!", () => {
    expect(failure(() => readYesNo("maybe", p)).code).toBe("#VALUE!");
    expect(failure(() => readYesNo(2, p)).code).toBe("#VALUE!");
  });
});

describe("dates", () => {
  const may1 = serialFromParts(2026, 5, 1);

  test("serial of 2026-05-01 is Excel's 46143", () => {
    expect(may1).toBe(46143);
    expect(isoFromSerial(46143)).toBe("2026-05-01");
  });

  test.each([
    46143,
    46143.75,
    "2026-05-01",
    "2026/5/1",
    "2026.5.1",
    "2026年5月1日",
    "2026 年 5 月 1 日",
    "2026-05-01 08:30:00",
    "２０２６-０５-０１",
  ])("%p is 2026-05-01", (cell) => {
    expect(readDate(cell, p)).toBe(may1);
  });

  test("ambiguous text names both readings", () => {
    const f = failure(() => readDate("03/04/2026", p));
    expect(f.code).toBe("#VALUE!");
    expect(f.message.zh).toContain("2026-03-04");
    expect(f.message.zh).toContain("2026-04-03");
  });

  test("day-first text is refused even when it is unambiguous", () => {
    const f = failure(() => readDate("13/04/2026", p));
    expect(f.message.zh).toContain("2026-04-13");
  });

  test("dates that do not exist and non-dates are refused", () => {
    expect(failure(() => readDate("2026-02-30", p)).code).toBe("#VALUE!");
    expect(failure(() => readDate("next week", p)).code).toBe("#VALUE!");
    expect(readDate("", p)).toBeNull();
  });

  test("calendar months follow EDATE, clamped to the month's end", () => {
    const jan31 = serialFromParts(2026, 1, 31) as number;
    expect(isoFromSerial(addCalendarMonths(jan31, 1))).toBe("2026-02-28");
    expect(isoFromSerial(addCalendarMonths(serialFromParts(2024, 1, 31) as number, 1))).toBe(
      "2024-02-29"
    );
  });
});

describe("spans and dates for customer rules", () => {
  test.each([
    [3, "months", { kind: "months", months: 3 }],
    [5, "days", { kind: "days", days: 5 }],
    [-2, "months", { kind: "months", months: -2 }],
    ["45天", "months", { kind: "days", days: 45 }],
    ["2周", "days", { kind: "days", days: 14 }],
    ["3个月", "days", { kind: "months", months: 3 }],
    ["3 months", "days", { kind: "months", months: 3 }],
    ["1年", "days", { kind: "months", months: 12 }],
    [46143, "months", { kind: "date", serial: 46143 }],
    ["2026-05-01", "months", { kind: "date", serial: 46143 }],
  ])("%p (bare %s) → %p", (cell, unit, expected) => {
    expect(readHorizon(cell, p, unit as "days" | "months")).toEqual(expected);
  });

  test("unknown units are refused", () => {
    expect(failure(() => readHorizon("3 fortnights", p, "days")).code).toBe("#VALUE!");
  });
});

describe("choices", () => {
  const choices = [
    { value: "a", words: ["明确", "clear", 1, true] },
    { value: "b", words: ["潜在"] },
  ];
  test("match ignoring case and width", () => {
    expect(readChoice("CLEAR", p, choices)).toBe("a");
    expect(readChoice(1, p, choices)).toBe("a");
    expect(readChoice(true, p, choices)).toBe("a");
    expect(readChoice(" 潜在 ", p, choices)).toBe("b");
    expect(readChoice(null, p, choices)).toBeNull();
    expect(failure(() => readChoice("maybe", p, choices)).message.zh).toContain("明确");
  });
});

describe("10 significant digits", () => {
  test("a value that displays as the threshold is the threshold", () => {
    expect(round10(0.29999999999999993)).toBe(0.3);
    expect(round10(0.2999)).toBe(0.2999);
    expect(round10(9999999.999999998)).toBe(10000000);
    expect(round10(123)).toBe(123);
  });
});
