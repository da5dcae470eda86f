import { expectExplainStartsWithLabel } from "../explain-check";
import { failureMessage, grade, gradeMatrix } from "../helpers";

const ID = "BOLTSTRENGTH";

describe("BOLTSTRENGTH, ISO 898-1 carbon steel", () => {
  test.each([
    ["3.6", 300, 180, 0.6, 330, 190, false],
    ["4.6", 400, 240, 0.6, 400, 240, false],
    ["4.8", 400, 320, 0.8, 420, 340, false],
    ["5.6", 500, 300, 0.6, 500, 300, false],
    ["5.8", 500, 400, 0.8, 520, 420, false],
    ["6.8", 600, 480, 0.8, 600, 480, false],
    ["8.8", 800, 640, 0.8, 800, 640, true],
    ["9.8", 900, 720, 0.8, 900, 720, true],
    ["10.9", 1000, 900, 0.9, 1040, 940, true],
    ["12.9", 1200, 1080, 0.9, 1220, 1100, true],
  ])("%s: %p / %p / %p, minimums %p / %p, high %p", (cls, rm, re, ratio, rmMin, reMin, high) => {
    expect(grade(ID, cls)).toBe(rm);
    expect(grade(ID, cls, "抗拉强度")).toBe(rm);
    expect(grade(ID, cls, "yield")).toBe(re);
    expect(grade(ID, cls, "屈强比")).toBe(ratio);
    expect(grade(ID, cls, "最小抗拉强度", 12)).toBe(rmMin);
    expect(grade(ID, cls, "minyield", 12)).toBe(reMin);
    expect(grade(ID, cls, "高强度")).toBe(high);
  });

  test("8.8 minimums change above 16 mm; 16 is in the lower row; no diameter uses it", () => {
    expect(grade(ID, "8.8", "mintensile", 16)).toBe(800);
    expect(grade(ID, "8.8", "mintensile", 16.0001)).toBe(830);
    expect(grade(ID, "8.8", "mintensile", 20)).toBe(830);
    expect(grade(ID, "8.8", "minyield", 15.9)).toBe(640);
    expect(grade(ID, "8.8", "minyield", 17)).toBe(660);
    expect(grade(ID, "8.8", "mintensile")).toBe(800);
    expect(expectExplainStartsWithLabel(ID, "8.8", "mintensile").zh).toContain("未给直径");
  });

  test("9.8 only up to 16 mm, and carbon classes only M1.6–M39: #N/A for every property", () => {
    expect(grade(ID, "9.8", "mintensile", 16)).toBe(900);
    for (const p of ["tensile", "yield", "ratio", "mintensile", "minyield", "highstrength"]) {
      expect(grade(ID, "9.8", p, 16.5)).toBe("#N/A");
    }
    expect(grade(ID, "10.9", "tensile", 39)).toBe(1000);
    expect(grade(ID, "10.9", "tensile", 42)).toBe("#N/A");
    expect(grade(ID, "10.9", "tensile", 1.5)).toBe("#N/A");
    expect(failureMessage(ID, "9.8", "tensile", 20)).toContain("9.8");
  });

  test("numbers and text are read alike, and 9.8 stays distinct from 8.8", () => {
    expect(grade(ID, 10.9)).toBe(1000);
    expect(grade(ID, 8.8, "yield")).toBe(640);
    expect(grade(ID, 9.8, "yield")).toBe(720);
    expect(grade(ID, 12.9, "minyield", 20)).toBe(1100);
    expect(grade(ID, 4.6)).toBe(400);
    expect(grade(ID, "１０．９")).toBe(1000);
    expect(grade(ID, " 8.8级 ")).toBe(800);
    expect(grade(ID, 9.8, "mintensile", 20)).toBe("#N/A");
    expect(grade(ID, 8.8, "mintensile", 20)).toBe(830);
  });

  test("an S suffix has the plain class's values", () => {
    expect(grade(ID, "8.8S")).toBe(800);
    expect(grade(ID, "10.9S", "minyield")).toBe(940);
    expect(grade(ID, "10.9 s", "highstrength")).toBe(true);
    expect(expectExplainStartsWithLabel(ID, "10.9S").zh).toContain("GB/T 1231");
  });

  test("3.6 comes from the 1999 edition and EXPLAIN says so", () => {
    const e = expectExplainStartsWithLabel(ID, "3.6", "mintensile");
    expect(e.zh).toContain("1999");
    expect(e.zh).toContain("ISO 898-1:1999");
  });
});

