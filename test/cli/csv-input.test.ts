import { writeFileSync } from "node:fs";
import fc from "fast-check";
import * as iconv from "iconv-lite";
import { detectDelimiter, detectEncoding, openCsv, typeCsvField } from "../../src/cli/csv-input";
import { rowsOf } from "../../src/cli/table";
import { tempDir } from "./cli-helpers";

const TEXT = '单位,死亡人数,备注\r\n甲,3人,"含,逗号"\r\n乙,１２,\r\n';
const tmp = tempDir();
afterAll(tmp.cleanup);

async function readAll(path: string) {
  const table = await openCsv(path);
  const rows = [];
  for await (const row of rowsOf(table)) rows.push(row.cells);
  return { table, rows };
}

describe("CSV encodings", () => {
  const cases: [string, Buffer, string][] = [
    [
      "UTF-8 with BOM",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]),
      "UTF-8",
    ],
    ["UTF-8 without BOM", Buffer.from(TEXT), "UTF-8"],
    ["GBK", iconv.encode(TEXT, "gbk"), "GB18030"],
    ["GB18030", iconv.encode(TEXT, "gb18030"), "GB18030"],
  ];
  it.each(cases)("reads %s", async (name, bytes, shown) => {
    const path = tmp.path(`${name}.csv`);
    writeFileSync(path, bytes);
    const { table, rows } = await readAll(path);
    expect(table.headers).toEqual(["单位", "死亡人数", "备注"]);
    expect(table.description.en).toContain(shown);
    expect(rows).toEqual([
      ["甲", "3人", "含,逗号"],
      ["乙", "１２", null],
    ]);
  });

  it("decides as a strict UTF-8 decoder would, whatever falls on the 1 MB read boundaries", async () => {
    const strict = (bytes: Buffer) => {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        return "utf8";
      } catch {
        return "gb18030";
      }
    };
    const tails = ["甲", "😀", "é", "\uFEFF"].map((c) => Buffer.from(c));
    tails.push(Buffer.from([0xe7, 0x94]), Buffer.from([0xf0, 0x9f, 0x98]), Buffer.from([0xc3]));
    let n = 0;
    for (const tail of tails) {
      for (let before = 1; before <= 4; before++) {
        for (const after of [Buffer.alloc(0), Buffer.from(",1\n")]) {
          const bytes = Buffer.concat([Buffer.alloc((1 << 20) - before, 0x61), tail, after]);
          const path = tmp.path(`boundary-${n++}.csv`);
          writeFileSync(path, bytes);
          expect(await detectEncoding(path)).toBe(strict(bytes));
        }
      }
    }
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 40 }), async (raw) => {
        const path = tmp.path(`random-${n++}.csv`);
        writeFileSync(path, raw);
        expect(await detectEncoding(path)).toBe(strict(Buffer.from(raw)));
      }),
      { numRuns: 200 }
    );
  });

  it("calls a file GB18030 when any byte sequence is not UTF-8, even late in the file", async () => {
    const path = tmp.path("late.csv");
    const head = Buffer.from("a,b\r\n" + "1,2\r\n".repeat(300000));
    writeFileSync(path, Buffer.concat([head, iconv.encode("甲,乙\r\n", "gbk")]));
    expect(await detectEncoding(path)).toBe("gb18030");
  });
});

describe("CSV delimiters", () => {
  it.each([
    [",", "a,b;c,d"],
    [";", "死亡;重伤;损失"],
    ["\t", "死亡\t重伤\t损失,万元"],
    [",", '"a;b;c",d,e'],
  ])("detects %j in %j", (delimiter, line) => {
    expect(detectDelimiter(line)).toBe(delimiter);
  });

  it("reads a semicolon file", async () => {
    const path = tmp.path("semi.csv");
    writeFileSync(path, "死亡;重伤\n1;2\n");
    const { rows } = await readAll(path);
    expect(rows).toEqual([[1, 2]]);
  });
});

