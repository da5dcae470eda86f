import { COMPLAINT_KEYWORDS } from "../../src/grading/standards/keywords/complaint-keywords";
import { expectExplainStartsWithLabel } from "../explain-check";
import { failureMessage, grade, gradeMatrix } from "../helpers";

const ID = "COMPLAINTCATEGORY";

/**
 * The lists of 客诉程度判定标准预案 section 二, copied from the source document as it words
 * them; every item must be a row of the keyword table, and nothing else may be.
 */
const SOURCE_LISTS: readonly [string, string, string][] = [
  [
    "一般程度客诉",
    "一般程度客诉·脚踏类",
    "反光片上错、吊卡用错、送货地点错误、唛头写错、纸箱皮损、反光片破裂和脱落、漏打后盖、小数量同脚、芯轴牙纹不良、短装、箱号漏编等",
  ],
  [
    "一般程度客诉",
    "一般程度客诉·碗件中轴类",
    "短装、小数量混装、唛头用错、字母刻错、纸箱破损、牙纹不良、发黑不良、电镀脱皮、同心度偏差等",
  ],
  [
    "批量程度客诉",
    "批量程度客诉",
    "少放配件,30%比例以上不良、反光片批次性用错、整批次的唛头错误导致无法正常入库上线、色差、配件混料、牙纹斜压不能使用、中轴落差批次性不良、碗件压配使用脱落等",
  ],
  [
    "严重程度客诉",
    "严重程度客诉·脚踏类",
    "本体破裂、芯轴断裂、钢珠不下卡死、未铆压导致芯轴和本体脱落、拉松脱等",
  ],
  [
    "严重程度客诉",
    "严重程度客诉·中轴碗件类",
    "无牙纹、组高偏高或偏低、总长不够、零件破裂、硬度不够导致安装破裂、轴承数量性的散落或破裂等",
  ],
  ["严重程度客诉", "严重程度客诉·其他", "重复性问题在当月发生3次以上等"],
];

const sourceItems = SOURCE_LISTS.flatMap(([level, list, text]) =>
  text
    .replace(/等$/, "")
    .split(/[、,]/)
    .map((source) => ({ level, list, source }))
);

describe("COMPLAINTCATEGORY keyword table", () => {
  test.each(sourceItems)(
    "source item $list “$source” is in the table",
    ({ level, list, source }) => {
      const row = COMPLAINT_KEYWORDS.find((r) => r.source === source && r.list === list);
      expect(row).toBeDefined();
      expect(row?.level).toBe(level);
      expect(row!.phrases.length > 0 || row!.gradedBy === "COMPLAINTLEVEL").toBe(true);
    }
  );

  test("the table holds the source's items and nothing else", () => {
    expect(COMPLAINT_KEYWORDS).toHaveLength(sourceItems.length);
  });

  test("every phrase, written alone, is graded at its item's level", () => {
    for (const row of COMPLAINT_KEYWORDS) {
      for (const phrase of row.phrases)
        expect([phrase, grade(ID, phrase)]).toEqual([phrase, row.level]);
    }
  });

  test("rule items have no phrases and name COMPLAINTLEVEL", () => {
    const rules = COMPLAINT_KEYWORDS.filter((r) => r.gradedBy);
    expect(rules.map((r) => r.source)).toEqual(["重复性问题在当月发生3次以上", "30%比例以上不良"]);
    expect(rules.every((r) => r.phrases.length === 0)).toBe(true);
  });
});

describe("COMPLAINTCATEGORY (客诉程度判定标准预案 二)", () => {
  test.each([
    ["芯轴断裂", "严重程度客诉"],
    ["客户反馈本体破裂，要求赔偿", "严重程度客诉"],
    ["色差", "批量程度客诉"],
    ["配件混料", "批量程度客诉"],
    ["唛头写错", "一般程度客诉"],
    ["纸箱破损", "一般程度客诉"],
    // the item as the source words it
    ["未铆压导致芯轴和本体脱落", "严重程度客诉"],
    ["整批次的唛头错误导致无法正常入库上线", "批量程度客诉"],
  ])("%s → %s", (text, expected) => {
    expect(grade(ID, text)).toBe(expected);
  });

  test("the most severe item named wins", () => {
    expect(grade(ID, "纸箱破损，另有色差")).toBe("批量程度客诉");
    expect(grade(ID, "纸箱破损、色差、芯轴断裂")).toBe("严重程度客诉");
  });

  test("a phrase inside a longer matched one does not count", () => {
    // 芯轴牙纹不良 (一般) contains 牙纹不良 (一般): one item, not two
    expect(grade(ID, "芯轴牙纹不良")).toBe("一般程度客诉");
    // 反光片批次性用错 (批量) is not outranked or doubled by shorter 一般 phrases
    expect(grade(ID, "反光片批次性用错")).toBe("批量程度客诉");
  });

  test("negations cancel a phrase unless the negated phrase is itself a keyword", () => {
    expect(grade(ID, "无牙纹")).toBe("严重程度客诉");
    expect(grade(ID, "没有牙纹")).toBe("严重程度客诉");
    expect(grade(ID, "无色差")).toBe("#N/A");
    expect(grade(ID, "未发现芯轴断裂")).toBe("#N/A");
    expect(grade(ID, "不存在本体破裂问题")).toBe("#N/A");
    expect(grade(ID, "无色差，纸箱破损")).toBe("一般程度客诉");
    expect(grade(ID, "没有芯轴断裂；色差")).toBe("批量程度客诉");
    // 无法 is not a negation
    expect(grade(ID, "色差无法接受")).toBe("批量程度客诉");
    expect(grade(ID, "无法上线，色差")).toBe("批量程度客诉");
  });

  test("nothing named is #N/A with a message; rules point to COMPLAINTLEVEL", () => {
    expect(grade(ID, "客户不满意")).toBe("#N/A");
    expect(failureMessage(ID, "30%以上不良")).toContain("COMPLAINTLEVEL");
    expect(failureMessage(ID, "没有色差")).toContain("“色差”");
  });

  test("surrounding spaces, blank rows and ranges", () => {
    expect(grade(ID, "  色差 ")).toBe("批量程度客诉");
    expect(grade(ID, "")).toBe("");
    expect(gradeMatrix(ID, [["芯轴断裂"], [""], ["色差"]])).toEqual([
      ["严重程度客诉"],
      [""],
      ["批量程度客诉"],
    ]);
  });

  test("EXPLAIN starts with the label and names the item and the notes", () => {
    const e = expectExplainStartsWithLabel(ID, "纸箱破损，芯轴断裂，无色差");
    expect(e.zh).toContain("“芯轴断裂”属于严重程度客诉“芯轴断裂”");
    expect(e.zh).toContain("另有“纸箱破损”（一般程度客诉）");
    expect(e.zh).toContain("“色差”前有否定词“无”，不计");
    expectExplainStartsWithLabel(ID, "色差");
    expectExplainStartsWithLabel(ID, "唛头写错");
  });
});
