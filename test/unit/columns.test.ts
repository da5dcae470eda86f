import { mapColumns, normaliseHeader, remapColumn, unitScale } from "../../src/grading/columns";
import { param } from "../../src/grading/params";
import { fn } from "../helpers";

const T = { zh: "", en: "" };

const incident = fn("INCIDENTLEVEL");
const tier = fn("CUSTOMERTIER");

function columnsOf(headers: string[], id = "INCIDENTLEVEL"): Record<string, number | null> {
  const mapping = mapColumns(headers, fn(id));
  return Object.fromEntries(mapping.columns.map((c) => [c.param.name, c.column]));
}

describe("unitScale", () => {
  test.each([
    ["直接经济损失（万元）", 1e4],
    ["直接经济损失(万元)", 1e4],
    ["损失/万元", 1e4],
    ["损失_万元", 1e4],
    ["损失 (单位：万元)", 1e4],
    ["直接经济损失万元", 1e4],
    ["损失（亿元）", 1e8],
    ["损失(千元)", 1e3],
    ["直接经济损失(千万元)", 1e7],
    ["直接经济损失百万元", 1e6],
    ["直接经济损失千万元", 1e7],
    ["直接经济损失（含保险）（万元）", 1e4],
    ["直接经济损失(合计)(万元)", 1e4],
    ["直接经济损失(元)", 1],
    ["direct loss (10k yuan)", 1e4],
    ["Direct loss (yuan)", 1],
    ["直接经济损失", 1],
    ["死亡人数（人）", 1],
    ["", 1],
  ])("%s → %d", (header, scale) => {
    expect(unitScale(header)).toBe(scale);
  });
});

describe("normaliseHeader", () => {
  test("folds width, brackets, case and spaces", () => {
    expect(normaliseHeader(" Deaths （人） ")).toBe("deaths(人)");
    expect(normaliseHeader("ＤＥＡＴＨＳ")).toBe("deaths");
  });
});

describe("mapColumns", () => {
  test("Chinese headers in any order, with units", () => {
    const headers = ["编号", "直接经济损失（万元）", "重伤人数", "死亡人数", "备注"];
    const mapping = mapColumns(headers, incident);
    expect(columnsOf(headers)).toEqual({ deaths: 3, seriousInjuries: 2, directLoss: 1 });
    expect(mapping.columns.find((c) => c.param.name === "directLoss")?.scale).toBe(1e4);
    expect(mapping.columns.find((c) => c.param.name === "deaths")?.scale).toBe(1);
    expect(mapping.missing).toEqual([]);
  });

  test("English headers, any case", () => {
    expect(columnsOf(["Deaths", "Serious injuries", "Direct loss"])).toEqual({
      deaths: 0,
      seriousInjuries: 1,
      directLoss: 2,
    });
  });

  test("a header that contains a declared name is matched last", () => {
    expect(columnsOf(["本次事故死亡人数", "重伤", "直接经济损失(元)"])).toEqual({
      deaths: 0,
      seriousInjuries: 1,
      directLoss: 2,
    });
  });

  test("headers that contain a name equally well leave the choice to the user", () => {
    const headers = ["死亡人数", "重伤人数", "一般火灾直接经济损失", "较大火灾直接经济损失"];
    const mapping = mapColumns(headers, incident);
    expect(mapping.columns[2].column).toBeNull();
    expect(mapping.missing.map((p) => p.name)).toEqual(["directLoss"]);
    expect(mapping.ambiguous.map((a) => [a.param.name, a.columns])).toEqual([
      ["directLoss", [2, 3]],
    ]);
    const chosen = remapColumn(mapping, headers, "directLoss", 3);
    expect(chosen.ambiguous).toEqual([]);
    expect(chosen.missing).toEqual([]);
    // A longer name contained decides: 重伤人数 is no tie with 重伤.
    expect(mapColumns(["死亡", "重伤人数合计", "重伤", "损失"], incident).ambiguous).toEqual([]);
  });

  test("headers alike but for what follows in brackets or after _ are a choice too", () => {
    for (const pair of [
      ["直接经济损失(一般火灾)", "直接经济损失(较大火灾)"],
      ["直接经济损失_一般", "直接经济损失_较大"],
      ["Direct loss (on site)", "Direct loss (later)"],
    ]) {
      const mapping = mapColumns(["死亡人数", "重伤人数", ...pair], incident);
      expect(mapping.ambiguous.map((a) => [a.param.name, a.columns])).toEqual([
        ["directLoss", [2, 3]],
      ]);
    }
    // One exact header among them is no choice to make.
    expect(mapColumns(["死亡", "重伤", "损失(元)", "损失"], incident).columns[2].column).toBe(3);
  });

  test("an exact header wins over one that only contains the name", () => {
    expect(columnsOf(["死亡人数合计", "死亡人数", "重伤人数", "损失"]).deaths).toBe(1);
  });

  test("each column feeds one parameter", () => {
    const mapping = mapColumns(["死亡", "其他"], incident);
    const used = mapping.columns.map((c) => c.column).filter((c) => c !== null);
    expect(used).toEqual([0]);
    expect(mapping.missing.map((p) => p.name)).toEqual(["seriousInjuries", "directLoss"]);
  });

  test("optional parameters are mapped when present and never missing", () => {
    const mapping = mapColumns(["需求", "预计成交日期", "报告日期"], tier);
    expect(Object.fromEntries(mapping.columns.map((c) => [c.param.name, c.column]))).toEqual({
      need: 0,
      expectedClose: 1,
      asOf: 2,
    });
    const without = mapColumns(["需求", "预计成交日期"], tier);
    expect(without.missing).toEqual([]);
    expect(without.columns.find((c) => c.param.name === "asOf")?.column).toBeNull();
  });

  test("blank and non-text headers are skipped", () => {
    const headers = ["", "死亡人数", 7 as unknown as string, "重伤人数", "损失"];
    expect(columnsOf(headers)).toEqual({ deaths: 1, seriousInjuries: 3, directLoss: 4 });
  });

  test("scale applies to money parameters only", () => {
    const mapping = mapColumns(["死亡人数（万）", "重伤人数", "损失"], incident);
    expect(mapping.columns.every((c) => c.scale === 1)).toBe(true);
  });
});

