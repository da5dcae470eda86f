/**
 * The pane's state and its four operations. Each operation runs in one Excel.run batch
 * sequence, re-reads the data around the selection first (the sheet may have changed since
 * the last click), and reports through `status`; anything that would overwrite cells or
 * convert data first asks through `confirm`.
 */
import { useState } from "react";
import { findFunction, GradingFunction, Lang } from "../grading";
import { ColumnMapping, remapColumn } from "../grading/columns";
import { a1 } from "./excel/addresses";
import { applyColours } from "./excel/colour-rules";
import { writeGradeColumn } from "./excel/grade-column";
import { PaneProblem } from "./excel/problem";
import { refreshAll, SetSupported } from "./excel/refresh-all";
import { dataAddress, inspectSelection, Inspection } from "./excel/region";
import { gradeColumnOf } from "./excel/region-plan";
import { summarise } from "./excel/summary-pivot";
import { convertToTable } from "./excel/table";
import { strings } from "./strings";

export type Run = <T>(op: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface PaneOptions {
  readonly lang: Lang;
  readonly run: Run;
  readonly isSetSupported: SetSupported;
  readonly ns: string;
}

export interface Status {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly lines: readonly string[];
}

export interface Confirm {
  readonly title: string;
  readonly body: string;
  readonly onYes: () => void;
}

export function usePane({ lang, run, isSetSupported, ns }: PaneOptions) {
  const t = strings[lang];
  const [fn, setFn] = useState<GradingFunction | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [split, setSplit] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (e: unknown, current: GradingFunction | null) => {
    if (e instanceof PaneProblem) {
      let detail = e.detail;
      if (e.code === "missingInputs" && current) {
        const labels = detail
          .split(", ")
          .map((n) => current.params.find((p) => p.name === n)?.label[lang] ?? n);
        detail = labels.join(lang === "en" ? ", " : "、");
      }
      setStatus({ intent: "error", lines: [t.problem(e.code, detail)] });
    } else {
      setStatus({
        intent: "error",
        lines: [t.unexpected(e instanceof Error ? e.message : String(e))],
      });
    }
  };

  /** Runs one operation with the busy flag set and errors turned into a status line. */
  const act = async (op: () => Promise<void>) => {
    setBusy(true);
    try {
      await op();
    } catch (e) {
      fail(e, fn);
    } finally {
      setBusy(false);
    }
  };

  const chooseStandard = (id: string) => {
    setFn(findFunction(id) ?? null);
    setInspection(null);
    setMapping(null);
    setSplit(null);
    setStatus(null);
  };

  const findData = () =>
    act(async () => {
      if (!fn) return;
      const found = await run((ctx) => inspectSelection(ctx, fn, lang));
      setInspection(found);
      setMapping(found.mapping);
      const merged = found.merged.map((a) => a1(a.top, a.left, a.bottom, a.right)).join(", ");
      const lines = merged ? [t.mergedFound(merged)] : [];
      setStatus(lines.length ? { intent: "warning", lines } : null);
    });

  const remap = (paramName: string, column: number | null) => {
    if (!inspection || !mapping) return;
    const headers = inspection.region.columns.map((c) => c.header);
    setMapping(remapColumn(mapping, headers, paramName, column));
  };

  const writeGrades = (confirmed = false): Promise<void> =>
    act(async () => {
      if (!fn || !inspection || !mapping) return;
      const request = { inspection, mapping, fn, ns, lang, confirmed };
      const result = await run((ctx) => writeGradeColumn(ctx, request));
      if (result.kind === "needsConfirm") {
        setConfirm({
          title: t.overwriteTitle,
          body: t.overwrite(result.address, result.replacing),
          onYes: () => void writeGrades(true),
        });
        return;
      }
      setStatus({
        intent: "success",
        lines: [t.written(result.address, result.formula, result.retried)],
      });
      setInspection(await run((ctx) => inspectSelection(ctx, fn, lang)));
    });

  const colour = () =>
    act(async () => {
      if (!fn) return;
      const result = await run(async (ctx) => {
        const found = await inspectSelection(ctx, fn, lang);
        const g = gradeColumnOf(found.region, fn);
        if (g < 0) throw new PaneProblem("noGradeColumn", fn.id);
        return applyColours(ctx, dataAddress(found.region, g), fn);
      });
      setStatus({ intent: result.skipped ? "warning" : "success", lines: t.coloured(result) });
    });

  const summariseNow = (confirmed = false): Promise<void> =>
    act(async () => {
      if (!fn) return;
      const result = await run(async (ctx) => {
        const found = await inspectSelection(ctx, fn, lang);
        const index = found.region.columns.findIndex((c) => c.header === split);
        return summarise(ctx, {
          inspection: found,
          fn,
          lang,
          split: index >= 0 ? index : null,
          confirmed,
        });
      });
      if (result.kind === "needsTable") {
        setConfirm({
          title: t.tableTitle,
          body: t.toTable(result.address),
          onYes: () => void convert(),
        });
      } else if (result.kind === "needsConfirm") {
        setConfirm({
          title: t.overwriteTitle,
          body: t.helperColumn(result.address),
          onYes: () => void summariseNow(true),
        });
      } else {
        setStatus({ intent: "success", lines: [t.summary(result.kind, result.sheet)] });
      }
    });

  const convert = () =>
    act(async () => {
      if (!fn) return;
      const done = await run(async (ctx) =>
        convertToTable(ctx, await inspectSelection(ctx, fn, lang), fn, ns, lang)
      );
      setStatus({ intent: "success", lines: [t.converted(done.table)] });
      await summariseNow(false);
    });

  const refresh = () =>
    act(async () => {
      const result = await run((ctx) => refreshAll(ctx, isSetSupported));
      const trouble = result.failed.length > 0 || result.unreadable.length > 0;
      setStatus({ intent: trouble ? "warning" : "success", lines: t.refreshed(result) });
    });

  return {
    t,
    fn,
    inspection,
    mapping,
    split,
    status,
    confirm,
    busy,
    chooseStandard,
    findData,
    remap,
    setSplit,
    writeGrades: () => void writeGrades(false),
    colour: () => void colour(),
    summarise: () => void summariseNow(false),
    refresh: () => void refresh(),
    closeConfirm: () => setConfirm(null),
  };
}
