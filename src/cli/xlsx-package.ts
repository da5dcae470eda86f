/**
 * Opening an xlsx/xlsm package without rewriting it: the zip's parts are read as they are,
 * and only the parts we patch are replaced when it is saved. Files that are not an xlsx
 * package (.xls, .xlsb, encrypted workbooks, anything else) are refused with the reason, and
 * so are packages package-guard.ts refuses (unsafe part names, zip bombs, DTDs).
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { loadPackage, MAX_XML_BYTES, partReader, PartReader, refusal } from "./package-guard";

export { refusal };
import { InputError } from "./table";
import { messages } from "../grading/messages";

export interface SheetPart {
  readonly name: string;
  readonly path: string;
  /** A worksheet, not a chart sheet, dialog sheet or macro sheet. */
  readonly worksheet: boolean;
  /** Hidden from the sheet tabs (state="hidden" or "veryHidden"). */
  readonly hidden: boolean;
}

/** An Excel Table on a sheet: its range (A1:D10) and how many totals rows end it. */
export interface SheetTable {
  readonly ref: string;
  readonly totalsRows: number;
}

export interface XlsxPackage {
  readonly zip: JSZip;
  /** Reads a part's text within the package's size budget. */
  readonly read: PartReader;
  readonly workbookPath: string;
  readonly sheets: readonly SheetPart[];
  readonly sharedStrings: readonly string[];
  /** The styles part, when the workbook has one. */
  readonly stylesPath?: string;
  /** Whether date serials count from 1904 (workbookPr date1904), as old Mac Excel wrote. */
  readonly date1904: boolean;
  readonly definedNames: readonly { name: string; ref: string; sheet?: number }[];
}

export function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "amp") return "&";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

export function encodeXml(s: string): string {
  return s.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string
  );
}

/** An attribute of a tag's attribute text, quoted either way, spaces around = allowed. */
export function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

/** Joins a relationship target to the folder of the part that names it. */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

interface Relationship {
  readonly target: string;
  /** The relationship type's last word: worksheet, chartsheet, sharedStrings, styles… */
  readonly type: string;
}

async function relationships(read: PartReader, part: string): Promise<Map<string, Relationship>> {
  const dir = part.split("/").slice(0, -1).join("/");
  const name = part.split("/").pop();
  const xml = (await read(`${dir ? `${dir}/` : ""}_rels/${name}.rels`)) ?? "";
  const out = new Map<string, Relationship>();
  for (const m of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attribute(m[1], "Id");
    const target = attribute(m[1], "Target");
    if (id && target && attribute(m[1], "TargetMode") !== "External") {
      const type = (attribute(m[1], "Type") ?? "").split("/").pop() ?? "";
      out.set(id, { target: resolveTarget(part, target), type });
    }
  }
  return out;
}

/**
 * Excel's escape for characters XML cannot hold (_x000D_ for a carriage return); _x005F_ is
 * the underscore itself, so that _x005F_x000D_ stays the literal text "_x000D_".
 */
export function unescapeText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

/**
 * Text of a shared-string or inline item: all <t> runs joined (rich text included), without
 * the phonetic guides (<rPh>) East Asian Excel keeps beside a cell's text.
 */
export function itemText(xml: string): string {
  let s = "";
  const text = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  for (const m of text.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) {
    s += decodeXml(m[1] ?? "");
  }
  return unescapeText(s);
}

/**
 * The shared strings, tokenised by saxes, so that a part that is cut off or not XML is
 * refused instead of read as fewer strings.
 */
export function sharedStringItems(xml: string, part: string, path: string): string[] {
  const items: string[] = [];
  let item: string | undefined;
  let inText = false;
  let phonetic = false;
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    if (tag.name === "si") item = "";
    else if (tag.name === "rPh") phonetic = true;
    else if (tag.name === "t" && item !== undefined && !phonetic) inText = !tag.isSelfClosing;
  });
  const text = (t: string) => {
    if (inText) item += t;
  };
  parser.on("text", text);
  parser.on("cdata", text);
  parser.on("closetag", (tag) => {
    if (tag.name === "t") inText = false;
    else if (tag.name === "rPh") phonetic = false;
    else if (tag.name === "si" && item !== undefined) {
      items.push(unescapeText(item));
      item = undefined;
    }
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new InputError(messages.xmlMalformed(path, part, (e as Error).message));
  }
  return items;
}

/** The Excel Tables (ListObjects) a sheet holds, from its relationships. */
export async function sheetTables(pkg: XlsxPackage, sheetPath: string): Promise<SheetTable[]> {
  const tables: SheetTable[] = [];
  for (const rel of (await relationships(pkg.read, sheetPath)).values()) {
    if (rel.type !== "table") continue;
    const open = /<table\b[^>]*>/.exec((await pkg.read(rel.target)) ?? "")?.[0] ?? "";
    const ref = attribute(open, "ref");
    if (ref) tables.push({ ref, totalsRows: Number(attribute(open, "totalsRowCount") ?? 0) });
  }
  return tables;
}

export async function openPackage(
  bytes: Buffer,
  path: string,
  maxXmlBytes = MAX_XML_BYTES
): Promise<XlsxPackage> {
  const zip = await loadPackage(bytes, path);
  const read = partReader(zip, path, maxXmlBytes);
  const rootRels = await relationships(read, "");
  const workbookPath =
    [...rootRels.values()].map((r) => r.target).find((t) => /workbook\.(xml|bin)$/.test(t)) ??
    "xl/workbook.xml";
  if (workbookPath.endsWith(".bin") || zip.file("xl/workbook.bin")) {
    throw new InputError(messages.binaryWorkbook(path));
  }
  const workbookXml = await read(workbookPath);
  if (workbookXml === undefined) throw new InputError(messages.zipNotWorkbook(path));

  const rels = await relationships(read, workbookPath);
  const sheets: SheetPart[] = [];
  for (const m of workbookXml.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const prefix = /\s(\w+):id\s*=/.exec(m[1])?.[1];
    const id = prefix === undefined ? undefined : attribute(m[1], `${prefix}:id`);
    const rel = id ? rels.get(id) : undefined;
    if (rel && zip.file(rel.target)) {
      const worksheet = rel.type === "worksheet";
      const hidden = /^(hidden|veryHidden)$/.test(attribute(m[1], "state") ?? "");
      sheets.push({ name: attribute(m[1], "name") ?? "", path: rel.target, worksheet, hidden });
    }
  }

  const partOf = (type: string) => [...rels.values()].find((r) => r.type === type)?.target;
  const stringsPath = partOf("sharedStrings");
  const stringsXml = stringsPath ? await read(stringsPath) : undefined;
  const sharedStrings = stringsXml ? sharedStringItems(stringsXml, stringsPath!, path) : [];

  const stylesPath = partOf("styles");
  const workbookPr = /<workbookPr\b([^>]*)>/.exec(workbookXml)?.[1] ?? "";
  const date1904 = /^(1|true)$/.test(attribute(workbookPr, "date1904") ?? "");

  const definedNames = [...workbookXml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)]
    .map((m) => {
      const sheet = attribute(m[1], "localSheetId");
      return {
        name: attribute(m[1], "name") ?? "",
        ref: decodeXml(m[2]),
        sheet: sheet === undefined ? undefined : Number(sheet),
      };
    })
    .filter((d) => d.name && !d.name.startsWith("_xlnm."));

  return { zip, read, workbookPath, sheets, sharedStrings, stylesPath, date1904, definedNames };
}
