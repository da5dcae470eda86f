/**
 * What a workbook or CSV handed to GradeKit cannot make it do: reach the network, write
 * outside its output, exhaust memory by decompression, read local files through XML
 * entities, or run anything but computation through formula text. The add-in bundle's own
 * checks (no eval, CSP, no fetch, manifest permissions) are in test/build.
 */
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInflateRaw, InflateRaw } from "node:zlib";
import { HyperFormula } from "hyperformula";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createEngine, calculate } from "../../src/cli/formula-engine";
import { openPackage } from "../../src/cli/xlsx-package";
import { gradekit } from "../cli/run-cli";
import { tempDir } from "../cli/cli-helpers";
import { buildXlsx } from "../cli/xlsx-fixture";
import { gradekitAsync } from "./spawn-cli";
import { entriesOf, rawZip } from "./raw-zip";

const tmp = tempDir();
afterAll(tmp.cleanup);

/**
 * Watches the zlib inflaters package-guard.ts destroys from now on; `stop()` ends watching
 * and gives the most compressed bytes any of them had taken in when it was destroyed.
 */
function watchInflaters(): { stop(): number } {
  const sample = createInflateRaw();
  const destroy = jest.spyOn(Object.getPrototypeOf(sample) as InflateRaw, "destroy");
  sample.destroy();
  destroy.mockClear();
  return {
    stop() {
      const streams = destroy.mock.contexts as InflateRaw[];
      destroy.mockRestore();
      expect(streams.length).toBeGreaterThan(0);
      return Math.max(...streams.map((stream) => stream.bytesWritten));
    },
  };
}

