/** Hand-built xlsx packages for the recalc tests: every part is known byte for byte. */
import JSZip from "jszip";

export interface FixtureSheet {
  readonly name: string;
  /** The <sheetData> content. */
  readonly rows: string;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A shared string that starts with "<" is an item's XML (rich runs), others its plain text.
 * An "xl/styles.xml" among the extra parts is the workbook's styles part.
 */
export async function buildXlsx(
  sheets: readonly FixtureSheet[],
  sharedStrings: readonly string[],
  extra: Record<string, string | Buffer> = {}
): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
      )
      .join(
        ""
      )}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ${NS} ${REL_NS}><sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join(
        ""
      )}</sheets><definedNames><definedName name="Factor">10</definedName></definedNames></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
      )
      .join("")}<Relationship Id="rId99" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>${
      "xl/styles.xml" in extra
        ? `<Relationship Id="rId98" Type="${REL}/styles" Target="styles.xml"/>`
        : ""
    }</Relationships>`
  );
  sheets.forEach((s, i) =>
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      // As bytes: JSZip encodes a string 16 KB at a time and breaks a character outside the
      // BMP that straddles two blocks.
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS} ${REL_NS}><sheetData>${s.rows}</sheetData></worksheet>`,
        "utf8"
      )
    )
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst ${NS} count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">${sharedStrings
      .map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t>${s}</t></si>`))
      .join("")}</sst>`
  );
  for (const [path, content] of Object.entries(extra)) zip.file(path, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Every part of a package, uncompressed. */
export async function parts(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async("nodebuffer"));
  }
  return out;
}
