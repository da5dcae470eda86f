/**
 * Task pane entry: waits for Office, then renders the pane. Excel work lives in modules that
 * take a request context, so tests can drive them with fakes.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

function render(insideExcel: boolean, language: string): void {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(<App insideExcel={insideExcel} language={language} />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) => {
    const language = Office.context?.displayLanguage ?? navigator.language;
    render(info.host === Office.HostType.Excel, language);
  });
} else {
  render(false, navigator.language);
}
