import { expectExplainStartsWithLabel } from "../explain-check";
import { gradeRow } from "../../src/grading";
import { context, failureMessage, fn, grade, gradeMatrix } from "../helpers";

const ID = "RETAILSCALE";
const col = (values: unknown[]) => values.map((v) => [v]);
const TEN = col([100, 90, 80, 70, 60, 50, 40, 30, 20, 10]);

describe("RETAILSCALE (经营规模代码: 前20% 1, 中间60% 2, 后20% 3)", () => {
  test.each([
    // n = 10, k = 2: ranks 1–2 → 1, 3–8 → 2, 9–10 → 3
    [100, 1],
    [90, 1],
    [80, 2],
    [30, 2],
    [20, 3],
    [10, 3],
  ])("%p of ten → %p", (v, expected) => {
    expect(grade(ID, v, TEN)).toBe(expected);
  });

  test("k = ROUND(n × 20%) at, below and above a half", () => {
    // n = 7: 1.4 → 1
    const seven = col([70, 60, 50, 40, 30, 20, 10]);
    expect([70, 60, 20, 10].map((v) => grade(ID, v, seven))).toEqual([1, 2, 2, 3]);
    // n = 8: 1.6 → 2
    const eight = col([80, 70, 60, 50, 40, 30, 20, 10]);
    expect([70, 60, 30, 20].map((v) => grade(ID, v, eight))).toEqual([1, 2, 2, 3]);
    // n = 5: exactly 1
    const five = col([50, 40, 30, 20, 10]);
    expect([50, 40, 20, 10].map((v) => grade(ID, v, five))).toEqual([1, 2, 2, 3]);
    // n = 2: 0.4 → 0, everyone is 2
    expect([grade(ID, 2, col([2, 1])), grade(ID, 1, col([2, 1]))]).toEqual([2, 2]);
    // n = 100: k = 20, rank 20 → 1, rank 21 → 2, rank 80 → 2, rank 81 → 3
    const hundred = col(Array.from({ length: 100 }, (_, i) => 1000 - 10 * i));
    expect([810, 800, 210, 200].map((v) => grade(ID, v, hundred))).toEqual([1, 2, 2, 3]);
  });

  test("ties share the better rank", () => {
    const tied = col([100, 90, 90, 80, 70, 60, 50, 40, 30, 20]);
    // 90 ranks 2 (both), k = 2 → both 1
    expect(grade(ID, 90, tied)).toBe(1);
    const bottom = col([100, 90, 80, 70, 60, 50, 40, 30, 20, 20]);
    // 20 ranks 9 (both) > n − k = 8 → 3
    expect(grade(ID, 20, bottom)).toBe(3);
  });

  test("blanks in volumes are ignored; text volumes are read", () => {
    const withBlanks = col([100, "", 90, null, 80, 70, 60, 50, 40, 30, 20, 10]);
    expect(grade(ID, 90, withBlanks)).toBe(1);
    expect(grade(ID, "90条", col(["100条", "90", 80, 70, 60, 50, 40, 30, 20, "10"]))).toBe(1);
    expect(grade(ID, 90, col([100, "x", 80]))).toBe("#VALUE!");
    expect(failureMessage(ID, 90, col([100, "x", 80]))).toContain("x");
  });

  test("only stores of the same format are ranked together when formats and format are given", () => {
    const volumes = col([100, 90, 80, 70, 60, 50, 40, 30, 20, 10]);
    const formats = col(["Z", "C", "Z", "C", "Z", "C", "Z", "C", "Z", "C"]);
    // Z stores: 100, 80, 60, 40, 20 (n = 5, k = 1)
    expect(grade(ID, 100, volumes, formats, "Z")).toBe(1);
    expect(grade(ID, 80, volumes, formats, "食杂店")).toBe(2);
    expect(grade(ID, 20, volumes, formats, "z")).toBe(3);
    // C stores: 90, 70, 50, 30, 10
    expect(grade(ID, 90, volumes, formats, "超市")).toBe(1);
    expect(grade(ID, 10, volumes, formats, "C")).toBe(3);
    expect(grade(ID, 10, volumes, formats, "商场")).toBe("#N/A");
    expect(grade(ID, 10, volumes, col(["Z", "C"]), "C")).toBe("#VALUE!");
  });

  test("a format that is none of the seven is #VALUE! listing them; a known one with no stores is #N/A", () => {
    const three = col([100, 50, 10]);
    const zzz = col(["Z", "Z", "Z"]);
    expect(grade(ID, 50, three, zzz, "火星店")).toBe("#VALUE!");
    expect(failureMessage(ID, 50, three, zzz, "火星店")).toBe(
      '业态无法识别："火星店"（可选：食杂店 Z、便利店 B、超市 C、商场 S、烟酒商店 Y、娱乐服务类 F、其他类 Q）'
    );
    // Read without formats too, where it would not change the rank.
    expect(grade(ID, 50, three, null, "火星店")).toBe("#VALUE!");
    expect(grade(ID, 50, three, null, "X")).toBe("#VALUE!");
    expect(grade(ID, 50, three, zzz, 8)).toBe("#VALUE!");
    expect(grade(ID, 50, three, zzz, true)).toBe("#VALUE!");
    // A known format, by name or letter, with no stores among formats.
    expect(grade(ID, 50, three, zzz, "超市")).toBe("#N/A");
    expect(failureMessage(ID, 50, three, zzz, "c")).toBe("业态“超市”中没有可排名的销量");
    expect(grade(ID, 50, three, zzz, "食杂")).toBe(2);
    expect(grade(ID, 50, three, null, "烟酒店")).toBe(2);
    expect(grade(ID, 50, three, zzz, "")).toBe(2);
  });

  test("every formats cell must be one of the seven formats; blanks are no format", () => {
    const three = col([100, 50, 10]);
    const local = col(["Z", "火星店", "Z"]);
    for (const format of ["Z", "火星店", null]) {
      expect(grade(ID, 50, three, local, format)).toBe("#VALUE!");
      expect(failureMessage(ID, 50, three, local, format)).toContain('全部业态无法识别："火星店"');
    }
    // Beside a blank volume too: the cell is given, so it is read.
    expect(grade(ID, 50, col([100, null, 50]), local, "Z")).toBe("#VALUE!");
    // An error in formats names the error, as one in volumes does.
    const errors = col(["Z", { inputError: "#REF!" }, "Z"]);
    expect(failureMessage(ID, 50, three, errors, "Z")).toBe("输入单元格包含错误 #REF!");
    // Names, letters and cases group alike; a store with a blank format is in no group.
    const mixed = col(["食杂店", "", "z", "Ｚ"]);
    const four = col([100, 90, 50, 10]);
    expect(grade(ID, 90, four, mixed, "Z")).toBe(2);
    expect(expectExplainStartsWithLabel(ID, 90, four, mixed, "Z").zh).toContain(
      "在业态“食杂店”的3户中"
    );
    expect(grade(ID, 100, four, mixed, "食杂店")).toBe(1);
  });

  test("the English message lists the formats without Chinese wording of its own", () => {
    const e = gradeRow(fn(ID), [50, col([100, 50]), null, "Mars"] as never, context);
    expect(e.kind === "failure" && e.message.en).toBe(
      'format is not one of the known values: "Mars" (choose 食杂店 Z, 便利店 B, 超市 C, 商场 S, 烟酒商店 Y, 娱乐服务类 F or 其他类 Q)'
    );
  });

  test("formats without format, or format without formats, ranks all stores and says so", () => {
    const formats = col(["Z", "C", "Z", "C", "Z", "C", "Z", "C", "Z", "C"]);
    expect(grade(ID, 80, TEN, formats)).toBe(2);
    expect(grade(ID, 90, TEN, null, "Z")).toBe(1);
    expect(expectExplainStartsWithLabel(ID, 90, TEN, null, "Z").zh).toContain("按全部零售户排名");
  });

  test("a volume not in volumes is ranked where it would stand", () => {
    expect(grade(ID, 95, TEN)).toBe(1);
    expect(grade(ID, 5, TEN)).toBe(3);
    expect(expectExplainStartsWithLabel(ID, 95, TEN).zh).toContain("不在销量区域中");
  });

  test("blank rows are empty; an empty population is #N/A; negative volumes are #VALUE!", () => {
    expect(grade(ID, "", TEN)).toBe("");
    expect(grade(ID, 10, col(["", null]))).toBe("#N/A");
    expect(grade(ID, -1, TEN)).toBe("#VALUE!");
  });

  test("lifts the volume column against the whole population, and stays fast", () => {
    expect(gradeMatrix(ID, TEN, TEN)).toEqual(col([1, 1, 2, 2, 2, 2, 2, 2, 3, 3]));
    const n = 100_000;
    const big = col(Array.from({ length: n }, (_, i) => n - i));
    const started = Date.now();
    const out = gradeMatrix(ID, big, big);
    expect(Date.now() - started).toBeLessThan(5000);
    expect([out[0][0], out[19_999][0], out[20_000][0], out[79_999][0], out[80_000][0]]).toEqual([
      1, 1, 2, 2, 3,
    ]);
  });

  test("EXPLAIN starts with the scale and gives rank, n and k", () => {
    const e = expectExplainStartsWithLabel(ID, 90, TEN);
    expect(e.zh).toContain("在10户中排第2名");
    expect(e.zh).toContain("ROUND(10×20%)");
    const z = expectExplainStartsWithLabel(ID, 20, TEN, col(Array(10).fill("Z")), "Z");
    expect(z.zh).toContain("业态“食杂店”");
  });
});
