/**
 * The floor for `gradekit grade`: the same file read and written with the same libraries
 * (csv-parse and csv-stringify, ExcelJS's streaming reader and writer), each row given a
 * fixed label instead of a grade.
 *
 *   node bench/files-baseline.js csv|xlsx <in> <out>
 */
"use strict";
const { createReadStream, createWriteStream } = require("node:fs");
const { pipeline } = require("node:stream/promises");
const { Transform } = require("node:stream");

const LABEL = "一般事故";

async function csv(input, output) {
  const { parse } = require("csv-parse");
  const { stringify } = require("csv-stringify");
  let header = true;
  const label = new Transform({
    objectMode: true,
    transform(row, _encoding, done) {
      row.push(header ? "事故等级" : LABEL);
      header = false;
      done(null, row);
    },
  });
  await pipeline(
    createReadStream(input),
    parse({ bom: true }),
    label,
    stringify(),
    createWriteStream(output)
  );
}

async function xlsx(input, output) {
  const ExcelJS = require("exceljs");
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: "emit" });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: output });
  const sheet = writer.addWorksheet("Sheet1");
  for await (const worksheet of reader) {
    let header = true;
    for await (const row of worksheet) {
      sheet.addRow([...row.values.slice(1), header ? "事故等级" : LABEL]).commit();
      header = false;
    }
    break;
  }
  sheet.commit();
  await writer.commit();
}

const [kind, input, output] = process.argv.slice(2);
(kind === "xlsx" ? xlsx : csv)(input, output).catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exitCode = 1;
});
