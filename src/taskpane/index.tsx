/**
 * Task pane entry: waits for Office, then renders the pane in the display language. Excel
 * work lives in modules that take a request context (src/taskpane/excel), so tests drive
 * them with fakes; here they are handed Excel.run.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { NAMESPACE } from "./namespace";
import { langOf } from "./strings";
import { Run } from "./usePane";

const run: Run = (op) => Excel.run((context) => op(context));

function render(insideExcel: boolean, displayLanguage: string | undefined): void {
  const container = document.getElementById("root");
  if (!container) return;
  const lang = langOf(displayLanguage);
  document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  const isSetSupported = (set: string, version: string) =>
    insideExcel && Office.context.requirements.isSetSupported(set, version);
  createRoot(container).render(
    <App
      insideExcel={insideExcel}
      lang={lang}
      run={run}
      isSetSupported={isSetSupported}
      ns={NAMESPACE}
    />
  );
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) => {
    const displayLanguage = Office.context?.displayLanguage ?? navigator.language;
    render(info.host === Office.HostType.Excel, displayLanguage);
  });
} else {
  render(false, navigator.language);
}
