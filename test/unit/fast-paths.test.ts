/**
 * The readers and the lifting loop have fast paths for the common shapes (a column of plain
 * numbers, "12人", a word as written). Each must give exactly what the general path gives:
 * these properties compare the two on generated input, the general path being reached by
 * the same text with a leading space, which only the general path accepts (and trims).
 */
import fc from "fast-check";
import { GradeFailure } from "../../src/grading/failure";
import {
  readAmount,
  readChoice,
  readCount,
  readMoney,
  readYesNo,
} from "../../src/grading/read/inputs";
import {
  plainNumberEnd,
  plainNumberValue,
  round10,
  splitNumberAndUnit,
  unitsReadAsWritten,
} from "../../src/grading/read/number-text";
import { showYuanEn } from "../../src/grading/text";

const p = { label: { zh: "数量", en: "amount" } };

/**
 * What a reader gives: the value, or the failure's message with the cell's text taken out
 * (messages quote the cell as typed, or trimmed).
 */
function outcome(read: () => unknown, cell: string): unknown {
  try {
    return { value: read() };
  } catch (e) {
    if (!(e instanceof GradeFailure)) throw e;
    const message = e.message.zh.replace(`"${cell}"`, "CELL").replace(`"${cell.trim()}"`, "CELL");
    return { code: e.code, message };
  }
}

const PIECES = [
  ..."0123456789",
  ..."0123456789",
  ",",
  ".",
  " ",
  "e",
  "E",
  "+",
  "-",
  "'",
  "１",
  "，",
  "人",
  "名",
  "人次",
  "万",
  "亿",
  "元",
  "万元",
  "亿元",
  "千元",
  "people",
  "People",
  "yuan",
  "%",
  "mm",
];
const typed = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join(""));
/** Mostly well-formed: digits, maybe grouped or decimal, then a unit. */
const numberText = fc
  .tuple(
    fc.oneof(
      fc.nat({ max: 1e9 }).map(String),
      fc.nat({ max: 1e9 }).map((n) => n.toLocaleString("en-US")),
      fc.double({ min: 0, max: 1e9, noNaN: true }).map(String),
      fc
        .array(fc.constantFrom(..."0123456789"), { minLength: 14, maxLength: 30 })
        .map((d) => d.join(""))
    ),
    fc.constantFrom("", "人", "万", "亿元", "万元", "元", "people", ".", "e3", ",5", "人.")
  )
  .map(([n, unit]) => n + unit);
const text = fc.oneof(typed, numberText);

describe("plain number text", () => {
  test("wherever the plain scan finds a known unit, splitNumberAndUnit finds the same", () => {
    const units = unitsReadAsWritten(["", "人", "万", "亿元", "万元", "元", "people", "mm"]);
    fc.assert(
      fc.property(text, (s) => {
        const end = plainNumberEnd(s);
        const unit = units.after(s, end);
        fc.pre(end > 0 && unit !== undefined);
        expect(unit).toBe(s.slice(end));
        expect(splitNumberAndUnit(s)).toEqual({ value: plainNumberValue(s, end), unit });
      }),
      { numRuns: 3000 }
    );
  });

  test("units that folding, trimming or an exponent would change are left to the general path", () => {
    expect([...unitsReadAsWritten(["人", "ＫＧ", " m", "M", "e", "x2", "件.", ""]).units]).toEqual([
      "人",
      "",
    ]);
  });

  test.each([
    ["12人", 2],
    ["0.8亿元", 3],
    ["1,234,567元", 9],
    ["1,234.5", 7],
    ["12.", 3],
    ["1,234.", 0],
    ["1,2345", 0],
    ["12,34", 0],
    ["+1", 0],
    [".5", 0],
  ])("%p: the number ends at %p", (s, end) => {
    expect(plainNumberEnd(s)).toBe(end);
  });
});

describe("readers give the same with and without the fast path", () => {
  test.each([
    ["readCount", (c: string) => readCount(c, p)],
    ["readMoney", (c: string) => readMoney(c, p)],
    ["readAmount", (c: string) => readAmount(c, p, ["mm", "人"])],
    ["readYesNo", (c: string) => readYesNo(c, p)],
  ])("%s", (_name, read) => {
    fc.assert(
      fc.property(text, (s) => {
        expect(outcome(() => read(s), s)).toEqual(outcome(() => read(` ${s}`), ` ${s}`));
      }),
      { numRuns: 3000 }
    );
  });

  test("readChoice: a word as written picks the first choice that has it", () => {
    const choices = [
      { value: "a", words: ["明确", "Yes", 1, "ＢＩＧ"] },
      { value: "b", words: ["yes", "潜在", true] },
      { value: "c", words: ["big", "无", 0] },
    ];
    const words = fc.constantFrom(
      "明确",
      "yes",
      "Yes",
      "1",
      "true",
      "big",
      "ＢＩＧ",
      "无",
      "0",
      "x"
    );
    fc.assert(
      fc.property(words, (s) => {
        const read = (c: string) => readChoice(c, p, choices);
        expect(outcome(() => read(s), s)).toEqual(outcome(() => read(` ${s}`), ` ${s}`));
      })
    );
    expect(readChoice("yes", p, choices)).toBe("a");
    expect(readChoice("big", p, choices)).toBe("c");
  });
});

describe("yuan in English", () => {
  test("whole yuan are grouped exactly as toLocaleString groups them", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 15 }), (n, shift) => {
        const v = round10(Math.trunc(n / 10 ** shift));
        if (Object.is(v, -0)) return;
        expect(showYuanEn(v)).toBe(`CNY ${v.toLocaleString("en-US")}`);
      })
    );
    expect(showYuanEn(100_000_000)).toBe("CNY 100,000,000");
    expect(showYuanEn(-1234)).toBe("CNY -1,234");
    expect(showYuanEn(999)).toBe("CNY 999");
  });

  test("fractions and huge amounts go through toLocaleString", () => {
    expect(showYuanEn(1234.5)).toBe("CNY 1,234.5");
    expect(showYuanEn(1e21)).toBe("CNY 1,000,000,000,000,000,000,000");
  });
});
