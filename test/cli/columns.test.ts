import { headerName, unitScale } from "../../src/grading/columns";
import {
  mapSources,
  MappingError,
  rowInputs,
  sameHeader,
  scaleCell,
} from "../../src/cli/column-sources";
import { fn } from "../helpers";

const incident = fn("INCIDENTLEVEL");

describe("header comparison", () => {
  it("ignores case, width, spaces and a trailing unit in brackets", () => {
    expect(headerName(" Direct  Loss ")).toBe("directloss");
    expect(headerName("死亡人数（人）")).toBe("死亡人数");
    expect(headerName("ＤＥＡＴＨＳ")).toBe("deaths");
    expect(headerName("直接经济损失【万元】")).toBe("直接经济损失");
    expect(sameHeader("单位 ", "单位")).toBe(true);
  });

  it("reads the unit a header names", () => {
    expect(unitScale("直接经济损失(万元)")).toBe(1e4);
    expect(unitScale("直接经济损失（亿元）")).toBe(1e8);
    expect(unitScale("直接经济损失")).toBe(1);
  });
});

describe("mapSources", () => {
  it("maps Chinese and English headers to parameters", () => {
    const m = mapSources(incident, ["编号", "Deaths", "重伤 人数", "直接经济损失(万元)"]);
    expect(m.sources.map((s) => (s.kind === "column" ? s.index : s.kind))).toEqual([1, 2, 3]);
    const loss = m.sources[2];
    expect(loss.kind === "column" && loss.scale).toBe(10000);
  });

  it("scales only money parameters", () => {
    const m = mapSources(incident, ["死亡人数(人)", "重伤人数(人)", "直接经济损失(元)"]);
    expect(m.sources.map((s) => (s.kind === "column" ? s.scale : 0))).toEqual([1, 1, 1]);
  });

  it("takes --map and --set before matching headers", () => {
    const m = mapSources(incident, ["死亡", "hurt", "loss"], {
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
      mapSources(incident, ["单位", "死亡人数"]);
    } catch (e) {
      expect(e).toBeInstanceOf(MappingError);
      expect((e as MappingError).text.zh).toContain("seriousInjuries（重伤）");
      expect((e as MappingError).text.zh).toContain("单位、死亡人数");
    }
  });

  it("refuses an unknown parameter or column", () => {
    expect(() => mapSources(incident, ["a"], { map: { injuries: "a" } })).toThrow(MappingError);
    expect(() => mapSources(incident, ["a"], { map: { deaths: "b" } })).toThrow(/No column "b"/);
  });

  it("refuses to guess among headers that each contain a parameter's name", () => {
    // The NBS fire table: five loss columns, none of them the total.
    const headers = [
      "地区",
      "死亡人数",
      "受伤人数",
      "一般火灾直接经济损失",
      "较大火灾直接经济损失",
    ];
    const request = { set: { seriousInjuries: 0 } };
    expect.assertions(4);
    try {
      mapSources(incident, headers, request);
    } catch (e) {
      expect((e as MappingError).text.zh).toContain(
        "directLoss（直接经济损失）可以对应多列：一般火灾直接经济损失、较大火灾直接经济损失"
      );
      expect((e as MappingError).text.zh).toContain("--map directLoss=列名");
    }
    // Named with --map, with the unit the header does not say.
    const m = mapSources(incident, headers, {
      ...request,
      map: { directLoss: "较大火灾直接经济损失（万元）" },
    });
    expect(m.sources[2]).toMatchObject({ kind: "column", index: 4, scale: 1e4, how: "map" });
    // One header containing the name is no choice to make.
    const one = mapSources(incident, ["本次事故死亡人数", "重伤", "损失"]);
    expect(one.sources[0]).toMatchObject({ kind: "column", index: 0 });
  });

  it("takes a unit from --map only where the header names none, and refuses one that is no money unit or contradicts it", () => {
    const map = (header: string, mapped: string) =>
      mapSources(incident, ["死亡", "重伤", header], { map: { directLoss: mapped } }).sources[2];
    expect(map("损失", "损失(万元)")).toMatchObject({ scale: 1e4 });
    expect(map("损失(万元)", "损失")).toMatchObject({ scale: 1e4 });
    expect(map("损失(万元)", "损失（万元）")).toMatchObject({ scale: 1e4 });
    expect(map("损失(合计)", "损失(合计)")).toMatchObject({ scale: 1 });
    expect(() => map("损失(元)", "损失(万元)")).toThrow(/differs from the one header "损失\(元\)"/);
    expect(() => map("损失(万元)", "损失(亿元)")).toThrow(MappingError);
    expect(() => map("损失", "损失(美元)")).toThrow(
      /"美元" in --map "损失\(美元\)" is not a money unit/
    );
    // A count's column may say 人 in --map; units matter for money only.
    const deaths = mapSources(incident, ["死亡", "重伤", "损失"], { map: { deaths: "死亡(人)" } });
    expect(deaths.sources[0]).toMatchObject({ kind: "column", index: 0, scale: 1 });
  });

  it("leaves optional parameters absent", () => {
    const m = mapSources(fn("CUSTOMERTIER"), ["需求", "预计成交时间"]);
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

describe("snake_case headers", () => {
  it("keep their whole name: Ahead_AADT is not Ahead_pk_h", () => {
    const highway = fn("HIGHWAYCLASS");
    const headers = ["Back_AADT", "Ahead_pk_h", "Ahead_pk_m", "Ahead_AADT"];
    const m = mapSources(highway, headers, { map: { aadt: "Ahead_AADT" }, set: { lanes: 2 } });
    expect(m.sources[0]).toMatchObject({ kind: "column", index: 3, header: "Ahead_AADT" });
    expect(sameHeader("Ahead_AADT", "Ahead_pk_h")).toBe(false);
    expect(unitScale("损失/万元")).toBe(1e4);
    expect(headerName("死亡_人")).toBe("死亡");
  });
});