describe("populations", () => {
  // Shaped like RETAILSCALE: volume, volumes (whole column), [formats], [format].
  const volume = param("volume", "amount", { zh: "销量", en: "volume" }, T, { headers: ["销量"] });
  const volumes = param("volumes", "population", { zh: "全部销量", en: "volumes" }, T, {
    lifted: false,
  });
  const formats = param("formats", "population", { zh: "全部业态", en: "formats" }, T, {
    optional: true,
    lifted: false,
  });
  const format = param("format", "text", { zh: "业态", en: "format" }, T, {
    optional: true,
    headers: ["业态"],
  });
  const ranked = { ...incident, params: [volume, volumes, formats, format] };

  test("a population with no header of its own shares its row parameter's column", () => {
    const mapping = mapColumns(["户号", "业态", "销量"], ranked);
    expect(mapping.columns.map((c) => [c.param.name, c.column])).toEqual([
      ["volume", 2],
      ["volumes", 2],
      ["formats", 1],
      ["format", 1],
    ]);
    expect(mapping.missing).toEqual([]);
  });

  test("without the row parameter's column the population is missing too", () => {
    const mapping = mapColumns(["户号", "业态"], ranked);
    expect(mapping.missing.map((p) => p.name)).toEqual(["volume", "volumes"]);
  });
});

describe("remapColumn", () => {
  test("points one parameter elsewhere and recomputes its scale and what is missing", () => {
    const headers = ["死亡人数", "重伤人数", "损失（元）", "损失（万元）"];
    const first = mapColumns(headers, incident);
    // Two loss columns alike but for their unit: the user chooses.
    expect(first.columns[2].column).toBeNull();
    expect(first.ambiguous.map((a) => a.columns)).toEqual([[2, 3]]);
    const moved = remapColumn(first, headers, "directLoss", 3);
    expect(moved.columns[2]).toMatchObject({ column: 3, scale: 1e4 });
    const cleared = remapColumn(moved, headers, "deaths", null);
    expect(cleared.missing.map((p) => p.name)).toEqual(["deaths"]);
  });
});
