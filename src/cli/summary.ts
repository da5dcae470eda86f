/**
 * The tally `gradekit grade` prints and writes: rows per grade in the standard's own label
 * order (split by a --by column when asked), plus rows left blank, set aside by --skip, or
 * not gradable, each failure reason counted with the first row it occurred in.
 */
import { Cell, Edition, GradeValue, GradingFunction, Lang, Outcome, pick } from "../grading";

export interface FailureTally {
  readonly code: string;
  readonly message: string;
  count: number;
  readonly firstRow: number;
}

/** A --by value as shown in a column heading. */
export function groupName(cell: Cell, lang: Lang): string {
  if (cell === null || cell === undefined || String(cell).trim() === "") {
    return lang === "en" ? "(blank)" : "（空）";
  }
  return typeof cell === "object" ? cell.inputError : String(cell);
}

const WORDS = {
  zh: {
    grade: "等级",
    total: "合计",
    blank: "空白行",
    skipped: "已跳过",
    failed: "未能评级",
    reason: "未能评级原因",
    rows: "行数",
    first: "首次出现行",
  },
  en: {
    grade: "grade",
    total: "total",
    blank: "blank rows",
    skipped: "skipped",
    failed: "not graded",
    reason: "reason not graded",
    rows: "rows",
    first: "first row",
  },
};

export function summaryWords(lang: Lang) {
  return WORDS[lang];
}

export class Summary {
  private readonly order: GradeValue[];
  /** Rows per grade and group, each count an object the next row of that cell bumps. */
  private readonly counts = new Map<GradeValue, Map<string, { n: number }>>();
  readonly groups: string[] = [];
  /** Each group heading's --by value as it appeared ("" for blank cells). */
  readonly groupValues = new Map<string, string | number>();
  readonly blanks = new Map<string, number>();
  readonly failed = new Map<string, number>();
  readonly skipped = new Map<string, number>();
  readonly failures = new Map<string, FailureTally>();
  rows = 0;
  /** Editions whose labels are already in `order` (rows of one run share one or two). */
  private readonly editionsSeen = new Set<Edition>();
  /** The previous row's group and edition: most rows repeat them, so lookups are skipped. */
  private lastGroup: string | undefined;
  private lastEdition: Edition | undefined;

  constructor(
    readonly fn: GradingFunction,
    readonly lang: Lang,
    readonly byHeader?: string
  ) {
    this.order = [];
  }

  /** Records one row: its outcome (or the reason it was skipped) and its --by value. */
  add(outcome: Outcome | string, by: Cell, rowNumber: number): void {
    this.rows++;
    const group = this.byHeader === undefined ? "" : groupName(by, this.lang);
    if (group !== this.lastGroup && !this.groupValues.has(group)) {
      this.groups.push(group);
      const raw = by === null || by === undefined || typeof by === "object" ? "" : by;
      this.groupValues.set(group, typeof raw === "boolean" ? String(raw).toUpperCase() : raw);
    }
    if (typeof outcome === "string") {
      this.skipped.set(outcome, (this.skipped.get(outcome) ?? 0) + 1);
      return;
    }
    if (outcome.kind === "blank") {
      bump(this.blanks, group);
    } else if (outcome.kind === "failure") {
      bump(this.failed, group);
      const message = pick(outcome.message, this.lang);
      const key = `${outcome.code} ${message}`;
      const seen = this.failures.get(key);
      if (seen) seen.count++;
      else this.failures.set(key, { code: outcome.code, message, count: 1, firstRow: rowNumber });
    } else {
      if (outcome.edition !== this.lastEdition && !this.editionsSeen.has(outcome.edition)) {
        this.editionsSeen.add(outcome.edition);
        for (const label of outcome.edition.labels) {
          if (!this.order.includes(label)) this.order.push(label);
        }
      }
      this.lastEdition = outcome.edition;
      let byGroup = this.counts.get(outcome.value);
      if (!byGroup) {
        if (!this.order.includes(outcome.value)) this.order.push(outcome.value);
        this.counts.set(outcome.value, (byGroup = new Map()));
      }
      const counter = byGroup.get(group);
      if (counter) counter.n++;
      else byGroup.set(group, { n: 1 });
    }
    this.lastGroup = group;
  }

  /**
   * The labels in the order of the editions the rows were graded by (the function's current
   * edition when no row was graded), then any other values seen.
   */
  labels(): GradeValue[] {
    return this.order.length > 0 ? this.order : [...this.fn.editions[0].labels];
  }

  /** The editions the rows were graded by, in the order first seen; the current one if none. */
  editions(): Edition[] {
    return this.editionsSeen.size > 0 ? [...this.editionsSeen] : [this.fn.editions[0]];
  }

  count(label: GradeValue, group?: string): number {
    const byGroup = this.counts.get(label);
    if (!byGroup) return 0;
    if (group !== undefined) return byGroup.get(group)?.n ?? 0;
    let n = 0;
    for (const counter of byGroup.values()) n += counter.n;
    return n;
  }

  /** The table as rows of cells: a heading row, one row per label, then the extra lines. */
  matrix(): (string | number)[][] {
    const w = WORDS[this.lang];
    const groups = this.byHeader ? this.groups : [];
    const line = (name: string, of: (g?: string) => number) => [
      name,
      ...groups.map((g) => of(g)),
      of(),
    ];
    const out: (string | number)[][] = [[w.grade, ...groups, w.total]];
    for (const label of this.labels()) {
      out.push(line(String(label), (g) => this.count(label, g)));
    }
    out.push(
      line(w.failed, (g) => (g === undefined ? sum(this.failed) : (this.failed.get(g) ?? 0)))
    );
    out.push(
      line(w.blank, (g) => (g === undefined ? sum(this.blanks) : (this.blanks.get(g) ?? 0)))
    );
    for (const [reason, n] of this.skipped) {
      out.push([`${w.skipped} ${reason}`, ...groups.map(() => ""), n]);
    }
    return out;
  }

  /** Failure reasons, most frequent first. */
  reasons(): FailureTally[] {
    return [...this.failures.values()].sort((a, b) => b.count - a.count);
  }

  /** The table as aligned text for a terminal, with the failure reasons below it. */
  render(): string {
    const w = WORDS[this.lang];
    const rows = this.matrix().map((r) => r.map(String));
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]))));
    const pad = (s: string, c: number) =>
      c === 0
        ? s + " ".repeat(widths[c] - displayWidth(s))
        : " ".repeat(widths[c] - displayWidth(s)) + s;
    const lines = rows.map((r) => r.map(pad).join("  ").trimEnd());
    const reasons = this.reasons();
    if (reasons.length > 0) {
      lines.push("", `${w.reason}:`);
      for (const f of reasons) {
        lines.push(`  ${f.count} × ${f.code} ${f.message} (${w.first} ${f.firstRow})`);
      }
    }
    return lines.join("\n") + "\n";
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function sum(map: Map<string, number>): number {
  let n = 0;
  for (const v of map.values()) n += v;
  return n;
}

/** Terminal columns: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    n +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
        ? 2
        : 1;
  }
  return n;
}
