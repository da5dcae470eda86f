/**
 * What GradeKit refuses to read in a zip package: part names that climb out of the package
 * (zip-slip: "../x", "/x", "C:\x"), and more than any workbook GradeKit can handle once
 * unpacked (zip bombs). Parts are inflated as streams and counted, and inflating stops at
 * the limit, so a size the zip's directory understates is caught too. XML is never run
 * through a parser that expands entities, and a DOCTYPE, which Excel never writes, is
 * refused outright.
 */
import JSZip from "jszip";
import { Text } from "../grading";
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
 * The most a package may unpack to (recalc's XML, or a grade input exceljs reads whole). A
 * 100,000-row sheet is about 15 MB of XML and already takes the formula engine 2 GB; 256 MB
 * is far past any workable workbook and below the longest string V8 can hold.
 */
export const MAX_XML_BYTES = 256 * 1024 * 1024;

/** The size the zip's central directory declares for a part (JSZip keeps it privately). */
function declaredSize(file: JSZip.JSZipObject): number {
  const data = (file as unknown as { _data?: { uncompressedSize?: number } })._data;
  return typeof data?.uncompressedSize === "number" ? data.uncompressedSize : 0;
}

/** Refuses a package with a part whose name is not a plain relative path. */
export function checkPartNames(zip: JSZip, path: string): void {
  for (const file of Object.values(zip.files)) {
    // JSZip strips "../" from names and keeps what it saw in unsafeOriginalName.
    const name = (file as { unsafeOriginalName?: string }).unsafeOriginalName ?? file.name;
    if (name.startsWith("/") || name.includes("\\") || /(^|\/)\.\.(\/|$)/.test(name)) {
      throw new InputError(
        `${path} holds a part named "${name}", outside the package: refusing to read it`
      );
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
    throw new InputError(`${path} is not a readable zip package: ${(e as Error).message}`);
  }
  checkPartNames(zip, path);
  return zip;
}

/**
 * Checks a package another reader (exceljs) will open whole: its part names, and the size
 * of every part once inflated, counted as it inflates (the text is not kept).
 */
export async function checkPackageFile(
  bytes: Buffer,
  path: string,
  limit = MAX_XML_BYTES
): Promise<void> {
  const zip = await loadPackage(bytes, path);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.reduce((n, f) => n + declaredSize(f), 0) > limit) throw tooLarge(path, limit);
  let used = 0;
  for (const file of files) {
    await inflate(file, (chunk) => (used += chunk.length) <= limit).catch((e) => {
      if (used > limit) throw tooLarge(path, limit);
      throw new InputError(`${path}: ${file.name} cannot be unpacked: ${(e as Error).message}`);
    });
  }
}

/** Streams a part, handing each chunk to `take`; stops and fails when `take` says no. */
function inflate(file: JSZip.JSZipObject, take: (chunk: Buffer) => boolean): Promise<void> {
  return new Promise<void>((done, fail) => {
    const stream = file.nodeStream("nodebuffer");
    stream.on("data", (chunk: Buffer) => {
      if (take(chunk)) return;
      // Stop inflating at once: the rest of the part is never decompressed.
      stream.pause();
      stream.removeAllListeners("data");
      fail(new Error("over the limit"));
    });
    stream.on("error", fail);
    stream.on("end", done);
  });
}

function tooLarge(path: string, limit: number): InputError {
  const mb = Math.round(limit / 1024 / 1024);
  return new InputError(
    `${path} unpacks to more than ${mb} MB, far more than any workbook GradeKit can ` +
      `grade or recalculate (or it is a zip bomb); refusing to read it`
  );
}

export interface PartReader {
  /** The text of a part, or undefined when the package has no such part. */
  (part: string): Promise<string | undefined>;
}

/**
 * Reads parts as UTF-8 text within one budget for the whole package. The declared size is
 * checked first; the stream is then counted, and stopped as soon as the budget runs out.
 */
export function partReader(zip: JSZip, path: string, limit = MAX_XML_BYTES): PartReader {
  let used = 0;
  return async (part) => {
    const file = zip.file(part);
    if (!file) return undefined;
    if (used + declaredSize(file) > limit) throw tooLarge(path, limit);
    const chunks: Buffer[] = [];
    let over = false;
    await inflate(file, (chunk) => {
      used += chunk.length;
      over = used > limit;
      if (!over) chunks.push(chunk);
      return !over;
    }).catch((e) => {
      throw over ? tooLarge(path, limit) : e;
    });
    const text = Buffer.concat(chunks).toString("utf8");
    checkXml(text, part, path);
    return text;
  };
}

const DOCTYPE = /<!DOCTYPE/i;
/** The spreadsheet elements recalc reads, written with a namespace prefix (<x:c>). */
const PREFIXED = /<[A-Za-z_][\w.-]*:(?:workbook|worksheet|sheetData|sst|si|row|c)\b/;

/** Refuses XML that declares a DTD, or that recalc would misread. */
export function checkXml(xml: string, part: string, path: string): void {
  if (DOCTYPE.test(xml)) {
    throw new InputError(
      `${path}: ${part} declares a DTD (<!DOCTYPE>), which Excel never writes; refusing to read it`
    );
  }
  if (PREFIXED.test(xml)) {
    throw new InputError(
      `${path}: ${part} writes its elements with a namespace prefix (<x:c>), which recalc ` +
        `does not read; open the workbook in Excel and save it, then try again`
    );
  }
}
