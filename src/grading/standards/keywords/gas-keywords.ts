/**
 * Every item of the gas-safety hazard lists (等级划分标准: 一级隐患 / 二级隐患 / 三级隐患) of
 * the source document, beside the phrases an inspector writes for it. `source` is the item
 * as the document heads it; an item that names several faults (胶管破损、老化、中间有接口、
 * 无安装管夹) gets one phrase per fault. 燃气表严重锈蚀 is listed under both 一级 and 三级 in
 * the source: both rows are kept and the most severe level wins, so it grades as 一级隐患.
 * test/unit/gas-hazard.test.ts checks that every item of the document is here.
 */
import { KeywordItem } from "./matcher";

export type GasLevel = "一级隐患" | "二级隐患" | "三级隐患";

export const GAS_LEVELS: readonly GasLevel[] = ["一级隐患", "二级隐患", "三级隐患"];

type Row = [source: string, phrases: string[]];

function list(level: GasLevel, rows: Row[]): KeywordItem<GasLevel>[] {
  return rows.map(([source, phrases]) => ({ level, list: level, source, phrases }));
}

/** Places a gas pipe must not run through without protection (二级, 燃气管道 item). */
const NO_GO_PLACES = [
  "卧室",
  "卫生间",
  "浴室",
  "仓库",
  "配电间",
  "变电室",
  "电缆沟",
  "烟道",
  "进风道",
  "吊顶",
  "起居室",
];
const RUNS_THROUGH = ["穿越", "穿过", "安装于", "安装在", "设于"];

export const GAS_KEYWORDS: readonly KeywordItem<GasLevel>[] = [
  ...list("一级隐患", [
    ["漏气", ["漏气", "燃气泄漏", "气体泄漏", "跑气"]],
    [
      "违反国家规范明令禁止条款的户内燃气设施",
      ["违反国家规范明令禁止条款", "违反明令禁止条款", "违反国家规范"],
    ],
    ["直排式热水器", ["直排式热水器", "直排热水器", "直排式"]],
    [
      "热水器无烟道及烟道安装不规范",
      [
        "热水器无烟道",
        "无烟道",
        "无安装烟道",
        "未安装烟道",
        "烟道安装不规范",
        "烟道未伸出室外",
        "排烟口无密封",
        "烟道破损",
        "排烟口离门窗距离不够",
        "多台烟道合用",
        "合用一个总烟道",
        "没有防倒风装置",
        "无防倒风装置",
        "水平烟道穿越卧室",
      ],
    ],
    [
      "胶管破损、老化、中间有接口、无安装管夹",
      [
        "胶管破损",
        "胶管老化",
        "胶管中间有接口",
        "胶管有接口",
        "软管接三通",
        "软管破损",
        "软管老化",
        "无安装管夹",
        "未安装管夹",
        "没有管夹",
        "无管夹",
      ],
    ],
    [
      "管道、燃气表严重锈蚀严重锈蚀",
      ["管道严重锈蚀", "燃气表严重锈蚀", "气表严重锈蚀", "严重锈蚀"],
    ],
    ["用户盗气", ["盗气", "偷气", "破坏计量装置", "未通过计量装置", "绕过计量装置"]],
  ]),
  ...list("二级隐患", [
    ["阀门内漏、无手柄或使用旋塞阀", ["阀门内漏", "阀门无手柄", "无手柄", "旋塞阀"]],
    ["私接/私改", ["私接", "私改"]],
    ["阀门启闭不灵", ["阀门启闭不灵", "启闭不灵", "阀门不能开关", "阀门无法开关"]],
    [
      "使用非燃气专用软管、超长胶管、胶管超期、穿墙/楼板/顶棚/门/窗/台面/柜",
      [
        "非燃气专用软管",
        "非燃气专用胶管",
        "非专用软管",
        "超长胶管",
        "胶管超长",
        "胶管超期",
        "超期胶管",
        "胶管穿墙",
        "胶管穿楼板",
        "胶管穿顶棚",
        "胶管穿门",
        "胶管穿窗",
        "胶管穿台面",
        "胶管穿柜",
        "软管穿墙",
      ],
    ],
    [
      "热水器烟道安装在可能被封闭阳台",
      ["可能被封闭阳台", "烟道安装在阳台", "烟道未完全伸出阳台", "烟道末端没有完全伸出阳台"],
    ],
    ["燃气设施设于密闭空间", ["密闭空间", "不通风空间"]],
    [
      "燃气表损坏或计量不准",
      ["燃气表损坏", "气表损坏", "码盘盒损坏", "燃气表计量不准", "计量不准", "小火不计量"],
    ],
    [
      "燃气管道(引入管和立管除外)安装在不应穿越的地方时没有符合安全条件(如没有管槽、有接口等)",
      [
        "不应穿越的地方",
        ...NO_GO_PLACES.flatMap((place) => RUNS_THROUGH.map((verb) => `管道${verb}${place}`)),
      ],
    ],
    [
      "油麻丝等连接填充的立管活接",
      ["油麻丝", "立管活接未涂密封剂", "活接未涂密封剂", "活接没有涂密封剂"],
    ],
  ]),
  ...list("三级隐患", [
    ["管道一般锈蚀", ["管道一般锈蚀", "一般锈蚀"]],
    ["燃气表严重锈蚀", ["燃气表严重锈蚀"]],
    [
      "管道无管卡或管道不牢固",
      ["管道无管卡", "无管卡", "没有管卡", "缺管卡", "管道不牢固", "管卡不牢固", "无管钉"],
    ],
  ]),
];
