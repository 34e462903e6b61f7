// Node's native zlib for the .xlsx container (src/sheetml/zip.ts): Node callers only (the CLI), never
// the browser bundle.
import * as zlib from 'zlib';
import { crc32, type ZipCodec } from './zip';

const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32; // Node ≥ 20.15

export const zlibCodec: ZipCodec = {
  deflate: (data) => zlib.deflateRawSync(data, { level: 6 }),
  crc32: native ? (data) => native(data) : crc32,
};
