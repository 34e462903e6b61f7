// The parts of a zip, each inflated on demand with a byte counter (SPEC §6: no part may inflate
// past the limit — counted while inflating, never trusted from the zip headers).
// fflate's streaming Unzip reads the local headers once; each part's compressed bytes are kept as
// views into the input (no copies) and inflated once, when asked for, by an Inflater: fflate's
// streaming Inflate in the browser, Node's native zlib in Node (./node passes it; ~10× less CPU).
import { Inflate, Unzip, UnzipPassThrough, type UnzipFile } from 'fflate';
import { damaged, IntakeError, partTooBig } from './errors';

/**
 * Inflates raw DEFLATE data. Returns null as soon as the output would pass `maxBytes` (the
 * count is kept while inflating, so a bomb stops there); throws on damaged data. `sizeHint`: the
 * size the zip's headers give (untrusted: only for sizing the output buffer).
 */
export type Inflater = (data: Uint8Array, maxBytes: number, sizeHint?: number) => Uint8Array | null;

/** fflate's streaming Inflate, pushed in slices: one slice inflates to at most ~1032× (DEFLATE's limit). */
export const fflateInflater: Inflater = (data, maxBytes) => {
  const SLICE = 64 * 1024;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) over = true;
    else chunks.push(chunk);
  });
  for (let i = 0; i < data.length && !over; i += SLICE)
    inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  if (over) return null;
  if (data.length === 0) throw new Error('no data');
  return concat(chunks, total);
};

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Hands a DEFLATE entry's compressed bytes through unchanged: they are inflated later, by the Inflater. */
class Deflated extends UnzipPassThrough {
  static override compression = 8;
}

/** Where the zip's end-of-central-directory record (PK 5 6) starts, within its last 64 KiB + 22 bytes; -1: none. */
function endRecord(bytes: Uint8Array): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return i;
  }
  return -1;
}

/**
 * Where the central directory starts (APPNOTE 4.3.16: its offset at +16 of the end record), when a
 * central file header (PK 1 2) is found there; else the zip's length (a ZIP64 zip, or one with bytes
 * before it, is pushed whole).
 */
function entriesEnd(bytes: Uint8Array, end: number): number {
  const at = (bytes[end + 16] | (bytes[end + 17] << 8) | (bytes[end + 18] << 16) | (bytes[end + 19] << 24)) >>> 0;
  const central = bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x01 && bytes[at + 3] === 0x02;
  return at > 0 && at < end && central ? at : bytes.length;
}

/** One decoder for every part (decode() without { stream } keeps no state between calls). */
const UTF8 = new TextDecoder('utf-8');

export class ZipParts {
  private readonly files = new Map<string, UnzipFile>();
  /** Lower-case name → stored name: part names are case-insensitive (OPC, ECMA-376 Part 2 §6.2.2.3). */
  private readonly byLower = new Map<string, string>();
  /** Compressed bytes of the parts started so far: a started UnzipFile cannot be started again. */
  private readonly raw = new Map<string, Uint8Array>();

  constructor(
    bytes: Uint8Array,
    private readonly label: string,
    private readonly maxPartBytes: number,
    private readonly inflater: Inflater = fflateInflater,
  ) {
    const end = endRecord(bytes);
    if (end < 0) throw damaged(label, 'zip: no end of central directory (truncated?)');
    // fflate's Unzip reads the local entries; pushed only up to the central directory, it does not
    // walk the directory byte by byte (~0.3 ms and 250 KB of garbage a class workbook). Should that
    // cut be wrong for some zip, the whole zip is read as before.
    const cut = entriesEnd(bytes, end);
    if (cut < bytes.length) {
      try {
        this.unzip(bytes.subarray(0, cut));
        // As many entries as the end record counts (APPNOTE 4.3.16, +10): the cut was right.
        if (this.files.size === (bytes[end + 10] | (bytes[end + 11] << 8))) return;
      } catch {
        // read whole below
      }
      this.files.clear();
      this.byLower.clear();
    }
    try {
      this.unzip(bytes);
    } catch (e) {
      throw damaged(label, `zip: ${(e as Error).message}`);
    }
  }

  private unzip(bytes: Uint8Array): void {
    const unzip = new Unzip((file) => {
      this.files.set(file.name, file);
      this.byLower.set(file.name.toLowerCase(), file.name);
    });
    unzip.register(UnzipPassThrough);
    unzip.register(Deflated);
    unzip.push(bytes, true);
  }

  get names(): string[] {
    return [...this.files.keys()];
  }

  /** The stored name of a part (leading slash and letter case ignored), or undefined. */
  resolve(name: string): string | undefined {
    const n = name.replace(/^\/+/, '');
    return this.files.has(n) ? n : this.byLower.get(n.toLowerCase());
  }

  /**
   * One part's inflated bytes, or undefined when there is no such part. Throws IntakeError
   * 'part-too-big' as soon as the part inflates past the limit, 'damaged' when it cannot.
   */
  bytes(name: string): Uint8Array | undefined {
    const stored = this.resolve(name);
    const file = stored === undefined ? undefined : this.files.get(stored);
    if (!file || stored === undefined) return undefined;
    // A part that says it is too big is refused unread; one that says less is still counted.
    if (file.originalSize !== undefined && file.originalSize > this.maxPartBytes)
      throw partTooBig(this.label, stored, this.maxPartBytes);
    const raw = this.compressed(file, stored);
    if (file.compression === 0) {
      if (raw.length > this.maxPartBytes) throw partTooBig(this.label, stored, this.maxPartBytes);
      return raw;
    }
    let out: Uint8Array | null;
    try {
      out = this.inflater(raw, this.maxPartBytes, file.originalSize);
    } catch (e) {
      throw damaged(this.label, `${stored}: ${(e as Error).message}`);
    }
    if (out === null) throw partTooBig(this.label, stored, this.maxPartBytes);
    return out;
  }

  /** A part's whole text (UTF-8), or undefined when there is none. */
  text(name: string): string | undefined {
    const b = this.bytes(name);
    return b === undefined ? undefined : UTF8.decode(b);
  }

  /** The entry's stored bytes (views into the input; copied only when split). */
  private compressed(file: UnzipFile, stored: string): Uint8Array {
    const kept = this.raw.get(stored);
    if (kept) return kept;
    const chunks: Uint8Array[] = [];
    let total = 0;
    let ended = false;
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      chunks.push(chunk);
      total += chunk.length;
      if (final) ended = true;
    };
    try {
      file.start();
    } catch (e) {
      if (e instanceof IntakeError) throw e;
      throw damaged(this.label, `${stored}: ${(e as Error).message}`);
    }
    if (!ended) throw damaged(this.label, `${stored}: truncated`);
    const raw = concat(chunks, total);
    this.raw.set(stored, raw);
    return raw;
  }
}
