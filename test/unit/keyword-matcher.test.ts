import {
  KeywordItem,
  matchKeywords,
  mostSevere,
} from "../../src/grading/standards/keywords/matcher";

type L = "重" | "中" | "轻";
const LEVELS: L[] = ["重", "中", "轻"];
const item = (level: L, source: string, phrases: string[]): KeywordItem<L> => ({
  level,
  list: level,
  source,
  phrases,
});
const TABLE = [
  item("重", "甲乙丙", ["甲乙丙"]),
  item("重", "无丁", ["无丁"]),
  item("中", "乙丙", ["乙丙"]),
  item("轻", "丙", ["丙"]),
  item("轻", "戊", ["戊"]),
];

const best = (text: string) => mostSevere(matchKeywords(TABLE, text), LEVELS)?.item.source;
const found = (text: string) => matchKeywords(TABLE, text).found.map((o) => o.phrase);

describe("keyword matcher", () => {
  test("longer phrases first; phrases inside or overlapping a found one do not count", () => {
    expect(found("甲乙丙")).toEqual(["甲乙丙"]);
    expect(found("乙丙")).toEqual(["乙丙"]);
    expect(found("丙，乙丙")).toEqual(["丙", "乙丙"]);
  });

  test("the most severe item wins, then the first in the text", () => {
    expect(best("戊，乙丙")).toBe("乙丙");
    expect(best("戊丙")).toBe("戊");
  });

  test("negation words cancel phrases later in the same clause only", () => {
    expect(best("没有乙丙")).toBeUndefined();
    expect(best("没有乙丙，戊")).toBe("戊");
    expect(best("没有戊、乙丙")).toBe("乙丙");
    expect(best("不存在戊；丙")).toBe("丙");
    expect(best("未发现戊;丙")).toBe("丙");
    expect(best("乙丙，未戊")).toBe("乙丙");
    expect(matchKeywords(TABLE, "未见戊").negated[0]).toMatchObject({
      phrase: "戊",
      negatedBy: "未",
    });
  });

  test("a clause ends at ，。；、,; and sentence ends, not at a space, a colon or a decimal point", () => {
    expect(best("无 戊")).toBeUndefined();
    expect(best("未发现：戊")).toBeUndefined();
    expect(best("未发现: 戊")).toBeUndefined();
    expect(best("没有1.5米长的戊")).toBeUndefined();
    expect(best("没有乙。戊")).toBe("戊");
    expect(best("没有乙.戊")).toBe("戊");
    expect(best("没有乙！戊")).toBe("戊");
    expect(best("没有乙?戊")).toBe("戊");
    expect(best("没有乙\n戊")).toBe("戊");
  });

  test("a negation that is part of a phrase is the phrase's own", () => {
    expect(best("无丁")).toBe("无丁");
    expect(best("无丁戊")).toBe("无丁");
    expect(found("无丁戊")).toEqual(["无丁", "戊"]);
  });

  test("无法, 无论 and 未经 are not negations", () => {
    expect(best("无法戊")).toBe("戊");
    expect(best("无论戊")).toBe("戊");
    expect(best("未经戊")).toBe("戊");
  });

  test("full-width text and case fold", () => {
    const latin = [item("重", "ABC", ["abc"])];
    expect(matchKeywords(latin, "ＡＢＣ").found).toHaveLength(1);
  });
});
