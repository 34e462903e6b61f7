// The .xlsx container: a plain ZIP (APPNOTE 6.3.x; ECMA-376 Part 2, Annex C) of stored or DEFLATE
// entries. The DEFLATE step is given: fflate's deflateSync by default (the browser), Node's native
// zlib from ./node (its cold start is ~10× cheaper than JavaScript deflate: the summary's 430 KB of XML
// took 100–200 ms through fflate in a fresh process, a few ms through zlib).
import { deflateSync } from 'fflate';

export interface ZipCodec {
  /** Raw DEFLATE (RFC 1951) of the bytes. */
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

let table: Int32Array | undefined;

/** CRC-32 (ISO 3309, the ZIP checksum), table-driven. */
export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let c = -1;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** fflate in JavaScript: runs anywhere. Level 6: 60 KB for the 300-class summary (level 1: 71 KB). */
export const fflateCodec: ZipCodec = { deflate: (data) => deflateSync(data, { level: 6 }), crc32 };

// A fixed time (2000-01-01 00:00, MS-DOS format): the same parts give the same bytes.
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

const UTF8 = new TextEncoder();

/**
 * The fields a local header (from offset 4) and a central directory header (from offset 6) share,
 * in the same order (APPNOTE 4.3.7, 4.3.12): version needed, flags, method, time, date, CRC-32,
 * sizes, the name's length.
 */
function sharedFields(
  v: DataView,
  at: number,
  method: number,
  crc: number,
  size: number,
  rawSize: number,
  nameLength: number,
): void {
  v.setUint16(at, 20, true); // version needed: 2.0 (DEFLATE)
  v.setUint16(at + 2, UTF8_NAMES, true);
  v.setUint16(at + 4, method, true);
  v.setUint16(at + 6, DOS_TIME, true);
  v.setUint16(at + 8, DOS_DATE, true);
  v.setUint32(at + 10, crc, true);
  v.setUint32(at + 14, size, true);
  v.setUint32(at + 18, rawSize, true);
  v.setUint16(at + 22, nameLength, true);
}

/** The ZIP of the parts, in order ([Content_Types].xml first, as Excel writes it). */
export function zipParts(parts: ReadonlyArray<readonly [string, Uint8Array]>, codec: ZipCodec): Uint8Array {
  if (parts.length > 0xffff) throw new Error('too many parts for a ZIP without ZIP64');
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBytes = UTF8.encode(name);
    const deflated = codec.deflate(data);
    const stored = deflated.length >= data.length; // DEFLATE that does not pay is stored as is
    const body = stored ? data : deflated;
    if (offset + body.length > 0xfffffff0) throw new Error('workbook too large for a ZIP without ZIP64');
    const crc = codec.crc32(data);
    const method = stored ? 0 : 8;
    const head = new Uint8Array(30 + nameBytes.length);
    const h = new DataView(head.buffer);
    h.setUint32(0, 0x04034b50, true); // local file header
    sharedFields(h, 4, method, crc, body.length, data.length, nameBytes.length);
    head.set(nameBytes, 30);
    const entry = new Uint8Array(46 + nameBytes.length);
    const e = new DataView(entry.buffer);
    e.setUint32(0, 0x02014b50, true); // central directory header
    e.setUint16(4, 20, true); // made by: 2.0, MS-DOS attributes
    sharedFields(e, 6, method, crc, body.length, data.length, nameBytes.length);
    e.setUint32(42, offset, true); // where its local header starts
    entry.set(nameBytes, 46);
    local.push(head, body);
    central.push(entry);
    offset += head.length + body.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const d = new DataView(end.buffer);
  d.setUint32(0, 0x06054b50, true); // end of central directory
  d.setUint16(8, parts.length, true);
  d.setUint16(10, parts.length, true);
  d.setUint32(12, centralSize, true);
  d.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const chunk of [...local, ...central, end]) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
