/**
 * What GradeKit refuses to read in a zip package: part names that climb out of the package
 * (zip-slip: "../x", "/x", "C:\x"), and more than any workbook GradeKit can handle once
 * unpacked (zip bombs). Parts are inflated by Node's zlib as streams and counted, and
 * inflating stops at the limit, so a size the zip's directory understates is caught too.
 * XML is never run through a parser that expands entities, and a DOCTYPE, which Excel never
 * writes, is refused outright.
 */
import { createInflateRaw } from "node:zlib";
import JSZip from "jszip";
import { Text } from "../grading";
import { messages } from "../grading/messages";
import { InputError } from "./table";

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The reason a file is not an xlsx package, or null when it is a zip. */
export function refusal(bytes: Buffer, path: string): Text | null {
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) {
    // Encrypted OOXML is a CFB container holding an "EncryptionInfo" stream (UTF-16 name).
    if (bytes.includes(Buffer.from("EncryptionInfo", "utf16le"))) {
      return {
        zh: `${path} 已加密（有密码保护），请先另存一份未加密的 .xlsx`,
        en: `${path} is encrypted (password-protected); save an unprotected copy as .xlsx first`,
      };
    }
    return {
      zh: `${path} 是 Excel 97-2003 工作簿（.xls），请先在 Excel 中另存为 .xlsx`,
      en: `${path} is an Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx first`,
    };
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    return {
      zh: `${path} 不是 xlsx 工作簿（不是 zip 格式的文件）`,
      en: `${path} is not an xlsx workbook (it is not a zip package)`,
    };
  }
  return null;
}

/**
 * The most the parts GradeKit reads of a package may unpack to, together. A 100,000-row sheet
 * is about 15 MB of XML and already takes recalc's formula engine 2 GB; 256 MB is far past
 * any workable workbook and below the longest string V8 can hold.
 */
export const MAX_XML_BYTES = 256 * 1024 * 1024;

/** A part as the zip stores it. */
interface StoredPart {
  /** The part's bytes in the zip: deflated, or the part itself when stored as it is. */
  readonly bytes: Buffer;
  readonly deflated: boolean;
  /** The size the zip's central directory declares for the part once inflated. */
  readonly declaredSize: number;
}

const DEFLATE = "\x08\x00";

/**
 * Where JSZip found a part in the zip. JSZip keeps this privately; taking it lets Node's
 * zlib inflate the part, several times faster than JSZip's JavaScript inflater.
 */
function storedPart(file: JSZip.JSZipObject): StoredPart {
  const data = (
    file as unknown as {
      _data?: {
        compressedContent?: Uint8Array;
        compression?: { magic?: string };
        uncompressedSize?: number;
      };
    }
  )._data;
  const content = data?.compressedContent;
  if (!content) throw new Error(`${file.name} was not loaded from a zip package`);
  return {
    bytes: Buffer.from(content.buffer, content.byteOffset, content.byteLength),
    deflated: data.compression?.magic === DEFLATE,
    declaredSize: typeof data.uncompressedSize === "number" ? data.uncompressedSize : 0,
  };
}

const CHUNK = 64 * 1024;

/**
 * Hands a part's bytes to `take` as they inflate, 64 KB at a time, and keeps none of them.
 * zlib inflates no further ahead than the chunks taken, so when `take` says no, the rest of
 * the part is never inflated. False when `take` stopped it.
 */
async function unpack(part: StoredPart, take: (chunk: Buffer) => boolean): Promise<boolean> {
  if (!part.deflated) return take(part.bytes);
  const stream = createInflateRaw({ chunkSize: CHUNK });
  stream.end(part.bytes);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) if (!take(chunk)) return false;
    return true;
  } finally {
    stream.destroy();
  }
}

/** Refuses a package with a part whose name is not a plain relative path. */
export function checkPartNames(zip: JSZip, path: string): void {
  for (const file of Object.values(zip.files)) {
    // JSZip strips "../" from names and keeps what it saw in unsafeOriginalName.
    const name = (file as { unsafeOriginalName?: string }).unsafeOriginalName ?? file.name;
    if (name.startsWith("/") || name.includes("\\") || /(^|\/)\.\.(\/|$)/.test(name)) {
      throw new InputError(messages.partOutsidePackage(path, name));
    }
  }
}

/** Opens an xlsx package: refuses what is not one, then checks its part names. */
export async function loadPackage(bytes: Buffer, path: string): Promise<JSZip> {
  const refused = refusal(bytes, path);
  if (refused) throw new InputError(refused);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    const detail = (e as Error).message;
    throw new InputError({
      zh: `${path} 无法作为 zip 读取，文件可能不完整或已损坏（${detail}）`,
      en: `${path} is not a readable zip package, perhaps cut short or damaged: ${detail}`,
    });
  }
  checkPartNames(zip, path);
  return zip;
}

function tooLarge(path: string, limit: number): InputError {
  const mb = Math.round(limit / 1024 / 1024);
  return new InputError(messages.packageTooLarge(path, mb));
}

function cannotUnpack(path: string, part: string, e: Error): InputError {
  return new InputError(messages.partNotUnpacked(path, part, e.message));
}

export interface PartReader {
  /** The text of a part, or undefined when the package has no such part. */
  (part: string): Promise<string | undefined>;
}

/**
 * Reads parts as UTF-8 text within one budget for the whole package. The declared size is
 * checked first; the part is then counted as it inflates, and inflating stops as soon as
 * the budget runs out.
 */
export function partReader(zip: JSZip, path: string, limit = MAX_XML_BYTES): PartReader {
  let used = 0;
  return async (name) => {
    const file = zip.file(name);
    if (!file) return undefined;
    const part = storedPart(file);
    if (used + part.declaredSize > limit) throw tooLarge(path, limit);

    const chunks: Buffer[] = [];
    const whole = await unpack(part, (chunk) => {
      used += chunk.length;
      chunks.push(chunk);
      return used <= limit;
    }).catch((e: Error) => {
      throw cannotUnpack(path, name, e);
    });
    if (!whole) throw tooLarge(path, limit);

    const text = Buffer.concat(chunks).toString("utf8");
    checkXml(text, name, path);
    return text;
  };
}

const DOCTYPE = /<!DOCTYPE/i;
/** The spreadsheet elements GradeKit reads, written with a namespace prefix (<x:c>). */
const PREFIXED = /<[A-Za-z_][\w.-]*:(?:workbook|worksheet|sheetData|sst|si|row|c)\b/;

/** Refuses XML that declares a DTD, or that GradeKit would misread. */
export function checkXml(xml: string, part: string, path: string): void {
  if (DOCTYPE.test(xml)) {
    throw new InputError(messages.xmlDoctype(path, part));
  }
  if (PREFIXED.test(xml)) {
    throw new InputError(messages.xmlPrefixed(path, part));
  }
}
