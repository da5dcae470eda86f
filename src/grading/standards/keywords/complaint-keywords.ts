/**
 * Every item of the complaint lists in 客诉程度判定标准预案 (客服课, 2013-02-22), section
 * 二「抱怨内容具体包含内容」, beside the phrases a person writes for it in a complaint log.
 * `source` is the item exactly as the document words it; test/unit/complaint-category.test.ts
 * checks that every item of the document is here. Items that are rules rather than words
 * (30%比例以上不良, 当月发生3次以上) are kept with no phrases: COMPLAINTLEVEL grades them.
 */
import { KeywordItem } from "./matcher";

export type ComplaintLevel = "严重程度客诉" | "批量程度客诉" | "一般程度客诉";

export const COMPLAINT_LEVELS: readonly ComplaintLevel[] = [
  "严重程度客诉",
  "批量程度客诉",
  "一般程度客诉",
];

type Row = [source: string, phrases: string[]];

function list(level: ComplaintLevel, name: string, rows: Row[]): KeywordItem<ComplaintLevel>[] {
  return rows.map(([source, phrases]) => ({ level, list: name, source, phrases }));
}

export const COMPLAINT_KEYWORDS: readonly KeywordItem<ComplaintLevel>[] = [
  ...list("严重程度客诉", "严重程度客诉·脚踏类", [
    ["本体破裂", ["本体破裂", "本体开裂"]],
    ["芯轴断裂", ["芯轴断裂", "芯轴断了"]],
    ["钢珠不下卡死", ["钢珠不下卡死", "钢珠卡死", "钢珠不下"]],
    [
      "未铆压导致芯轴和本体脱落",
      ["未铆压", "漏铆压", "没有铆压", "芯轴和本体脱落", "芯轴与本体脱落", "芯轴脱落"],
    ],
    ["拉松脱", ["拉松脱"]],
  ]),
  ...list("严重程度客诉", "严重程度客诉·中轴碗件类", [
    ["无牙纹", ["无牙纹", "没有牙纹"]],
    ["组高偏高或偏低", ["组高偏高", "组高偏低"]],
    ["总长不够", ["总长不够", "总长偏短"]],
    ["零件破裂", ["零件破裂"]],
    ["硬度不够导致安装破裂", ["硬度不够", "硬度不足", "安装破裂"]],
    ["轴承数量性的散落或破裂", ["轴承散落", "轴承破裂"]],
  ]),
  {
    level: "严重程度客诉",
    list: "严重程度客诉·其他",
    source: "重复性问题在当月发生3次以上",
    phrases: [],
    gradedBy: "COMPLAINTLEVEL",
  },
  ...list("批量程度客诉", "批量程度客诉", [
    ["少放配件", ["少放配件", "配件少放", "漏放配件"]],
    ["反光片批次性用错", ["反光片批次性用错", "反光片批量用错", "反光片整批用错"]],
    [
      "整批次的唛头错误导致无法正常入库上线",
      ["整批唛头错误", "整批次唛头错误", "整批次的唛头错误"],
    ],
    ["色差", ["色差"]],
    ["配件混料", ["配件混料", "混料"]],
    ["牙纹斜压不能使用", ["牙纹斜压"]],
    ["中轴落差批次性不良", ["中轴落差批次性不良", "中轴落差不良", "中轴落差"]],
    ["碗件压配使用脱落", ["碗件压配使用脱落", "碗件压配脱落", "压配脱落"]],
  ]),
  {
    level: "批量程度客诉",
    list: "批量程度客诉",
    source: "30%比例以上不良",
    phrases: [],
    gradedBy: "COMPLAINTLEVEL",
  },
  ...list("一般程度客诉", "一般程度客诉·脚踏类", [
    ["反光片上错", ["反光片上错", "反光片装错"]],
    ["吊卡用错", ["吊卡用错", "吊卡错误"]],
    ["送货地点错误", ["送货地点错误", "送货地址错误", "送错地点"]],
    ["唛头写错", ["唛头写错"]],
    ["纸箱皮损", ["纸箱皮损"]],
    ["反光片破裂和脱落", ["反光片破裂", "反光片脱落"]],
    ["漏打后盖", ["漏打后盖"]],
    ["小数量同脚", ["小数量同脚", "同脚"]],
    ["芯轴牙纹不良", ["芯轴牙纹不良"]],
    ["短装", ["短装"]],
    ["箱号漏编", ["箱号漏编", "漏编箱号"]],
  ]),
  ...list("一般程度客诉", "一般程度客诉·碗件中轴类", [
    ["短装", ["短装"]],
    ["小数量混装", ["小数量混装", "少量混装"]],
    ["唛头用错", ["唛头用错"]],
    ["字母刻错", ["字母刻错"]],
    ["纸箱破损", ["纸箱破损"]],
    ["牙纹不良", ["牙纹不良"]],
    ["发黑不良", ["发黑不良"]],
    ["电镀脱皮", ["电镀脱皮"]],
    ["同心度偏差", ["同心度偏差"]],
  ]),
];