describe("BOLTSTRENGTH, ISO 3506-1 stainless", () => {
  test.each([
    ["A2-50", 500, 210],
    ["A2-70", 700, 450],
    ["A2-80", 800, 600],
    ["A4-70", 700, 450],
    ["A4-80", 800, 600],
    ["A1-50", 500, 210],
    ["A5-80", 800, 600],
  ])("%s: Rm,min %p, Rp0.2,min %p", (cls, rm, rp) => {
    expect(grade(ID, cls)).toBe(rm);
    expect(grade(ID, cls, "mintensile")).toBe(rm);
    expect(grade(ID, cls, "屈服强度")).toBe(rp);
    expect(grade(ID, cls, "最小屈服强度")).toBe(rp);
    expect(grade(ID, cls, "highstrength")).toBe(false);
    expect(grade(ID, cls, "ratio")).toBe("#N/A");
  });

  test("spellings", () => {
    expect(grade(ID, "a2-70")).toBe(700);
    expect(grade(ID, "A4 80")).toBe(800);
    expect(grade(ID, "A270")).toBe(700);
  });
});

describe("BOLTSTRENGTH inputs", () => {
  test("unknown classes, properties and diameters are #VALUE!", () => {
    expect(grade(ID, "7.7")).toBe("#VALUE!");
    expect(grade(ID, 8)).toBe("#VALUE!");
    expect(grade(ID, "A6-70")).toBe("#VALUE!");
    expect(grade(ID, "A2-100")).toBe("#VALUE!");
    expect(grade(ID, true)).toBe("#VALUE!");
    expect(failureMessage(ID, "7.7")).toContain("12.9");
    expect(grade(ID, "8.8", "hardness")).toBe("#VALUE!");
    expect(grade(ID, "8.8", "mintensile", 0)).toBe("#VALUE!");
    expect(grade(ID, "8.8", "mintensile", -12)).toBe("#VALUE!");
  });

  test("diameters as M16, 16mm or a number", () => {
    expect(grade(ID, "8.8", "mintensile", "M20")).toBe(830);
    expect(grade(ID, "8.8", "mintensile", "20mm")).toBe(830);
    expect(grade(ID, "8.8", "mintensile", "m16")).toBe(800);
  });

  test("blank rows are empty: property and diameter do not count", () => {
    expect(grade(ID, "", "yield", 20)).toBe("");
  });

  test("lifts over classes and diameters; the property is not lifted", () => {
    expect(gradeMatrix(ID, [["8.8"], [10.9], ["x"]], "mintensile", [[20], [20], [20]])).toEqual([
      [830],
      [1040],
      ["#VALUE!"],
    ]);
  });

  test("EXPLAIN starts with the value for each property", () => {
    expect(expectExplainStartsWithLabel(ID, "8.8").zh).toContain("100×8 = 800 MPa");
    expect(expectExplainStartsWithLabel(ID, "8.8", "yield").zh).toContain("10×8×8 = 640 MPa");
    expectExplainStartsWithLabel(ID, "10.9", "ratio");
    expect(expectExplainStartsWithLabel(ID, "4.8", "minyield").zh).toContain("Rpf");
    expectExplainStartsWithLabel(ID, "12.9", "highstrength");
    expectExplainStartsWithLabel(ID, "A2-70", "yield");
  });
});
