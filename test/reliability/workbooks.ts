/**
 * Workbooks for the reliability tests, built part by part so that every byte is known: one
 * with Data-Model PivotTables and the other parts recalc must carry over untouched, and a
 * graded workbook a user then extends in Excel.
 */
import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { buildXlsx } from "../cli/xlsx-fixture";

const GRADE = (r: number) =>
  `<c r="D${r}" t="str"><f>_xldudf_GRADE_INCIDENTLEVEL(A${r},B${r},C${r})</f><v>stale</v></c>`;
const n = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;

/** Bytes that look like a Power Pivot model: not XML, not text, never to be re-encoded. */
function modelBytes(size: number): Buffer {
  const out = Buffer.alloc(size);
  let x = 2463534242;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** What follows <sheetData> in the data sheet: merges, user colour rules, validation, extLst. */
export const SHEET_TAIL =
  '<mergeCells count="1"><mergeCell ref="F2:G2"/></mergeCells>' +
  '<conditionalFormatting sqref="D2:D4"><cfRule type="containsText" dxfId="0" priority="1" operator="containsText" text="重大"><formula>NOT(ISERROR(SEARCH("重大",D2)))</formula></cfRule></conditionalFormatting>' +
  '<dataValidations count="1"><dataValidation type="whole" sqref="A2:A100"><formula1>0</formula1></dataValidation></dataValidations>' +
  '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings/></ext></extLst>';

/** Parts recalc does not read, each as written by Excel (shortened). */
export const FOREIGN_PARTS: Record<string, string | Buffer> = {
  "xl/model/item.data": modelBytes(200_000),
  "xl/connections.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<connections xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><connection id="1" keepAlive="1" name="ThisWorkbookDataModel" description="数据模型" type="5" refreshedVersion="6" background="1"><dbPr connection="Data Model Connection" command="Model" commandType="1"/><olapPr sendLocale="1" rowDrillCount="1000"/></connection></connections>`,
  "xl/pivotCache/pivotCacheDefinition1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" refreshOnLoad="1" createdVersion="6"><cacheSource type="external" connectionId="1"/><cacheFields count="1"><cacheField name="[事故].[等级].[等级]" numFmtId="0" hierarchy="1" level="1"/></cacheFields><cacheHierarchies count="1"><cacheHierarchy uniqueName="[事故].[等级]" caption="等级" attribute="1" defaultMemberUniqueName="[事故].[等级].[All]" allUniqueName="[事故].[等级].[All]" dimensionUniqueName="[事故]"/></cacheHierarchies><extLst><ext uri="{725AE2AE-9491-48be-B2B4-4EB974FC3084}"><x14:pivotCacheDefinition pivotCacheId="1" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"/></ext></extLst></pivotCacheDefinition>`,
  "xl/pivotTables/pivotTable1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="数据透视表1" cacheId="1" dataOnRows="1"><location ref="A3:B8" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`,
  "customXml/item1.xml": `<?xml version="1.0" encoding="utf-16"?><Gemini xmlns="http://gemini/pivotcustomization/LinkedTableUpdateMode"><CustomContent><![CDATA[True]]></CustomContent></Gemini>`,
  "xl/externalLinks/externalLink1.xml": `<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>`,
  "xl/externalLinks/_rels/externalLink1.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="http://127.0.0.1:9/remote.xlsx" TargetMode="External"/></Relationships>`,
  "xl/charts/chart1.xml": `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:ser><c:val><c:numRef><c:f>Data!$A$2:$A$4</c:f></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>`,
  "xl/comments1.xml": `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>张三</author></authors><commentList><comment ref="A2" authorId="0"><text><t>核实中</t></text></comment></commentList></comments>`,
  "xl/slicers/slicer1.xml": `<slicers xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><slicer name="等级" cache="切片器_等级" caption="等级" rowHeight="241300"/></slicers>`,
  "docProps/custom.xml": `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="密级"><vt:lpwstr xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">内部</vt:lpwstr></property></Properties>`,
  "xl/vbaProject.bin": Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 1, 2, 3]),
};

/** An accident log with stale GRADE results and every part above; written to `path`. */
export async function dataModelWorkbook(path: string): Promise<void> {
  const rows =
    `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>` +
    `<row r="2">${n("A2", 12)}${n("B2", 0)}${n("C2", 0)}${GRADE(2)}</row>` +
    `<row r="3">${n("A3", 1)}${n("B3", 0)}${n("C3", 0)}${GRADE(3)}</row>` +
    `<row r="4">${n("A4", 0)}${n("B4", 0)}${n("C4", 2e8)}${GRADE(4)}</row>`;
  const bytes = await buildXlsx([{ name: "Data", rows }], ["死亡", "重伤", "损失"], FOREIGN_PARTS);
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", sheet.replace("</sheetData>", `</sheetData>${SHEET_TAIL}`));
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Edits one part of a package in place. */
export async function editPart(
  path: string,
  part: string,
  edit: (xml: string) => string
): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const before = await zip.file(part)!.async("string");
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${part}`);
  zip.file(part, after);
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** The text of one part. */
export async function partText(path: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return zip.file(part)!.async("string");
}

/** A data row as Excel writes it when the user types below the data and fills the grade down. */
export function appendedRow(r: number, id: string, deaths: number | string): string {
  const formula = `_xldudf_GRADE_INCIDENTLEVEL(C${r},D${r},IF(E${r}=&quot;&quot;,&quot;&quot;,IFERROR(VALUE(E${r})*10000,E${r})))`;
  const deathsCell =
    typeof deaths === "number"
      ? `<c r="C${r}"><v>${deaths}</v></c>`
      : `<c r="C${r}" t="inlineStr"><is><t>${deaths}</t></is></c>`;
  return (
    `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${id}</t></is></c>` +
    `<c r="B${r}" t="inlineStr"><is><t>丙</t></is></c>${deathsCell}` +
    `<c r="D${r}"><v>0</v></c><c r="E${r}"><v>0</v></c>` +
    `<c r="F${r}" t="str"><f>${formula}</f><v></v></c></row>`
  );
}
