import { grade, gradeMatrix, failureMessage } from "../helpers";
import { explain, expectExplainAgrees } from "../explain-helpers";

const loss = (cell: unknown) => grade("LOSSLEVEL", cell);

describe("LOSSLEVEL (GB/T 15236-94, by economic loss)", () => {
  test.each([
    [0, "一般损失事故"],
    [9_999, "一般损失事故"],
    [9_999.99, "一般损失事故"],
    [10_000, "较大损失事故"],
    [10_001, "较大损失事故"],
    [99_999, "较大损失事故"],
    [100_000, "重大损失事故"],
    [100_001, "重大损失事故"],
    [999_999, "重大损失事故"],
    [1_000_000, "特大损失事故"],
    [1_000_001, "特大损失事故"],
  ])("%p yuan → %s", (yuan, expected) => {
    expect(loss(yuan)).toBe(expected);
  });

  test("money written as text", () => {
    expect(loss("1万")).toBe("较大损失事故");
    expect(loss("1万元")).toBe("较大损失事故");
    expect(loss("9,999元")).toBe("一般损失事故");
    expect(loss("10万")).toBe("重大损失事故");
    expect(loss("100万元")).toBe("特大损失事故");
    expect(loss("0.01亿")).toBe("特大损失事故");
    expect(loss("１００００")).toBe("较大损失事故");
    expect(loss("1e6")).toBe("特大损失事故");
    expect(loss(0.1 + 0.2 + 9_999.7)).toBe("较大损失事故");
  });

  test("blank is empty; bad input is #VALUE!", () => {
    expect(loss(null)).toBe("");
    expect(loss("  ")).toBe("");
    expect(loss(-1)).toBe("#VALUE!");
    expect(loss("十万")).toBe("#VALUE!");
    expect(loss(true)).toBe("#VALUE!");
    expect(failureMessage("LOSSLEVEL", "十万")).toContain("直接经济损失");
  });

  test("EXPLAIN names the band", () => {
    expect(explain("LOSSLEVEL", [10_000])).toContain("达到“1万元以上”");
    expect(explain("LOSSLEVEL", [9_999])).toContain("均未达到较大损失事故标准");
  });

  test("lifts over a column", () => {
    expect(gradeMatrix("LOSSLEVEL", [[9_999], [99_999], [999_999], ["x"]])).toEqual([
      ["一般损失事故"],
      ["较大损失事故"],
      ["重大损失事故"],
      ["#VALUE!"],
    ]);
  });

  test.each([[0], [10_000], [100_000], [1_000_000]])(
    "EXPLAIN opens with the returned label: %p",
    (yuan) => {
      expectExplainAgrees("LOSSLEVEL", [yuan]);
    }
  );
});
