/**
 * A zip writer that does what JSZip will not: store any part name ("../x") and declare any
 * uncompressed size, so that the tests can build zip-slip packages and zip bombs, honest or
 * lying about their size. Deflate is Node's own zlib, fast enough for hundreds of megabytes.
 */
import { deflateRawSync } from "node:zlib";
import JSZip from "jszip";

export interface RawEntry {
  readonly name: string;
  readonly data: Buffer;
  /** The size to declare instead of the real one. */
  readonly declaredSize?: number;
  /** Store the part as it is instead of deflating it. */
  readonly stored?: boolean;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

export function rawZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const packed = e.stored ? e.data : deflateRawSync(e.data, { level: 9 });
    const size = e.declaredSize ?? e.data.length;
    // version, flags (bit 11: UTF-8 names), method (8 deflate, 0 stored), time, date, crc
    // (not checked by JSZip)
    const method = e.stored ? 0 : 8;
    const common = [u16(20), u16(0x0800), u16(method), u16(0), u16(0x21), u32(0)];
    const sizes = [u32(packed.length), u32(size), u16(name.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), ...common, ...sizes, name, packed]);
    const central = Buffer.concat([
      u32(0x02014b50),
      u16(20),
      ...common,
      ...sizes,
      u16(0),
      u16(0),
      u16(0),
      u32(0),
      u32(offset),
      name,
    ]);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, directory, end]);
}

/** Every part of a package made by JSZip, as raw entries to rebuild it with changes. */
export async function entriesOf(bytes: Buffer): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: RawEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (!file.dir) out.push({ name: file.name, data: await file.async("nodebuffer") });
  }
  return out;
}
