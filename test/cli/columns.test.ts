import {
  headerUnit,
  mapColumns,
  MappingError,
  normaliseHeader,
  rowInputs,
  scaleCell,
} from "../../src/grading/columns";
import { fn } from "../helpers";

const incident = fn("INCIDENTLEVEL");

describe("header comparison", () => {
  it("ignores case, width, spaces and a trailing unit in brackets", () => {
    expect(normaliseHeader(" Direct  Loss ")).toBe("directloss");
    expect(normaliseHeader("死亡人数（人）")).toBe("死亡人数");
    expect(normaliseHeader("ＤＥＡＴＨＳ")).toBe("deaths");
    expect(normaliseHeader("直接经济损失【万元】")).toBe("直接经济损失");
  });

  it("reads the unit a header names", () => {
    expect(headerUnit("直接经济损失(万元)")).toBe("万元");
    expect(headerUnit("直接经济损失（亿元）")).toBe("亿元");
    expect(headerUnit("直接经济损失")).toBe("");
  });
});

describe("mapColumns", () => {
  it("maps Chinese and English headers to parameters", () => {
    const m = mapColumns(incident, ["编号", "Deaths", "重伤 人数", "直接经济损失(万元)"]);
    expect(m.sources.map((s) => (s.kind === "column" ? s.index : s.kind))).toEqual([1, 2, 3]);
    const loss = m.sources[2];
    expect(loss.kind === "column" && loss.scale).toBe(10000);
  });

  it("scales only money parameters", () => {
    const m = mapColumns(incident, ["死亡人数(人)", "重伤人数(人)", "直接经济损失(元)"]);
    expect(m.sources.map((s) => (s.kind === "column" ? s.scale : 0))).toEqual([1, 1, 1]);
  });

  it("takes --map and --set before matching headers", () => {
    const m = mapColumns(incident, ["死亡", "hurt", "loss"], {
      map: { seriousInjuries: "HURT" },
      set: { directLoss: 0 },
    });
    expect(m.sources[1]).toMatchObject({ kind: "column", index: 1, how: "map" });
    expect(m.sources[2]).toEqual({ kind: "constant", value: 0 });
    expect(rowInputs(m, [3, 12, "ignored"])).toEqual([3, 12, 0]);
  });

  it("names the missing parameters and the headers found", () => {
    expect.assertions(3);
    try {
      mapColumns(incident, ["单位", "死亡人数"]);
    } catch (e) {
      expect(e).toBeInstanceOf(MappingError);
      expect((e as MappingError).text.zh).toContain("seriousInjuries（重伤）");
      expect((e as MappingError).text.zh).toContain("单位、死亡人数");
    }
  });

  it("refuses an unknown parameter or column", () => {
    expect(() => mapColumns(incident, ["a"], { map: { injuries: "a" } })).toThrow(MappingError);
    expect(() => mapColumns(incident, ["a"], { map: { deaths: "b" } })).toThrow(/No column "b"/);
  });

  it("leaves optional parameters absent", () => {
    const m = mapColumns(fn("CUSTOMERTIER"), ["需求", "预计成交时间"]);
    expect(m.sources[2]).toEqual({ kind: "absent" });
  });
});

describe("scaleCell", () => {
  it("multiplies plain numbers and number-only text, keeps text with its own unit", () => {
    expect(scaleCell(1.5, 1e4)).toBe(15000);
    expect(scaleCell("1,200", 1e4)).toBe(12000000);
    expect(scaleCell("0.8亿元", 1e4)).toBe("0.8亿元");
    expect(scaleCell(null, 1e4)).toBeNull();
    expect(scaleCell("", 1e4)).toBe("");
    expect(scaleCell(0.1 + 0.2, 10)).toBe(3);
  });
});