describe("typeCsvField", () => {
  it("types fields as Excel does when it opens a CSV", () => {
    expect(typeCsvField("12")).toBe(12);
    expect(typeCsvField("-1.5e3")).toBe(-1500);
    expect(typeCsvField("007")).toBe("007");
    expect(typeCsvField("  ")).toBeNull();
    expect(typeCsvField("2017-03-01")).toBe(42795);
    expect(typeCsvField("2017-02-30")).toBe("2017-02-30");
    expect(typeCsvField("3人")).toBe("3人");
  });

  it("reads plain digits (its fast path) exactly as Number reads them", () => {
    const digits = fc.stringMatching(/^(0|[1-9]\d{0,19})$/);
    fc.assert(fc.property(digits, (s) => expect(typeCsvField(s)).toBe(Number(s))));
    expect(typeCsvField("999999999999999")).toBe(999_999_999_999_999);
    expect(typeCsvField("9007199254740993")).toBe(9_007_199_254_740_992);
  });
});

describe("eachRow", () => {
  const files: [string, Buffer][] = [
    ["plain", Buffer.from("a,b,c\r\n1,2,3\r\n4,5,6\r\n")],
    ["extra fields and a cut-off last row", Buffer.from("a,b,c\n1,2,3\n1,2,3,4\n7,8")],
    ["an unterminated whole last row", Buffer.from("a,b,c\n1,2,3\n7,8,9")],
    ["a blank last line", Buffer.from("a,b,c\n1,2,3\n , , ")],
    ["GBK", iconv.encode("单位,死亡\r\n甲,3人\r\n乙,12\r\n", "gbk")],
    ["header only", Buffer.from("a,b,c\n")],
    ["many rows", Buffer.from("a,b\n" + "1,2\n".repeat(5000))],
  ];

  it.each(files)("hands over the rows batches gives: %s", async (name, bytes) => {
    const path = tmp.path(`each-${name}.csv`);
    writeFileSync(path, bytes);
    const table = await openCsv(path);
    const batched = [];
    for await (const row of rowsOf(table)) batched.push(row);
    const taken: unknown[] = [];
    let waits = 0;
    await table.eachRow(
      (row) => {
        taken.push(row);
        // Every 100th row makes the reader wait, as a full output file does.
        if (taken.length % 100 === 0) {
          return new Promise<void>((resolve) => setImmediate(() => resolve(void waits++)));
        }
      },
      () => undefined,
      new Set([1])
    );
    const typedAll: unknown[] = [];
    await table.eachRow((row) => void typedAll.push(row));
    expect(typedAll).toEqual(batched);
    expect(taken.length).toBe(batched.length);
    expect(waits).toBe(Math.floor(batched.length / 100));
  });

  it("stops at the first error the taker throws, and reports an open quote as cut off", async () => {
    const path = tmp.path("each-stop.csv");
    writeFileSync(path, "a,b\n" + "1,2\n".repeat(3000));
    const table = await openCsv(path);
    let n = 0;
    await expect(
      table.eachRow(() => {
        if (++n === 1500) throw new Error("disk full");
      })
    ).rejects.toThrow("disk full");
    expect(n).toBe(1500);
    const open = tmp.path("each-quote.csv");
    writeFileSync(open, 'a,b\n1,"2\n3,4\n');
    await expect((await openCsv(open)).eachRow(() => undefined)).rejects.toThrow(/引号|quote/);
  });
});

describe("rows with more fields than the header", () => {
  it("quote the extra fields in their reason only up to a length a cell can show", async () => {
    const path = tmp.path("very-wide-row.csv");
    writeFileSync(path, `a,b\n1,2,${Array.from({ length: 20_000 }, (_, i) => i).join(",")}\n`);
    const [row] = await (async () => {
      const rows = [];
      for await (const r of rowsOf(await openCsv(path))) rows.push(r);
      return rows;
    })();
    expect(row.extraFields!.zh).toContain("多出：0,1,2,3");
    expect(row.extraFields!.zh.length).toBeLessThan(400);
    expect(row.extraFields!.en.length).toBeLessThan(400);
  });
});
