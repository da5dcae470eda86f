/**
 * GradeKit never loses a user's data: the pane asks before writing over anything, recalc
 * keeps what the user wrote on a summary sheet, the CLI never writes over its input however
 * the path is spelled, and an interrupted or failed write leaves the previous output as it
 * was. Parts of a workbook recalc does not understand survive byte for byte, or it refuses.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { basename, join, relative } from "node:path";
import { writeGradeColumn } from "../../src/taskpane/excel/grade-column";
import { Inspection } from "../../src/taskpane/excel/region";
import { summarise } from "../../src/taskpane/excel/summary-pivot";
import { readCells } from "../../src/cli/sheet-xml";
import { ACCIDENTS_CSV, tempDir } from "../cli/cli-helpers";
import { gradekit } from "../cli/run-cli";
import {
  formulasOn,
  INCIDENT,
  inspect,
  plainIncidents,
  tableIncidents,
  valueAt,
} from "../taskpane/data";
import { startGradekit } from "./spawn-cli";
import { editPart, partText } from "./workbooks";

const tmp = tempDir();
afterAll(tmp.cleanup);

function request(inspection: Inspection, confirmed = false) {
  const { mapping } = inspection;
  return { inspection, mapping, fn: INCIDENT, ns: "GRADE", lang: "zh" as const, confirmed };
}

describe("the pane never writes over a non-empty cell without asking", () => {
  test.each([
    ["the last row the grades spill into", 10, "E11"],
    ["the header cell of the grade column", 0, "E1"],
  ])(
    "a note in %s: the pane asks, and writes only after the user agrees",
    async (_where, row, address) => {
      const setup = plainIncidents(10);
      const inspection = await inspect(setup);
      setup.sheet.set(row, 4, { value: "备注" });
      const asked = await writeGradeColumn(setup.context, request(inspection));
      expect(asked).toEqual({
        kind: "needsConfirm",
        address: `Sheet1!${address}`,
        replacing: false,
      });
      expect(valueAt(setup.sheet, address)).toBe("备注");
      expect(formulasOn(setup.sheet).size).toBe(0);
      await writeGradeColumn(setup.context, request(inspection, true));
      expect(formulasOn(setup.sheet).get("E2")).toMatch(/^=GRADE\./);
    }
  );

  test("the summary's helper column asks before clearing the user's cells", async () => {
    const setup = tableIncidents(8);
    await writeGradeColumn(setup.context, request(await inspect(setup)));
    setup.sheet.set(5, 5, { value: "旁注" });
    const summary = { fn: INCIDENT, lang: "zh" as const, split: null };
    const asked = await summarise(setup.context, {
      ...summary,
      inspection: await inspect(setup),
      confirmed: false,
    });
    expect(asked).toEqual({ kind: "needsConfirm", address: "Sheet1!F6" });
    expect(valueAt(setup.sheet, "F6")).toBe("旁注");
    expect(setup.book.pivots).toHaveLength(0);
  });

  test("a summary sheet the user renamed and wrote on is refreshed in place; their sheet named 等级汇总 is never taken", async () => {
    const setup = tableIncidents(8);
    await writeGradeColumn(setup.context, request(await inspect(setup)));
    const summary = { fn: INCIDENT, lang: "zh" as const, split: null, confirmed: false };
    await summarise(setup.context, { ...summary, inspection: await inspect(setup) });
    const ours = setup.book.sheets[1];
    ours.name = "我的汇总";
    ours.set(0, 0, { value: "用户自己的标题" });
    ours.set(20, 0, { value: "领导签字：" });
    const mine = setup.book.addSheet("等级汇总");
    mine.set(0, 0, { value: "手工统计" });

    const again = await summarise(setup.context, { ...summary, inspection: await inspect(setup) });
    expect(again).toMatchObject({ kind: "refreshed", sheet: "我的汇总" });
    expect(setup.book.pivots).toHaveLength(1);
    expect([ours.cell(0, 0)?.value, ours.cell(20, 0)?.value]).toEqual([
      "用户自己的标题",
      "领导签字：",
    ]);
    expect(mine.cell(0, 0)?.value).toBe("手工统计");
  });
});

describe("recalc keeps what the user wrote on a summary sheet", () => {
  async function graded(name: string): Promise<string> {
    const csv = tmp.path(`${name}.csv`);
    writeFileSync(csv, ACCIDENTS_CSV);
    const out = tmp.path(`${name}.xlsx`);
    const run = gradekit(["grade", csv, "--function", "INCIDENTLEVEL", "--formulas", "--out", out]);
    expect(run.status).toBe(0);
    return out;
  }

  /** Row 5's "abc" deaths (the one reason not graded) becomes 1, or `deaths`. */
  const fixRow5 =
    (deaths = "<v>1</v>") =>
    (xml: string) =>
      xml.replace(
        '<c r="C5" t="str"><v>abc</v></c>',
        `<c r="C5"${deaths.startsWith("<is>") ? ' t="inlineStr"' : ""}>${deaths}</c>`
      );

  test("renamed, with notes beside and below its tables: refreshed, every note kept", async () => {
    const book = await graded("renamed");
    await editPart(book, "xl/workbook.xml", (xml) =>
      xml.replace('name="等级汇总"', 'name="我的汇总"')
    );
    await editPart(book, "xl/worksheets/sheet2.xml", (xml) =>
      xml
        .replace(
          '<v>1</v></c></row><row r="13"',
          '<v>1</v></c><c r="G11" t="inlineStr"><is><t>空白行已核实</t></is></c></row><row r="13"'
        )
        .replace(
          "<v>5</v></c></row>",
          '<v>5</v></c><c r="D14" t="inlineStr"><is><t>我的批注</t></is></c></row><row r="20"><c r="A20" t="inlineStr"><is><t>领导签字：</t></is></c></row>'
        )
    );
    await editPart(book, "xl/worksheets/sheet1.xml", fixRow5());
    const out = tmp.path("renamed-out.xlsx");
    const run = gradekit(["recalc", book, "--out", out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("已刷新汇总：我的汇总");
    expect(await partText(out, "xl/workbook.xml")).toContain('name="我的汇总"');

    const cells = new Map(
      readCells(await partText(out, "xl/worksheets/sheet2.xml"), []).map((c) => [
        c.address,
        c.cached,
      ])
    );
    expect(cells.get("A14")).toBeUndefined();
    expect([cells.get("G11"), cells.get("D14"), cells.get("A20")]).toEqual([
      "空白行已核实",
      "我的批注",
      "领导签字：",
    ]);
    expect(cells.get("B10")).toBe(0);
  });

  test("when the reasons table would grow into the user's cells, recalc refuses and writes nothing", async () => {
    const book = await graded("crowded");
    await editPart(book, "xl/worksheets/sheet2.xml", (xml) =>
      xml.replace(
        "</sheetData>",
        '<row r="15"><c r="A15" t="inlineStr"><is><t>领导签字：</t></is></c></row></sheetData>'
      )
    );
    // A second reason: row 2's deaths become unreadable too.
    await editPart(book, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace('<c r="C2" t="str"><v>3人</v></c>', '<c r="C2" t="str"><v>三人</v></c>')
    );
    const out = tmp.path("crowded-out.xlsx");
    writeFileSync(out, "previous output");
    const run = gradekit(["recalc", book, "--out", out, "--force"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("需要从第14行起的 2 行，而其下方的 A15 有其他内容");
    expect(readFileSync(out, "utf8")).toBe("previous output");
    expect(readdirSync(tmp.dir).filter((f) => f.includes("gradekit-partial"))).toEqual([]);
  });
});

describe("the CLI never writes over its input", () => {
  const dir = tmp.path("inputs");
  const csv = join(dir, "台账.csv");
  let book: string;
  beforeAll(async () => {
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(csv, ACCIDENTS_CSV);
    book = join(dir, "book.xlsx");
    gradekit(["grade", csv, "--function", "INCIDENTLEVEL", "--formulas", "--out", book]);
    symlinkSync(csv, join(dir, "link.csv"));
    symlinkSync(book, join(dir, "link.xlsx"));
    linkSync(book, join(dir, "hard.xlsx"));
  });

  const spellings = (file: () => string, ext: string): [string, () => string][] => [
    ["the same path", () => file()],
    ["a relative path from another folder", () => relative(join(dir, "sub"), file())],
    ["a path through ..", () => join(dir, "sub", "..", basename(file()))],
    ["a symlink to it", () => join(dir, `link${ext}`)],
  ];

  test.each(spellings(() => csv, ".csv"))(
    "grade refuses --out naming the input CSV by %s",
    (_how, out) => {
      const before = readFileSync(csv);
      const run = gradekit(
        ["grade", csv, "--function", "INCIDENTLEVEL", "--force", "--out", out()],
        undefined,
        join(dir, "sub")
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("不会覆盖输入文件");
      expect(readFileSync(csv).equals(before)).toBe(true);
    }
  );

  test("grade refuses an --out whose summary file would be the input", () => {
    const summaryNamed = join(dir, "out.csv.summary.csv");
    writeFileSync(summaryNamed, ACCIDENTS_CSV);
    const run = gradekit([
      "grade",
      summaryNamed,
      "--function",
      "INCIDENTLEVEL",
      "--force",
      "--out",
      join(dir, "out.csv"),
    ]);
    expect(run.status).toBe(2);
    expect(readFileSync(summaryNamed, "utf8")).toBe(ACCIDENTS_CSV);
  });

  test.each([
    ...spellings(() => book, ".xlsx"),
    ["a hard link to it", () => join(dir, "hard.xlsx")],
  ])("recalc refuses --out naming the input workbook by %s", (_how, out) => {
    const before = readFileSync(book);
    const run = gradekit(["recalc", book, "--force", "--out", out()], undefined, join(dir, "sub"));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("不会覆盖输入文件");
    expect(readFileSync(book).equals(before)).toBe(true);
  });
});

describe("an interrupted write leaves the previous output intact", () => {
  let input: string;
  beforeAll(() => {
    writeFileSync(tmp.path("small.csv"), ACCIDENTS_CSV);
    input = tmp.path("large.csv");
    const row = "甲,3,1,2000000\n".repeat(1000);
    writeFileSync(input, "单位,死亡人数,重伤人数,直接经济损失\n" + row.repeat(400));
  });

  /** Starts grading into `out` and waits until its temporary file has data in it. */
  async function gradeUntilWriting(out: string) {
    const run = startGradekit([
      "grade",
      input,
      "--function",
      "INCIDENTLEVEL",
      "--force",
      "--out",
      out,
    ]);
    const partial = () =>
      readdirSync(tmp.dir).filter((f) => f.startsWith(`.${basename(out)}.gradekit-partial-`));
    for (let i = 0; i < 600; i++) {
      const found = partial();
      if (found.length && statSync(tmp.path(found[0])).size > 256 * 1024)
        return { ...run, temp: found[0], partial };
      await new Promise((r) => setTimeout(r, 50));
    }
    run.child.kill("SIGKILL");
    throw new Error("the temporary output never appeared");
  }

  test("SIGKILL mid-write: the previous output is unchanged; the next run removes what was left", async () => {
    const out = tmp.path("killed.xlsx");
    writeFileSync(out, "previous output");
    const run = await gradeUntilWriting(out);
    run.child.kill("SIGKILL");
    const ended = await run.done;
    expect(ended.signal).toBe("SIGKILL");
    expect(readFileSync(out, "utf8")).toBe("previous output");
    // The process could not clean up: its file is left, named for the output and the process.
    expect(run.temp).toBe(
      `.killed.xlsx.gradekit-partial-${run.child.pid}-${run.temp.split("-").pop()}`
    );
    expect(run.partial()).toEqual([run.temp]);

    const next = gradekit(
      ["grade", tmp.path("small.csv"), "--function", "INCIDENTLEVEL", "--force", "--out", out],
      undefined
    );
    expect(next.stderr).toContain(`removed ${run.temp}, left by an interrupted run`);
    expect(run.partial()).toEqual([]);
  });

  test.each(["SIGTERM", "SIGINT"] as const)(
    "%s mid-write: the unfinished file is removed and the previous output kept",
    async (signal) => {
      const out = tmp.path(`stopped-${signal}.csv`);
      writeFileSync(out, "previous output");
      const run = await gradeUntilWriting(out);
      run.child.kill(signal);
      const ended = await run.done;
      expect(ended.status).toBe(signal === "SIGTERM" ? 143 : 130);
      expect(ended.stderr).toContain(`interrupted (${signal}); the unfinished output was removed`);
      expect(readFileSync(out, "utf8")).toBe("previous output");
      expect(run.partial()).toEqual([]);
      expect(existsSync(`${out}.summary.csv`)).toBe(false);
    }
  );
});

describe("parts recalc does not understand", () => {
  test("a sheet written with namespace prefixes is refused, not passed through stale", async () => {
    const csv = tmp.path("prefixed.csv");
    writeFileSync(csv, ACCIDENTS_CSV);
    const book = tmp.path("prefixed.xlsx");
    gradekit(["grade", csv, "--function", "INCIDENTLEVEL", "--formulas", "--out", book]);
    await editPart(book, "xl/worksheets/sheet1.xml", (xml) =>
      xml
        .replace(/<(\/?)(sheetData|row|c|f|v)\b/g, "<$1x:$2")
        .replace(
          "<worksheet ",
          '<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        )
    );
    const out = tmp.path("prefixed-out.xlsx");
    const run = gradekit(["recalc", book, "--out", out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("命名空间前缀（<x:c>），GradeKit 不读取这种写法");
    expect(existsSync(out)).toBe(false);
  });
});

describe("a reader that stops reading", () => {
  test("grade finishes its output when stdout and stderr are closed early (| head -1)", async () => {
    const dir = tmp.path("pipe");
    mkdirSync(dir);
    {
      const input = join(dir, "acc.csv");
      writeFileSync(input, ACCIDENTS_CSV);
      const out = join(dir, "out.csv");
      const { child, done } = startGradekit([
        "grade",
        input,
        "--function",
        "INCIDENTLEVEL",
        "--out",
        out,
      ]);
      child.stdout!.destroy();
      child.stderr!.destroy();
      const finished = await done;
      expect(finished.status).toBe(0);
      expect(readFileSync(out, "utf8")).toContain("较大事故");
      expect(readdirSync(dir).sort()).toEqual(["acc.csv", "out.csv", "out.csv.summary.csv"]);
    }
  });
});
