// Excel on the web rejects a request or a response above 5 MB (RequestPayloadSizeLimitExceeded).
// Large tables are therefore moved in row chunks whose estimated JSON size stays under a budget;
// everything here is pure so that the planning can be tested without Excel.
import type { ColumnKind, TableSpec } from '../records/schema';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Room left for the JSON envelope and for other operations queued in the same batch. */
export const DEFAULT_BUDGET = 4 * 1024 * 1024;

/** Bytes one cell's value takes in the JSON payload (UTF-8, quotes, separator). */
export function cellBytes(v: unknown): number {
  if (v === null || v === undefined || v === '') return 3;
  if (typeof v === 'number') return String(v).length + 1;
  if (typeof v === 'boolean') return v ? 5 : 6;
  if (typeof v === 'string') {
    let n = 3;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      // JSON escapes control characters, quotes and backslashes; CJK takes 3 bytes in UTF-8.
      n += c < 0x20 || c === 0x22 || c === 0x5c ? 6 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return n;
  }
  return String(JSON.stringify(v) ?? '').length + 1;
}

/** Bytes of one row of values. */
export function rowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const v of row) n += cellBytes(v);
  return n;
}

/**
 * A first guess of a row's size before anything was read: per column kind, generous for free text
 * (200 CJK characters). Columns the schema does not know (user extras) count as 64 bytes.
 */
const KIND_BYTES: Record<ColumnKind, number> = {
  seq: 8,
  text: 60,
  longtext: 600,
  date: 12,
  minutes: 12,
  count: 8,
  names: 60,
  dorms: 60,
  choice: 24,
  signature: 8,
};

export function guessRowBytes(spec: TableSpec, columnCount: number): number {
  let n = 2;
  for (const c of spec.columns) n += KIND_BYTES[c.kind];
  n += Math.max(0, columnCount - spec.columns.length) * 64;
  return n;
}

/** Splits rows (given their sizes) into consecutive chunks under the budget; a row larger than the budget goes alone. */
export function chunkRows(sizes: readonly number[], budget: number): Array<{ start: number; count: number }> {
  const out: Array<{ start: number; count: number }> = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < sizes.length; i++) {
    if (i > start && bytes + sizes[i] > budget) {
      out.push({ start, count: i - start });
      start = i;
      bytes = 0;
    }
    bytes += sizes[i];
  }
  if (sizes.length > start) out.push({ start, count: sizes.length - start });
  return out;
}

export interface ReadPiece {
  id: string;
  /** Rows still to read (from `start`). */
  start: number;
  rows: number;
  bytesPerRow: number;
}

export interface ReadSlice {
  id: string;
  start: number;
  count: number;
}

/**
 * Packs the rows of several tables into batches (one batch = one sync) whose estimated size stays
 * under the budget. Everything fits in one batch when the total is under the budget.
 */
export function planReads(pieces: readonly ReadPiece[], budget: number): ReadSlice[][] {
  const batches: ReadSlice[][] = [];
  let current: ReadSlice[] = [];
  let used = 0;
  for (const p of pieces) {
    let start = p.start;
    let left = p.rows;
    const per = Math.max(1, p.bytesPerRow);
    while (left > 0) {
      const room = Math.floor((budget - used) / per);
      if (room <= 0) {
        if (current.length > 0) {
          batches.push(current);
          current = [];
          used = 0;
          continue;
        }
        // One row larger than the budget: it must go alone.
        batches.push([{ id: p.id, start, count: 1 }]);
        start++;
        left--;
        continue;
      }
      const count = Math.min(room, left);
      current.push({ id: p.id, start, count });
      used += count * per;
      start += count;
      left -= count;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
