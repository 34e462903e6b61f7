// Which cells of the 量化汇总 sheet are ours: a record of what the last 写入量化汇总 wrote, kept in a
// hidden column of the sheet itself (column L, one text cell per row: a short hash of each cell we
// wrote in A–K of that row). Kept IN the sheet so that it is built, renamed and deleted together with
// the sheet in the same batch (SPEC §6 "No rollback is assumed"), moves with its rows when a user
// inserts or deletes rows, and survives exceljs (which drops workbook names that are not ranges, and
// the comments of names). Both adapters read and write it as ordinary cells.
import { cleanText } from './text';

/** Columns A–K hold the summary (values A–E, spacer F, live block G–K). */
export const SUMMARY_LAST_COL = 11;
/** The hidden column that holds the record. */
export const RECORD_COL = SUMMARY_LAST_COL + 1;

const PREFIX = 'bzr1:';
/** Token of a cell of the MINIMUMS spill area: ours, its value comes from Excel (not compared). */
export const SPILL_TOKEN = '~';

/** 32-bit FNV-1a of a string, base 36: enough to tell an edited cell from ours (1 in 4 billion). */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A formula as both hosts may give it back: case, spaces and the file's function prefixes aside. */
function formulaKey(f: string): string {
  return f
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/_XLDUDF_|_XLFN\.|_XLWS\./g, '')
    .replace(/[._]/g, '');
}

/**
 * What a cell holds, in one form for what we wrote (plan values) and what an adapter reads back
 * (Office.js `formulas`, exceljs values): numbers and text by their text (Office.js may give the
 * text of a number written as text either way), Excel's quote prefix aside, formulas normalised.
 */
export function cellKey(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') {
    if (v.startsWith('=')) return `f:${formulaKey(v)}`;
    return cleanText(v.startsWith("'") ? v.slice(1) : v);
  }
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return `d:${v.toISOString()}`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.formula === 'string') return `f:${formulaKey(o.formula)}`;
    if ('day' in o) return `day:${String(o.day)}`;
    if ('error' in o) return `e:${String(o.error)}`;
  }
  return JSON.stringify(v) ?? '';
}

export function cellHash(v: unknown): string {
  return fnv1a(cellKey(v));
}

/** The record text of one row: a token per column A.. (hash, SPILL_TOKEN, '' = not ours). */
export function encodeRecord(tokens: readonly string[]): string {
  const t = [...tokens];
  while (t.length > 0 && t[t.length - 1] === '') t.pop();
  return PREFIX + t.join(',');
}

/** The tokens of a record cell (index 0 = column A); null when the cell is not a record. */
export function decodeRecord(v: unknown): string[] | null {
  if (typeof v !== 'string') return null;
  const s = v.startsWith("'") ? v.slice(1) : v;
  return s.startsWith(PREFIX) ? s.slice(PREFIX.length).split(',') : null;
}
