import { grade, gradeMatrix, failureMessage } from "../helpers";
import { explain, expectExplainAgrees } from "../explain-helpers";

const ship = (...row: unknown[]) => grade("SHIPACCIDENTLEVEL", ...row);

describe("SHIPACCIDENTLEVEL (交通部令1990年第16号, 分级标准表)", () => {
  // One ship of each class by gross tonnage, and the loss bands of its class (yuan).
  test.each([
    // class I (3000 GT and up): 500万 / 300万 / 50万
    [5000, 4_999_999, "大事故"],
    [5000, 5_000_000, "重大事故"],
    [5000, 5_000_001, "重大事故"],
    [5000, 2_999_999, "一般事故"],
    [5000, 3_000_000, "大事故"],
    [5000, 499_999, "小事故"],
    [5000, 500_000, "一般事故"],
    // class II (500 to under 3000 GT): 300万 / 50万 / 20万
    [1000, 2_999_999, "大事故"],
    [1000, 3_000_000, "重大事故"],
    [1000, 499_999, "一般事故"],
    [1000, 500_000, "大事故"],
    [1000, 199_999, "小事故"],
    [1000, 200_000, "一般事故"],
    // class III (under 500 GT): 50万 / 20万 / 10万
    [200, 499_999, "大事故"],
    [200, 500_000, "重大事故"],
    [200, 199_999, "一般事故"],
    [200, 200_000, "大事故"],
    [200, 99_999, "小事故"],
    [200, 100_000, "一般事故"],
    [200, 0, "小事故"],
  ])("%p GT, loss %p → %s", (gt, loss, expected) => {
    expect(ship(gt, 0, 0, loss)).toBe(expected);
  });

  test.each([
    // the tonnage class boundaries, read through 20万 (III 大事故, II 一般事故, I 小事故)
    [499, "大事故"],
    [499.9, "大事故"],
    [500, "一般事故"],
    [2999, "一般事故"],
    [3000, "小事故"],
  ])("%p GT with a loss of 20万 → %s", (gt, expected) => {
    expect(ship(gt, 0, 0, 200_000)).toBe(expected);
  });

  test.each([
    [0, 0, "小事故"],
    [0, 1, "一般事故"],
    [0, 100, "一般事故"],
    [1, 0, "大事故"],
    [2, 0, "大事故"],
    [3, 0, "重大事故"],
  ])("%p deaths, %p serious, in every class → %s", (d, s, expected) => {
    for (const gt of [200, 1000, 5000]) expect(ship(gt, d, s, 0)).toBe(expected);
  });

  test.each([
    // tugs and pushers by main-engine power, read through the 20万 band
    [1499, "大事故"],
    [1500, "一般事故"],
    [2999, "一般事故"],
    [3000, "小事故"],
  ])("%p kW, no tonnage, loss 20万 → %s", (kw, expected) => {
    expect(ship(null, 0, 0, 200_000, kw)).toBe(expected);
  });

  test("kW class boundaries through the class III / II 大事故 band of 20万–50万", () => {
    expect(ship(null, 0, 0, 300_000, 1499)).toBe("大事故");
    expect(ship(null, 0, 0, 300_000, 1500)).toBe("一般事故");
  });

  test("tonnage and power that disagree: the higher class wins, and EXPLAIN says so", () => {
    expect(ship(200, 0, 0, 500_000, 3000)).toBe("一般事故");
    expect(ship(5000, 0, 0, 500_000, 100)).toBe("一般事故");
    expect(ship(200, 0, 0, 500_000, 100)).toBe("重大事故");
    expect(ship(1000, 0, 0, "300万", 3000)).toBe("大事故");
    expect(explain("SHIPACCIDENTLEVEL", [200, 0, 0, 500_000, 3000])).toContain(
      "按总吨位为三类船舶、按主机功率为一类船舶，取较高的船舶等级"
    );
    expect(explain("SHIPACCIDENTLEVEL", [200, 0, 0, 500_000, 100])).not.toContain("取较高");
  });

  test("neither tonnage nor power is #VALUE!", () => {
    expect(ship(null, 1, 0, 0)).toBe("#VALUE!");
    expect(ship("", 0, 0, 100, "")).toBe("#VALUE!");
    expect(failureMessage("SHIPACCIDENTLEVEL", null, 1, 0, 0)).toContain("总吨位和主机功率均为空");
  });

  test("EXPLAIN names the class and how it was found", () => {
    expect(explain("SHIPACCIDENTLEVEL", [5000, 1, 0, 0])).toContain("总吨位5000，一类船舶");
    expect(explain("SHIPACCIDENTLEVEL", [null, 1, 0, 0, 1500])).toContain(
      "主机功率1500千瓦，二类船舶"
    );
    expect(explain("SHIPACCIDENTLEVEL", [5000, 1, 0, 0])).toContain("达到“1人至2人”");
  });
});

describe("SHIPACCIDENTLEVEL inputs", () => {
  test("tonnage, power, counts and money written as text", () => {
    expect(ship("3000吨", 0, 0, "300万")).toBe("大事故");
    expect(ship("3,000总吨", 0, 0, "300万元")).toBe("大事故");
    expect(ship("3000 GT", 0, 0, "0.03亿")).toBe("大事故");
    expect(ship(null, "3人", 0, 0, "3000kW")).toBe("重大事故");
    expect(ship(null, 0, 0, "300万", "3000 千瓦")).toBe("大事故");
    expect(ship("3000马力", 0, 0, 0)).toBe("#VALUE!");
  });

  test("blank rows are empty (power is optional); blanks count as 0", () => {
    expect(ship(null, null, null, null)).toBe("");
    expect(ship(null, null, null, null, 3000)).toBe("");
    expect(ship(5000, null, null, null)).toBe("小事故");
    expect(explain("SHIPACCIDENTLEVEL", [5000, null, 1, null])).toContain("死亡为空，按0计");
    expect(explain("SHIPACCIDENTLEVEL", [null, 0, 0, 0, 3000])).not.toContain("总吨位为空");
  });

  test("bad input is #VALUE!", () => {
    expect(ship(-1, 0, 0, 0)).toBe("#VALUE!");
    expect(ship(500, 1.5, 0, 0)).toBe("#VALUE!");
    expect(ship(500, 0, 0, "x")).toBe("#VALUE!");
    expect(ship(500, 0, 0, 0, -3)).toBe("#VALUE!");
    expect(failureMessage("SHIPACCIDENTLEVEL", "大船", 0, 0, 0)).toContain("总吨位");
  });

  test("lifts over a column", () => {
    expect(gradeMatrix("SHIPACCIDENTLEVEL", [[200], [1000], [5000]], 0, 0, 500_000)).toEqual([
      ["重大事故"],
      ["大事故"],
      ["一般事故"],
    ]);
  });

  const explained: unknown[][] = [
    [5000, 0, 0, 0],
    [5000, 0, 1, 0],
    [1000, 1, 0, 0],
    [200, 0, 0, 500_000],
    [null, 0, 0, 200_000, 1500],
    [200, 0, 0, 500_000, 3000],
  ];
  test.each(explained.map((row) => [row]))("EXPLAIN opens with the returned label: %j", (row) => {
    expectExplainAgrees("SHIPACCIDENTLEVEL", row);
  });
});
