/**
 * 客户紧急程度 — from the same CRM standard: handle within one week → 紧急客户, within one
 * month → 缓急客户, within three months → 不紧急客户, later → 可慢反应客户. Window ends are
 * included; a date already past is 紧急客户 and flagged overdue.
 */
import { severityScale } from "../colours";
import { asOf, param } from "../params";
import { readDate } from "../read/inputs";
import { Horizon, readHorizon } from "../read/horizon";
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

const nextAction = param(
  "nextAction",
  "horizon",
  { zh: "下次处理时间", en: "nextAction" },
  {
    zh: "须处理的日期，或距今天数（小于1000的数字），或带单位的时长（2周、1个月）",
    en: "Date by which to handle the customer, or days from now (a number below 1000), or a span",
  },
  {
    headers: [
      "下次处理时间",
      "处理期限",
      "下次跟进日期",
      "跟进日期",
      "next action",
      "nextaction",
      "follow up",
      "due date",
    ],
  }
);

const LABELS = ["紧急客户", "缓急客户", "不紧急客户", "可慢反应客户"] as const;

const edition: Edition = {
  id: "CRM客户等级划分标准",
  aliases: ["crm"],
  year: 2013,
  source: {
    zh: "《关于内部销售CRM客户所属等级划分标准》",
    en: "Internal CRM customer tier standard",
  },
  clause: { zh: "客户紧急程度", en: "handling urgency" },
  labels: LABELS,
  colours: severityScale(4),
};

const WINDOWS: readonly Window[] = [{ days: 7 }, { months: 1 }, { months: 3 }];

export const customerUrgency: GradingFunction = {
  id: "CUSTOMERURGENCY",
  name: { zh: "客户紧急程度", en: "CUSTOMERURGENCY" },
  description: {
    zh: "按须处理的时间划分客户紧急程度",
    en: "Customer handling urgency from the date or days by which to act",
  },
  group: "customers",
  params: [nextAction, asOf],
  editions: [edition],
  grade(row, context) {
    const horizon = readHorizon(row[0], nextAction, "days");
    if (horizon === null) throw new Error("nextAction blank after the blank-row check");
    const given = readDate(row[1], asOf);
    const from = given ?? context.today;
    const notes = horizon.kind === "date" ? [asOfNote(from, given === null)] : NO_NOTES;
    const i = windowIndex(horizon, WINDOWS, from);
    // Worded only when EXPLAIN asks for it (see Grade.reason).
    const reason = () => urgencyReason(horizon, from, i);
    return { kind: "grade", value: LABELS[i], edition, reason, notes };
  },
};

const NO_NOTES: readonly Text[] = [];

function urgencyReason(horizon: Horizon, from: number, i: number): Text {
  const when = horizonText(horizon);
  if (isOverdue(horizon, from)) {
    return { zh: `须在${when.zh}处理，${overdueNote.zh}`, en: `due ${when.en}, ${overdueNote.en}` };
  }
  if (i < WINDOWS.length) {
    return {
      zh: `须在${when.zh}处理，在${windowText(WINDOWS[i]).zh}`,
      en: `due ${when.en}, ${windowText(WINDOWS[i]).en}`,
    };
  }
  return { zh: `须在${when.zh}处理，超过3个月`, en: `due ${when.en}, more than 3 months away` };
}