/** A workbook whose one sheet holds `cells` in row 2 after a GRADE formula in A2. */
async function workbookWith(cells: string, extra: Record<string, string> = {}): Promise<string> {
  const rows =
    `<row r="1"><c r="A1" t="str"><v>x</v></c></row>` +
    `<row r="2"><c r="A2" t="str"><f>_xldudf_GRADE_INCIDENTLEVEL(12,0,0)</f><v>stale</v></c>${cells}</row>`;
  const path = tmp.path(`wb-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(path, await buildXlsx([{ name: "S", rows }], ["a"], extra));
  return path;
}

describe("no network", () => {
  let server: Server;
  let url: string;
  const hits: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? "");
      res.end("<x>1</x>");
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // The detector works: a request does arrive and is counted.
    await fetch(`${url}/self-check`);
    expect(hits.splice(0)).toEqual(["/self-check"]);
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  test("the formula engine has no function that reaches outside the workbook", () => {
    const names = HyperFormula.getRegisteredFunctionNames("enGB");
    expect(names.length).toBeGreaterThan(300);
    for (const risky of ["WEBSERVICE", "FILTERXML", "CALL", "REGISTER.ID", "RTD", "IMAGE"]) {
      expect({ risky, registered: names.includes(risky) }).toEqual({ risky, registered: false });
    }
    // HYPERLINK only returns its text: following a link is Excel's, on a click.
    const engine = createEngine();
    const sheet = engine.getSheetId(engine.addSheet("S")) as number;
    expect(calculate(engine, sheet, `=HYPERLINK("${url}/h","查看")`)).toBe("查看");
    expect(calculate(engine, sheet, `=WEBSERVICE("${url}/w")`)).toMatchObject({ error: "#NAME?" });
  });

  test("calc, grade and recalc load nothing from a URL in formulas, links or cells", async () => {
    const formulas = [
      `_xlfn.WEBSERVICE("${url}/webservice")&A2`,
      `HYPERLINK("${url}/hyperlink",A2)`,
      `_xlfn.FILTERXML(_xlfn.WEBSERVICE("${url}/filterxml"),"//x")&A2`,
      `[1]Sheet1!A1&A2`,
    ];
    const cells = formulas
      .map((f, i) => `<c r="${"BCDE"[i]}2" t="str"><f>${f.replace(/"/g, "&quot;")}</f><v>0</v></c>`)
      .join("");
    const link = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="${url}/external.xlsx" TargetMode="External"/></Relationships>`;
    const book = await workbookWith(cells, {
      "xl/externalLinks/externalLink1.xml": "<externalLink/>",
      "xl/externalLinks/_rels/externalLink1.xml.rels": link,
    });
    const recalc = await gradekitAsync(["recalc", book, "--out", tmp.path("net-out.xlsx")]);
    expect(recalc.status).toBe(0);

    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet("S");
    sheet.addRow(["死亡人数", "重伤人数", "直接经济损失", "链接"]);
    sheet.addRow([1, 0, 0, { text: "link", hyperlink: `${url}/cell` }]);
    const input = tmp.path("net.xlsx");
    await source.xlsx.writeFile(input);
    const graded = await gradekitAsync([
      "grade",
      input,
      "--function",
      "INCIDENTLEVEL",
      "--out",
      tmp.path("net-graded.xlsx"),
    ]);
    expect(graded.status).toBe(0);

    const calc = await gradekitAsync(["calc", `=WEBSERVICE("${url}/calc")`, "--json"]);
    expect(JSON.parse(calc.stdout)).toMatchObject({ error: "#NAME?" });
    expect(hits).toEqual([]);
  });
});

describe("zip packages", () => {
  async function withEntry(name: string, data = "<x/>"): Promise<string> {
    const base = await entriesOf(await buildXlsx([{ name: "S", rows: "" }], []));
    const path = tmp.path(`slip-${readdirSync(tmp.dir).length}.xlsx`);
    writeFileSync(path, rawZip([...base, { name, data: Buffer.from(data) }]));
    return path;
  }

  test.each(["../../evil.xml", "/etc/evil.xml", "xl\\..\\..\\evil.xml", "xl/../../evil.xml"])(
    "a part named %s is refused by recalc and grade; nothing is written anywhere",
    async (name) => {
      const input = await withEntry(name);
      const out = tmp.path("slip-out.xlsx");
      const recalc = gradekit(["recalc", input, "--out", out]);
      expect(recalc.status).toBe(2);
      expect(recalc.stderr).toContain(`含有名为“${name}”的部件，位于包之外`);
      const grade = gradekit(["grade", input, "--function", "INCIDENTLEVEL", "--out", out]);
      expect(grade.status).toBe(2);
      expect(grade.stderr).toContain("位于包之外");
      expect(existsSync(out)).toBe(false);
      expect(existsSync(join(dirname(tmp.dir), "evil.xml"))).toBe(false);
    }
  );

  describe("zip bombs", () => {
    const SIZE = 300 * 1024 * 1024;
    let honest: string;
    let lying: string;
    let strings: string;
    let media: string;
    beforeAll(async () => {
      const rows = `<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>12</v></c></row>`;
      const base = await entriesOf(await buildXlsx([{ name: "S", rows }], ["死亡人数"]));
      const bomb = Buffer.alloc(SIZE, 0x20);
      bomb.write('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>');
      const withBomb = (part: string, declaredSize?: number) => {
        const entries = base.map((e) => (e.name === part ? { ...e, data: bomb, declaredSize } : e));
        const added = entries.some((e) => e.name === part)
          ? []
          : [{ name: part, data: bomb, declaredSize }];
        return rawZip([...entries, ...added]);
      };
      honest = tmp.path("bomb.xlsx");
      writeFileSync(honest, withBomb("xl/worksheets/sheet1.xml"));
      lying = tmp.path("bomb-lying.xlsx");
      writeFileSync(lying, withBomb("xl/worksheets/sheet1.xml", 1000));
      strings = tmp.path("bomb-strings.xlsx");
      writeFileSync(strings, withBomb("xl/sharedStrings.xml", 1000));
      media = tmp.path("bomb-media.xlsx");
      writeFileSync(media, withBomb("xl/media/image1.png", 1000));
    });

    test("the bombs are small files", () => {
      for (const file of [honest, lying, strings, media]) {
        expect(readFileSync(file).length).toBeLessThan(1024 * 1024);
      }
    });

    test("recalc refuses a bomb that declares its size, before inflating it", () => {
      const run = gradekit(["recalc", honest, "--out", tmp.path("bomb-out.xlsx")]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("解压后超过 256 MB");
      expect(run.stderr).toContain("zip 炸弹");
    });

    test("recalc stops inflating a bomb that understates its size at the limit", async () => {
      const run = gradekit(["recalc", lying, "--out", tmp.path("bomb-out.xlsx")]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("解压后超过 256 MB");
      // In process, with a lower limit: inflating stopped at the limit, not at the end.
      const pkg = await openPackage(readFileSync(lying), "bomb", 64 * 1024 * 1024);
      const inflaters = watchInflaters();
      await expect(pkg.read("xl/worksheets/sheet1.xml")).rejects.toThrow(/more than 64 MB/);
      expect(inflaters.stop()).toBeLessThan(readFileSync(lying).length / 2);
    });

    test.each([
      ["a sheet that declares its size", () => honest],
      ["a sheet that understates its size", () => lying],
      ["shared strings that understate their size", () => strings],
    ])("grade refuses an xlsx bomb in %s", (_how, path) => {
      const out = tmp.path("bomb-graded.xlsx");
      const run = gradekit(["grade", path(), "--function", "INCIDENTLEVEL", "--out", out]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("解压后超过 256 MB");
      expect(run.stderr).toContain("zip 炸弹");
      expect(existsSync(out)).toBe(false);
    });

    test("grade inflates only the parts it reads: a bomb in a picture is never opened", () => {
      const out = tmp.path("bomb-media-graded.csv");
      const set = ["--set", "seriousInjuries=0,directLoss=0"];
      const run = gradekit(["grade", media, "--function", "INCIDENTLEVEL", ...set, "--out", out]);
      expect(run.status).toBe(0);
      expect(readFileSync(out, "utf8")).toContain("重大事故");
    });

    test("grade's reading stops inflating at the limit, a small part of the way in", async () => {
      // The shared strings are read as the package opens: the bomb is refused there.
      const inflaters = watchInflaters();
      await expect(openPackage(readFileSync(strings), "bomb", 64 * 1024 * 1024)).rejects.toThrow(
        /more than 64 MB/
      );
      // The bomb is nearly all of the package: its inflater took in a fifth of it, not all.
      expect(inflaters.stop()).toBeLessThan(readFileSync(strings).length / 2);
    });
  });

  test("a part whose deflated bytes are damaged is named; grade and recalc refuse it", async () => {
    const rows = `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`;
    const entries = await entriesOf(await buildXlsx([{ name: "S", rows }], ["死亡人数"]));
    const zip = rawZip(entries);
    // The sheet's first deflated byte made 0xFF: a block of type 3, which deflate does not have.
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const local = zip.indexOf(name) - 30;
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    zip[local + 30 + name.length] = 0xff;
    const input = tmp.path("damaged.xlsx");
    writeFileSync(input, zip);
    const out = tmp.path("damaged-out.xlsx");
    for (const command of [
      ["grade", input, "--function", "INCIDENTLEVEL", "--out", out],
      ["recalc", input, "--out", out],
    ]) {
      const run = gradekit(command);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("xl/worksheets/sheet1.xml 无法解压");
      expect(existsSync(out)).toBe(false);
    }
  });

  test("parts stored without compression are read, and counted as they are", async () => {
    const source = new ExcelJS.Workbook();
    source.addWorksheet("台账").addRows([
      ["死亡人数", "重伤人数", "直接经济损失"],
      [12, 0, 0],
    ]);
    const zip = await JSZip.loadAsync(await source.xlsx.writeBuffer());
    const input = tmp.path("stored.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer", compression: "STORE" }));
    const out = tmp.path("stored-graded.csv");
    const run = gradekit(["grade", input, "--function", "INCIDENTLEVEL", "--out", out]);
    expect(run.status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("重大事故");

    const rows = `<row r="1"><c r="A1"><v>1</v></c></row>`;
    const entries = await entriesOf(await buildXlsx([{ name: "S", rows }], []));
    const padded = Buffer.concat([Buffer.from("<worksheet>"), Buffer.alloc(2 * 1024 * 1024, 0x20)]);
    const lying = rawZip(
      entries.map((e) =>
        e.name === "xl/worksheets/sheet1.xml"
          ? { ...e, data: padded, stored: true, declaredSize: 10 }
          : e
      )
    );
    const pkg = await openPackage(lying, "stored", 1024 * 1024);
    await expect(pkg.read("xl/worksheets/sheet1.xml")).rejects.toThrow(/more than 1 MB/);
  });
});

describe("XML entities", () => {
  const SECRET = tmp.path("secret.txt");
  beforeAll(() => writeFileSync(SECRET, "TOP-SECRET-VALUE"));

  async function withDoctype(doctype: string, text: string): Promise<string> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("S");
    sheet.addRow(["死亡人数", "重伤人数", "直接经济损失"]);
    sheet.addRow(["placeholder", 0, 0]);
    sheet.getCell("D2").value = { formula: "_xldudf_GRADE_INCIDENTLEVEL(A2,B2,C2)", result: "x" };
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    zip.file(
      "xl/sharedStrings.xml",
      strings.replace(/^<\?xml[^>]*\?>/, (decl) => decl + doctype).replace("placeholder", text)
    );
    const path = tmp.path(`entities-${readdirSync(tmp.dir).length}.xlsx`);
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    return path;
  }

  test.each([
    ["an external entity (XXE)", `<!DOCTYPE sst [<!ENTITY x SYSTEM "file://${SECRET}">]>`, "&x;"],
    [
      "nested entities (billion laughs)",
      '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
      "&c;",
    ],
  ])("%s is never expanded: recalc and grade refuse the file", async (_name, doctype, use) => {
    const input = await withDoctype(doctype, use);
    const out = tmp.path("entities-out.xlsx");
    const recalc = gradekit(["recalc", input, "--out", out]);
    expect(recalc.status).toBe(2);
    expect(recalc.stderr).toContain("声明了 DTD（<!DOCTYPE>）");
    const grade = gradekit(["grade", input, "--function", "INCIDENTLEVEL", "--out", out]);
    expect(grade.status).toBe(2);
    expect(grade.stderr).toContain("xl/sharedStrings.xml 声明了 DTD（<!DOCTYPE>）");
    expect(`${recalc.stderr}${grade.stderr}`).not.toContain("TOP-SECRET-VALUE");
    expect(existsSync(out)).toBe(false);
  });

  test("recalc refuses a DTD in a sheet, naming the part, and writes nothing", async () => {
    const input = await workbookWith("");
    const zip = await JSZip.loadAsync(readFileSync(input));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const doctype = `<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file://${SECRET}">]>`;
    zip.file(
      "xl/worksheets/sheet1.xml",
      sheet.replace(/^<\?xml[^>]*\?>/, (d) => d + doctype)
    );
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const out = tmp.path("sheet-dtd.xlsx");
    const recalc = gradekit(["recalc", input, "--out", out]);
    expect(recalc.status).toBe(2);
    expect(recalc.stderr).toContain("xl/worksheets/sheet1.xml 声明了 DTD（<!DOCTYPE>）");
    expect(recalc.stderr).not.toContain("TOP-SECRET-VALUE");
    expect(existsSync(out)).toBe(false);
  });

  test("an entity reference in text without a DTD stays literal text", async () => {
    const input = await workbookWith(`<c r="B2" t="inlineStr"><is><t>&amp;x; &#x41;</t></is></c>`);
    const pkg = await openPackage(readFileSync(input), input);
    const sheet = await pkg.read("xl/worksheets/sheet1.xml");
    expect(sheet).toContain("&amp;x; &#x41;");
  });
});

describe("formula text from a workbook only computes", () => {
  test("recalc computes GRADE over what formulas return, and nothing else happens", async () => {
    const input = await workbookWith(
      `<c r="B2" t="str"><f>A2&amp;HYPERLINK("file:///etc/passwd","x")</f><v>0</v></c>`
    );
    const out = tmp.path("only-compute.xlsx");
    const run = gradekit(["recalc", input, "--out", out]);
    expect(run.status).toBe(0);
    const xml = await (
      await JSZip.loadAsync(readFileSync(out))
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    expect(xml).toContain("<v>重大事故x</v>");
    expect(xml).not.toContain("root:");
  });
});
