import { GAS_KEYWORDS } from "../../src/grading/standards/keywords/gas-keywords";
import { expectExplainStartsWithLabel } from "../explain-check";
import { failureMessage, grade, gradeMatrix } from "../helpers";

const ID = "GASHAZARD";

/** The items of the source's 一级 / 二级 / 三级隐患 lists, headed as the document heads them. */
const SOURCE_ITEMS: Record<string, readonly string[]> = {
  一级隐患: [
    "漏气",
    "违反国家规范明令禁止条款的户内燃气设施",
    "直排式热水器",
    "热水器无烟道及烟道安装不规范",
    "胶管破损、老化、中间有接口、无安装管夹",
    "管道、燃气表严重锈蚀严重锈蚀",
    "用户盗气",
  ],
  二级隐患: [
    "阀门内漏、无手柄或使用旋塞阀",
    "私接/私改",
    "阀门启闭不灵",
    "使用非燃气专用软管、超长胶管、胶管超期、穿墙/楼板/顶棚/门/窗/台面/柜",
    "热水器烟道安装在可能被封闭阳台",
    "燃气设施设于密闭空间",
    "燃气表损坏或计量不准",
    "燃气管道(引入管和立管除外)安装在不应穿越的地方时没有符合安全条件(如没有管槽、有接口等)",
    "油麻丝等连接填充的立管活接",
  ],
  三级隐患: ["管道一般锈蚀", "燃气表严重锈蚀", "管道无管卡或管道不牢固"],
};

describe("GASHAZARD keyword table", () => {
  const items = Object.entries(SOURCE_ITEMS).flatMap(([level, list]) =>
    list.map((source) => ({ level, source }))
  );

  test.each(items)("$level item “$source” is in the table with phrases", ({ level, source }) => {
    const row = GAS_KEYWORDS.find((r) => r.source === source && r.level === level);
    expect(row).toBeDefined();
    expect(row!.phrases.length).toBeGreaterThan(0);
  });

  test("the table holds the source's items and nothing else", () => {
    expect(GAS_KEYWORDS).toHaveLength(items.length);
  });

  test("every phrase alone is graded at its item's level (燃气表严重锈蚀 at 一级)", () => {
    for (const row of GAS_KEYWORDS) {
      const expected = row.source === "燃气表严重锈蚀" ? "一级隐患" : row.level;
      for (const phrase of row.phrases)
        expect([phrase, grade(ID, phrase)]).toEqual([phrase, expected]);
    }
  });

  test("an item naming several faults has a phrase for each", () => {
    const hose = GAS_KEYWORDS.find((r) => r.source.startsWith("胶管破损"))!;
    expect(hose.phrases).toEqual(
      expect.arrayContaining(["胶管破损", "胶管老化", "胶管中间有接口", "无安装管夹"])
    );
    const meter = GAS_KEYWORDS.find((r) => r.source === "燃气表损坏或计量不准")!;
    expect(meter.phrases).toEqual(expect.arrayContaining(["燃气表损坏", "燃气表计量不准"]));
  });
});

describe("GASHAZARD (燃气隐患等级划分标准)", () => {
  test.each([
    ["管道一般锈蚀", "三级隐患"],
    ["使用直排式热水器", "一级隐患"],
    ["阀门内漏", "二级隐患"],
    ["燃气表计量不准", "二级隐患"],
    ["厨房胶管老化", "一级隐患"],
    ["用户私接软管", "二级隐患"],
    ["立管无管卡", "三级隐患"],
    ["燃气管道穿越卧室", "二级隐患"],
    ["热水器没有防倒风装置", "一级隐患"],
    ["用户盗气", "一级隐患"],
  ])("%s → %s", (text, expected) => {
    expect(grade(ID, text)).toBe(expected);
  });

  test("燃气表严重锈蚀, listed under 一级 and 三级, is 一级", () => {
    expect(grade(ID, "燃气表严重锈蚀")).toBe("一级隐患");
    const e = expectExplainStartsWithLabel(ID, "燃气表严重锈蚀");
    expect(e.zh).toContain("同时列于三级隐患");
  });

  test("negations: 没有发现漏气 is no hazard; a negated keyword of its own still counts", () => {
    expect(grade(ID, "没有发现漏气")).toBe("#N/A");
    expect(grade(ID, "未发现漏气")).toBe("#N/A");
    expect(grade(ID, "无漏气，胶管老化")).toBe("一级隐患");
    expect(grade(ID, "无漏气、阀门内漏")).toBe("二级隐患");
    expect(grade(ID, "无管卡")).toBe("三级隐患");
    expect(grade(ID, "阀门无手柄")).toBe("二级隐患");
    // the 无 inside 无手柄 does not cancel what follows it in the clause
    expect(grade(ID, "无手柄阀门内漏")).toBe("二级隐患");
    // 未经 is not a negation
    expect(grade(ID, "未经许可私改管道")).toBe("二级隐患");
    expect(failureMessage(ID, "没有发现漏气")).toContain("“漏气”");
  });

  test("a phrase overlapping a longer one does not count: 阀门内漏气 is 阀门内漏", () => {
    expect(grade(ID, "阀门内漏气")).toBe("二级隐患");
    expect(grade(ID, "阀门内漏，漏气")).toBe("一级隐患");
  });

  test("the most severe wins", () => {
    expect(grade(ID, "管道一般锈蚀，私接，漏气")).toBe("一级隐患");
    expect(grade(ID, "管道一般锈蚀、阀门启闭不灵")).toBe("二级隐患");
  });

  test("nothing named is #N/A; blank rows are empty; ranges lift", () => {
    expect(grade(ID, "一切正常")).toBe("#N/A");
    expect(grade(ID, "管道锈蚀")).toBe("#N/A");
    expect(grade(ID, null)).toBe("");
    expect(gradeMatrix(ID, [["漏气"], ["私改"], ["正常"]])).toEqual([
      ["一级隐患"],
      ["二级隐患"],
      ["#N/A"],
    ]);
  });

  test("EXPLAIN starts with the label and quotes the source item", () => {
    const e = expectExplainStartsWithLabel(ID, "无漏气，胶管老化");
    expect(e.zh).toContain("“胶管老化”属于一级隐患“胶管破损、老化、中间有接口、无安装管夹”");
    expect(e.zh).toContain("“漏气”前有否定词“无”");
    expectExplainStartsWithLabel(ID, "阀门内漏");
    expectExplainStartsWithLabel(ID, "管道一般锈蚀");
  });
});
