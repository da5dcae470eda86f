import { catalogue } from "../../src/grading";
import { standardsTable } from "../../src/grading/standards-table";
import { GradingFunction } from "../../src/grading/types";
import { customFunctionsById } from "../../src/functions/registry";

describe("STANDARDS", () => {
  test("a header row, then one row per edition of every catalogue function", () => {
    const table = standardsTable("zh");
    expect(table[0]).toEqual(["函数", "名称", "版本", "出处及条款", "等级（按顺序）"]);
    const editions = catalogue.reduce((n, f) => n + f.editions.length, 0);
    expect(table).toHaveLength(1 + editions);
    expect(table.every((row) => row.length === 5)).toBe(true);
    expect(new Set(table.slice(1).map((row) => row[0]))).toEqual(
      new Set(catalogue.map((f) => f.id))
    );
  });

  test("rows read the declarations: name, edition, source + clause, labels joined with /", () => {
    const table = standardsTable("zh");
    expect(table).toContainEqual([
      "HIGHWAYCLASS",
      "公路等级",
      "JTJ 001-97",
      "《公路工程技术标准》JTJ 001-97 公路分级（交通量按源文件所引）",
      "高速公路 / 一级公路 / 二级公路 / 三级公路 / 四级公路",
    ]);
    const bolt = table.filter((row) => row[0] === "BOLTSTRENGTH").map((row) => row[2]);
    expect(bolt).toEqual(["ISO 898-1:2013", "ISO 898-1:1999", "ISO 3506-1"]);
    expect(table.find((row) => row[0] === "RETAILSCALE")?.[4]).toBe("1 / 2 / 3");
  });

  test("is built over whatever the catalogue holds, including functions added later", () => {
    const extra: GradingFunction = {
      ...catalogue[0],
      id: "NEWONE",
      name: { zh: "新函数", en: "NEWONE" },
      editions: [{ ...catalogue[0].editions[0], id: "第1版", labels: ["甲", "乙"] }],
    };
    const table = standardsTable("en", [extra]);
    expect(table[0][0]).toBe("function");
    expect(table[1]).toEqual([
      "NEWONE",
      "新函数",
      "第1版",
      `${extra.editions[0].source.en}, ${extra.editions[0].clause.en}`,
      "甲 / 乙",
    ]);
  });

  test("the custom function spills the same table", () => {
    expect(customFunctionsById.STANDARDS()).toEqual(standardsTable("zh"));
  });

  test("every catalogue function is registered as a custom function", () => {
    for (const f of catalogue) expect(typeof customFunctionsById[f.id]).toBe("function");
  });
});
