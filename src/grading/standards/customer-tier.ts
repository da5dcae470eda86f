/**
 * 客户等级 A–E — 关于内部销售CRM客户所属等级划分标准.
 * A: clear need, closing within one month; B: within three; C: within half a year (exactly
 * six months is C, since 内 includes the number); D: potential need, or clear but later;
 * E: no need (死亡客户). A past expected date is A and flagged overdue.
 */
import { tierScale } from "../colours";
import { notCovered, invalid } from "../failure";
import { asOf, param } from "../params";
import { Choice, isBlank, readChoice, readDate } from "../read/inputs";
import { checkHorizon, Horizon, readHorizon } from "../read/horizon";
import { Edition, GradingFunction, Text } from "../types";
import {
  asOfNote,
  horizonText,
  isOverdue,
  overdueNote,
  Window,
  windowIndex,
  windowText,
} from "./time-window";

type Need = "clear" | "potential" | "none";

const NEEDS: readonly Choice<Need>[] = [
  { value: "clear", words: ["明确", "明显", "有", "clear", "yes", "true", 1] },
  { value: "potential", words: ["潜在", "potential"] },
  { value: "none", words: ["无", "没有", "死亡", "none", "no", "false", 0] },
];

const need = param(
  "need",
  "text",
  { zh: "需求", en: "need" },
  {
    zh: "业务需求：明确 / 潜在 / 无（也可写 TRUE、FALSE、clear、potential、none）",
    en: "Business need: clear (明确), potential (潜在) or none (无)",
  },
  { headers: ["需求", "业务需求", "需求状态", "需求程度", "need", "demand", "stage", "deal_stage"] }
);

const expectedClose = param(
  "expectedClose",
  "horizon",
  { zh: "预计成交时间", en: "expectedClose" },
  {
    zh: "预计成交日期，或距今月数（小于1000的数字），或带单位的时长（45天、2周、3个月）",
    en: "Expected closing date, or months from now (a number below 1000), or a span such as 45天",
  },
  {
    headers: [
      "预计成交时间",
      "预计成交日期",
      "预计成交",
      "成交时间",
      "expected close",
      "expectedclose",
      "close date",
      "expected_close",
    ],
  }
);

const edition: Edition = {
  id: "CRM客户等级划分标准",
  aliases: ["crm"],
  year: 2013,
  source: {
    zh: "《关于内部销售CRM客户所属等级划分标准》",
    en: "Internal CRM customer tier standard",
  },
  clause: { zh: "客户等级划分", en: "customer tiers" },
  labels: ["A", "B", "C", "D", "E"],
  colours: tierScale,
};

const WINDOWS: readonly Window[] = [{ months: 1 }, { months: 3 }, { months: 6 }];
const TIERS = ["A", "B", "C", "D"] as const;

const NO_NOTES: readonly Text[] = [];
const NO_NEED: Text = { zh: "无业务需求（死亡客户）", en: "no business need (dead customer)" };
const POTENTIAL: Text = { zh: "潜在需求", en: "potential need" };
const noNeed = () => NO_NEED;
const potentialNeed = () => POTENTIAL;

/** The reason is worded only when EXPLAIN asks for it (see Grade.reason). */
function grade(value: string, reason: () => Text, notes: readonly Text[]) {
  return { kind: "grade" as const, value, edition, reason, notes };
}

function clearNeedReason(horizon: Horizon, from: number, i: number): Text {
  const when = horizonText(horizon);
  if (isOverdue(horizon, from)) {
    return {
      zh: `需求明确，预计成交${when.zh}，${overdueNote.zh}`,
      en: `clear need, expected close ${when.en}, ${overdueNote.en}`,
    };
  }
  if (i < WINDOWS.length) {
    return {
      zh: `需求明确，预计成交${when.zh}，在${windowText(WINDOWS[i]).zh}`,
      en: `clear need, expected close ${when.en}, ${windowText(WINDOWS[i]).en}`,
    };
  }
  return {
    zh: `需求明确，预计成交${when.zh}，超过半年`,
    en: `clear need, expected close ${when.en}, more than six months away`,
  };
}

export const customerTier: GradingFunction = {
  id: "CUSTOMERTIER",
  name: { zh: "客户等级", en: "CUSTOMERTIER" },
  description: {
    zh: "按业务需求和预计成交时间划分客户等级 A–E",
    en: "Customer tier A–E from the business need and the expected closing time",
  },
  group: "customers",
  params: [need, expectedClose, asOf],
  editions: [edition],
  grade(row, context) {
    const kind = readChoice(row[0], need, NEEDS);
    if (kind === null) throw invalid({ zh: "需求为空", en: "need is blank" });
    // asOf is read on every row, and a potential or dead customer's expected close is
    // checked when given: neither changes their tier, but input that cannot be read is
    // #VALUE! whatever the need (a blank expected close stays allowed for them).
    const given = readDate(row[2], asOf);
    if (kind !== "clear") {
      if (!isBlank(row[1])) checkHorizon(row[1], expectedClose);
      return kind === "none" ? grade("E", noNeed, NO_NOTES) : grade("D", potentialNeed, NO_NOTES);
    }
    const horizon = readHorizon(row[1], expectedClose, "months");
    if (horizon === null) {
      throw notCovered({
        zh: "需求明确但缺少预计成交时间",
        en: "clear need but no expected closing time",
      });
    }
    const from = given ?? context.today;
    const notes = horizon.kind === "date" ? [asOfNote(from, given === null)] : NO_NOTES;
    const i = windowIndex(horizon, WINDOWS, from);
    return grade(TIERS[i], () => clearNeedReason(horizon, from, i), notes);
  },
};
