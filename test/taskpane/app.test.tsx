/**
 * @jest-environment jsdom
 *
 * The whole pane in jsdom, driving the Excel modules through the fakes: pick a standard, find
 * the data, write the grades, colour them, build the summary (agreeing to convert to a
 * Table), refresh — and cancelling a confirmation changes nothing.
 */
import * as React from "react";
import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { App } from "../../src/taskpane/App";
import { Run } from "../../src/taskpane/usePane";
import { formulasOn, plainIncidents, Setup } from "./data";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
  addListener: () => undefined,
  removeListener: () => undefined,
  onchange: null,
  dispatchEvent: () => false,
})) as typeof window.matchMedia;

// jsdom has no layout: MessageBar measures itself with a ResizeObserver.
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

let root: Root;
let container: HTMLElement;

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

async function mount(setup: Setup, lang: "zh" | "en" = "zh", insideExcel = true): Promise<void> {
  const run: Run = (op) => op(setup.context);
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () =>
    root.render(
      <App insideExcel={insideExcel} lang={lang} run={run} isSetSupported={() => true} ns="GRADE" />
    )
  );
}

function button(text: string): HTMLButtonElement {
  const found = Array.from(document.querySelectorAll("button")).find((b) => b.textContent === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

async function click(text: string): Promise<void> {
  await act(async () => button(text).dispatchEvent(new MouseEvent("click", { bubbles: true })));
  await settle();
}

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

function status(): string {
  return document.querySelector('[role="status"]')?.textContent ?? "";
}

afterEach(async () => {
  await act(async () => root.unmount());
  document.body.innerHTML = "";
});

test("grade, colour, summarise and refresh from the pane", async () => {
  const setup = plainIncidents(12);
  setup.book.names = "translated";
  await mount(setup);
  expect(button("写入等级列").disabled).toBe(true);

  await choose(document.querySelector("select")!, "INCIDENTLEVEL");
  expect(document.body.textContent).toContain("特别重大事故");
  await click("查找数据");
  expect(document.body.textContent).toContain("数据：Sheet1!A1:D13，共 12 行");
  expect(document.body.textContent).toContain("按表头单位换算为元（×10000）");

  await click("写入等级列");
  expect(status()).toContain("已在 Sheet1!E2:E13 写入一个等级公式：=GRADE.事故等级(");
  expect([...formulasOn(setup.sheet).keys()]).toEqual(["E2"]);

  await click("按标准着色");
  expect(status()).toContain("已为 Sheet1!E2:E13 设置 4 条颜色规则");
  expect(setup.sheet.rules).toHaveLength(4);

  await click("生成等级汇总");
  expect(document.body.textContent).toContain("转换为表格？");
  await click("继续");
  expect(status()).toContain("已在工作表“等级汇总”创建等级汇总。");
  expect(setup.book.pivots).toHaveLength(1);

  await click("全部刷新");
  expect(status()).toContain("已重新计算等级，并刷新 1 个 GradeKit 汇总。");
  expect(setup.book.calculations).toEqual(["Full"]);
});

test("cancelling the overwrite question leaves the sheet as it was", async () => {
  const setup = plainIncidents(5);
  setup.sheet.set(3, 5, { value: "keep" });
  setup.sheet.set(3, 4, { value: "" });
  await mount(setup, "en");
  await choose(document.querySelector("select")!, "INCIDENTLEVEL");
  await click("Find data");
  setup.sheet.set(2, 4, { value: "typed meanwhile" });
  await click("Write grade column");
  expect(document.body.textContent).toContain("Overwrite these cells?");
  await click("Cancel");
  expect(formulasOn(setup.sheet).size).toBe(0);
  expect(setup.sheet.cell(2, 4)?.value).toBe("typed meanwhile");
});

test("errors become a sentence: merged input cells are named", async () => {
  const setup = plainIncidents(5);
  setup.sheet.merges.push({ sheet: "Sheet1", top: 2, left: 1, bottom: 3, right: 1 });
  await mount(setup);
  await choose(document.querySelector("select")!, "INCIDENTLEVEL");
  await click("查找数据");
  expect(status()).toContain("数据中有合并单元格：B3:B4");
  await click("写入等级列");
  expect(status()).toContain("以下输入单元格是合并单元格，无法逐行评级，请先取消合并：B3:B4");
});

test("outside Excel every action is disabled and the pane says why", async () => {
  await mount(plainIncidents(3), "en", false);
  expect(document.body.textContent).toContain("This page must be opened inside Excel as an add-in");
  for (const b of Array.from(document.querySelectorAll("button"))) expect(b.disabled).toBe(true);
});
