import { explainRow } from "../../src/grading";
import { expectExplainStartsWithLabel } from "../explain-check";
import { context, failureMessage, fn, grade, gradeMatrix } from "../helpers";

const ID = "DEFECTGRADE";

describe("DEFECTGRADE (产品质量等级划分标准 2.2.1)", () => {
  test.each([
    // 辊印 by area: exactly 1 and exactly 2 are 一般
    [0.5, "轻微"],
    [0.9999, "轻微"],
    [1, "一般"],
    [1.0001, "一般"],
    [1.5, "一般"],
    [1.9999, "一般"],
    [2, "一般"],
    [2.0001, "严重"],
    [2.5, "严重"],
  ])("辊印 %p cm² → %s", (area, expected) => {
    expect(grade(ID, "辊印", area)).toBe(expected);
  });

  test.each([
    [0, "轻微"],
    [2, "轻微"],
    [3, "一般"],
    [4, "一般"],
    [5, "严重"],
    [6, "严重"],
  ])("痘痕 %p in a roll period → %s", (count, expected) => {
    expect(grade(ID, "痘痕", count)).toBe(expected);
  });

  test.each([
    ["凹坑", 0.0124, "轻微"],
    ["凹坑", 0.0125, "一般"],
    ["凹坑", 0.0126, "一般"],
    ["划伤", 0.02, "一般"],
    ["划伤", 0.0249, "一般"],
    ["划伤", 0.025, "严重"],
    ["挫伤", 0.0251, "严重"],
    ["挫伤", 0.05, "严重"],
    ["挫伤", 0, "轻微"],
  ])("%s depth %p against tolerance 0.05 → %s", (type, depth, expected) => {
    expect(grade(ID, type, depth, 0.05)).toBe(expected);
  });

  test("felt by hand makes 辊印 and 痘痕 严重 but does not change depth defects", () => {
    expect(grade(ID, "辊印", 0.5, null, true)).toBe("严重");
    expect(grade(ID, "辊印", 0.5, null, "有")).toBe("严重");
    expect(grade(ID, "痘痕", 1, null, "是")).toBe("严重");
    expect(grade(ID, "辊印", 0.5, null, false)).toBe("轻微");
    expect(grade(ID, "划伤", 0.01, 0.05, true)).toBe("轻微");
    const e = expectExplainStartsWithLabel(ID, "划伤", 0.01, 0.05, true);
    expect(e.zh).toContain("手感只描述各等级，不改变等级");
  });

  test("units: cm² for area, mm or μm for depths, ± before a tolerance", () => {
    expect(grade(ID, "辊印", "1.5cm²")).toBe("一般");
    expect(grade(ID, "辊印", "2.5 cm2")).toBe("严重");
    expect(grade(ID, "划伤", "20μm", "0.05mm")).toBe("一般");
    expect(grade(ID, "划伤", "25um", "±0.05mm")).toBe("严重");
    expect(grade(ID, "凹坑", "0.01", "±0.05")).toBe("轻微");
    expect(grade(ID, "凹坑", "0.01kg", 0.05)).toBe("#VALUE!");
  });

  test("English names are read; unknown types, fractional pits and bad tolerances are #VALUE!", () => {
    expect(grade(ID, "roll mark", 1)).toBe("一般");
    expect(grade(ID, "Scratch", 0.03, 0.05)).toBe("严重");
    expect(grade(ID, "裂纹", 1)).toBe("#VALUE!");
    expect(grade(ID, "痘痕", 2.5)).toBe("#VALUE!");
    expect(grade(ID, "划伤", 0.02)).toBe("#VALUE!");
    expect(failureMessage(ID, "划伤", 0.02)).toContain("厚度公差");
    expect(grade(ID, "划伤", 0.02, 0)).toBe("#VALUE!");
    expect(grade(ID, "划伤", -0.02, 0.05)).toBe("#VALUE!");
    expect(grade(ID, null, 1)).toBe("#VALUE!");
  });

  test("辊印 and 痘痕 need no tolerance, but one given that cannot be read is #VALUE!", () => {
    for (const [type, measure] of [
      ["辊印", 0.5],
      ["痘痕", 2],
    ] as const) {
      expect(grade(ID, type, measure, "garbage")).toBe("#VALUE!");
      expect(failureMessage(ID, type, measure, "garbage")).toContain("厚度公差");
      expect(failureMessage(ID, type, measure, "garbage")).toContain('"garbage"');
      expect(grade(ID, type, measure, "0.05kg")).toBe("#VALUE!");
      expect(grade(ID, type, measure, true)).toBe("#VALUE!");
      // Negative is refused as for the depth defects; 0 and the units they accept are read.
      expect(grade(ID, type, measure, -0.05)).toBe("#VALUE!");
      expect(grade(ID, type, measure, "±-0.05")).toBe("#VALUE!");
      expect(grade(ID, type, measure, 0)).toBe("轻微");
      expect(grade(ID, type, measure, "±0.05")).toBe("轻微");
      expect(grade(ID, type, measure, "50μm")).toBe("轻微");
      expect(grade(ID, type, measure, "")).toBe("轻微");
      expect(grade(ID, type, measure, null, true)).toBe("严重");
    }
    // The grade at each band edge is unchanged by a readable tolerance.
    expect(grade(ID, "辊印", 1, 0.05)).toBe("一般");
    expect(grade(ID, "辊印", 2.01, "0.05mm")).toBe("严重");
    expect(grade(ID, "痘痕", 5, 0.05)).toBe("严重");
    const e = explainRow(fn(ID), ["辊印", 0.5, "garbage", null], context, "zh");
    expect(e.kind === "failure" && e.code).toBe("#VALUE!");
  });

  test("a depth defect names an unreadable depth before asking for the tolerance", () => {
    expect(failureMessage(ID, "划伤", "deep")).toContain("缺陷量");
    expect(failureMessage(ID, "划伤", 0.02)).toContain("须填写厚度公差");
  });

  test("blank rows are empty; tolerance and palpable do not count; a blank measure is 0", () => {
    expect(grade(ID, "", null, 0.05, true)).toBe("");
    expect(grade(ID, "辊印", "")).toBe("轻微");
    expect(expectExplainStartsWithLabel(ID, "辊印", "").zh).toContain("缺陷量为空，按0计");
  });

  test("lifts over columns", () => {
    expect(gradeMatrix(ID, [["辊印"], ["痘痕"], ["划伤"]], [[2.5], [3], [0.01]], 0.05)).toEqual([
      ["严重"],
      ["一般"],
      ["轻微"],
    ]);
  });

  test("EXPLAIN starts with the label for every type", () => {
    expect(expectExplainStartsWithLabel(ID, "辊印", 2).zh).toContain("在1至2 cm²之间（含两端）");
    expect(expectExplainStartsWithLabel(ID, "痘痕", 5).zh).toContain("达到5个以上");
    expect(expectExplainStartsWithLabel(ID, "凹坑", 0.025, 0.05).zh).toContain("厚度公差的50%");
  });
});
