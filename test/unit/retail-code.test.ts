import { expectExplainStartsWithLabel } from "../explain-check";
import { failureMessage, grade, gradeMatrix } from "../helpers";

const ID = "RETAILCODE";

describe("RETAILCODE (零售客户分类标识方法)", () => {
  test.each([
    ["F", 2, "城市", "违法", undefined, "F212"],
    ["Z", "X", "农村", "守法", undefined, "ZX21"],
    ["Q", 3, "城市", "守法", undefined, "Q311"],
    ["C", 1, "城市", "守法", true, "C111L"],
    ["C", 1, "城市", "守法", false, "C111"],
    ["食杂店", 1, 1, 1, undefined, "Z111"],
    ["便利店", "2", "市区", true, undefined, "B211"],
    ["超市", 3, "县城", false, "是", "C312L"],
    ["商场", "大型", "城区", "合法", undefined, "S111"],
    ["烟酒店", "中", "乡村", 2, undefined, "Y222"],
    ["娱乐服务类", "小", "乡镇", "守法", undefined, "F321"],
    ["其他", "新", 2, "", undefined, "QX21"],
    ["y", "x", "农村客户", "守法", undefined, "YX21"],
  ])("%p, %p, %p, %p, chain %p → %s", (f, s, m, l, chain, expected) => {
    expect(grade(ID, f, s, m, l, chain)).toBe(expected);
  });

  test("market: county towns are urban; ambiguous words such as 城镇 are refused", () => {
    expect(grade(ID, "Z", 1, "县城", "守法")).toBe("Z111");
    expect(grade(ID, "Z", 1, "城镇", "守法")).toBe("#VALUE!");
    expect(failureMessage(ID, "Z", 1, "城镇", "守法")).toContain("县城");
    expect(grade(ID, "Z", 1, 3, "守法")).toBe("#VALUE!");
    expect(grade(ID, "Z", 1, "", "守法")).toBe("#VALUE!");
  });

  test("a new store is always law 1, and EXPLAIN notes a 违法 input", () => {
    expect(grade(ID, "Z", "X", "城市", "违法")).toBe("ZX11");
    expect(expectExplainStartsWithLabel(ID, "Z", "X", "城市", "违法").zh).toContain(
      "守法代码一律为1"
    );
  });

  test("chain only for supermarkets", () => {
    expect(grade(ID, "Z", 1, "城市", "守法", true)).toBe("#VALUE!");
    expect(failureMessage(ID, "B", 1, "城市", "守法", true)).toContain("超市");
    expect(grade(ID, "Z", 1, "城市", "守法", false)).toBe("Z111");
    expect(grade(ID, "C", "X", "城市", "守法", true)).toBe("CX11L");
  });

  test("unknown or missing parts are #VALUE!", () => {
    expect(grade(ID, "N", 1, "城市", "守法")).toBe("#VALUE!");
    expect(failureMessage(ID, "火星店", 1, "城市", "守法")).toBe(
      '业态无法识别："火星店"（可选：食杂店 Z、便利店 B、超市 C、商场 S、烟酒商店 Y、娱乐服务类 F、其他类 Q）'
    );
    expect(failureMessage(ID, "", 1, "城市", "守法")).toBe("业态不能为空");
    expect(grade(ID, "Z", 4, "城市", "守法")).toBe("#VALUE!");
    expect(grade(ID, "Z", "", "城市", "守法")).toBe("#VALUE!");
    expect(grade(ID, "", 1, "城市", "守法")).toBe("#VALUE!");
    expect(grade(ID, "Z", 1, "城市", "")).toBe("#VALUE!");
    expect(grade(ID, "Z", 1, "城市", "maybe")).toBe("#VALUE!");
  });

  test("blank rows are empty: chain does not count", () => {
    expect(grade(ID, "", "", null, "", true)).toBe("");
  });

  test("lifts over columns", () => {
    expect(gradeMatrix(ID, [["Z"], ["C"]], [[1], [2]], "城市", "守法", [[false], [true]])).toEqual([
      ["Z111"],
      ["C211L"],
    ]);
  });

  test("EXPLAIN starts with the code and spells out each part", () => {
    const e = expectExplainStartsWithLabel(ID, "C", 1, "城市", "守法", true);
    expect(e.zh).toContain("超市 C、规模 1、城市 1、守法 1、连锁 L");
    expectExplainStartsWithLabel(ID, "F", 2, "农村", "违法");
  });
});
