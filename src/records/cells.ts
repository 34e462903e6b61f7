// One cell reduced to one shape (SPEC §2.1). Cells arrive as Office.js gives them (numbers, strings,
// booleans, '' and error strings such as '#N/A') or as exceljs gives them (also Date, null,
// { error }, { richText }, { formula, result }, { sharedFormula, result }, { text, hyperlink }).
// No reader ever throws: a value that cannot be read gives { kind: 'error', message } in Chinese.
import { dayFromDate } from '../rules/days';
import { isExcelErrorText } from './excel-errors';

export type ReadResult<T> = { kind: 'ok'; value: T } | { kind: 'blank' } | { kind: 'error'; message: string };

/** A cell reduced to one primitive shape. */
export type Cell =
  | { t: 'blank' }
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'date'; v: Date }
  | { t: 'error'; code: string }
  | { t: 'junk'; what: string };

const BLANK: Cell = { t: 'blank' };

// These may throw on hostile objects; unwrapCell catches and reads the cell as unreadable.
function own(o: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

function has(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** A Cell object to be refilled (the row walk keeps one per column): for the kinds that carry `v`. */
export interface CellSlot {
  t: 'blank' | 'str' | 'num' | 'bool' | 'date';
  v: unknown;
}

/** A str/num/bool/date Cell: a new one, or `slot` refilled. */
function valued(slot: CellSlot | undefined, t: CellSlot['t'], v: unknown): Cell {
  if (slot === undefined) return { t, v } as Cell;
  slot.t = t;
  slot.v = v;
  return slot as Cell;
}

/**
 * Reduces any cell value to a Cell; never throws. With `slot`, a string, number, boolean or Date
 * cell is that object refilled (valid until the slot is used again) instead of a new one.
 */
export function unwrapCell(v: unknown, slot?: CellSlot): Cell {
  return unwrap(v, 0, slot);
}

function unwrap(v: unknown, depth: number, slot: CellSlot | undefined): Cell {
  if (typeof v === 'object' && v !== null) {
    try {
      return unwrapObject(v, depth, slot);
    } catch {
      return { t: 'junk', what: '' }; // hostile objects (throwing getters, revoked proxies)
    }
  }
  switch (typeof v) {
    case 'string': {
      if (v === '') return BLANK;
      const s = v.trim();
      if (s === '') return BLANK;
      if (s.charCodeAt(0) === 35 /* # */ && isExcelErrorText(s)) return { t: 'error', code: s };
      return valued(slot, 'str', s);
    }
    case 'number':
      return Number.isFinite(v) ? valued(slot, 'num', v) : { t: 'junk', what: String(v) };
    case 'boolean':
      return valued(slot, 'bool', v);
    case 'undefined':
      return BLANK;
    case 'object':
      return BLANK; // null
    default:
      return { t: 'junk', what: '' };
  }
}

function unwrapObject(v: object, depth: number, slot: CellSlot | undefined): Cell {
  if (v instanceof Date) return valued(slot, 'date', v);
  if (depth > 4 || Array.isArray(v)) return { t: 'junk', what: '' };
  if (has(v, 'error')) {
    const e = own(v, 'error');
    return { t: 'error', code: typeof e === 'string' && e ? e.slice(0, 20) : '#错误' };
  }
  const rich = own(v, 'richText');
  if (Array.isArray(rich)) {
    let s = '';
    for (const run of rich) {
      if (run && typeof run === 'object') {
        const text = own(run, 'text');
        if (typeof text === 'string') s += text;
      }
    }
    return unwrap(s, depth + 1, slot);
  }
  if (has(v, 'formula') || has(v, 'sharedFormula')) {
    // A formula without a saved result (exceljs does not calculate) reads as blank.
    return unwrap(own(v, 'result'), depth + 1, slot);
  }
  if (has(v, 'text')) return unwrap(own(v, 'text'), depth + 1, slot);
  return { t: 'junk', what: '' };
}

export function isBlankCell(v: unknown): boolean {
  return unwrapCell(v).t === 'blank';
}

/** Short quotation of a cell for messages. */
export function preview(cell: Cell): string {
  let s: string;
  switch (cell.t) {
    case 'blank':
      return '（空）';
    case 'num':
      s = numberText(cell.v);
      break;
    case 'str':
      s = cell.v;
      break;
    case 'bool':
      s = cell.v ? 'TRUE' : 'FALSE';
      break;
    case 'date':
      s = Number.isFinite(cell.v.getTime()) ? cell.v.toISOString().slice(0, 10) : '无效日期';
      break;
    case 'error':
      s = cell.code;
      break;
    default:
      s = cell.what || '无法识别的内容';
  }
  s = s.replace(/[\r\n]+/g, ' ');
  return s.length > 30 ? `${s.slice(0, 30)}…` : s;
}

/** Integers print without “.0”; others with at most 15 significant digits (0.1 + 0.2 → 0.3). */
export function numberText(n: number): string {
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
  return String(Number(n.toPrecision(15)));
}

export function errorCellMessage(code: string): string {
  return `单元格是错误值 ${code}，请修正公式或直接填写内容。`;
}

export function junkMessage(cell: Cell): string {
  return `无法识别单元格内容“${preview(cell)}”，请重新填写。`;
}

export const ok = <T>(value: T): ReadResult<T> => ({ kind: 'ok', value });
export const fail = (message: string): ReadResult<never> => ({ kind: 'error', message });

/** How a reader reads each kind of cell it accepts; `undefined` (or no entry) means it cannot. */
export type CellReaders<T> = {
  [K in Exclude<Cell['t'], 'blank' | 'error'>]?: (cell: Extract<Cell, { t: K }>) => ReadResult<T> | undefined;
};

/**
 * The one switch over cell kinds every reader shares: a blank cell is blank, an error value (#N/A) gets
 * the error-cell message, any other kind goes to its entry in `readers`, else to `unreadable`.
 */
export function readCell<T>(cell: Cell, readers: CellReaders<T>, unreadable: (cell: Cell) => string): ReadResult<T> {
  if (cell.t === 'blank') return { kind: 'blank' };
  if (cell.t === 'error') return fail(errorCellMessage(cell.code));
  const read = readers[cell.t] as ((c: Cell) => ReadResult<T> | undefined) | undefined;
  return read?.(cell) ?? fail(unreadable(cell));
}

const TEXT: CellReaders<string> = {
  str: (c) => ok(c.v),
  num: (c) => ok(numberText(c.v)),
  bool: (c) => ok(c.v ? '是' : '否'),
  date: (c) => {
    const d = dayFromDate(c.v);
    if (d === null) return fail('单元格中的日期无效，请重新填写。');
    return ok(new Date(d * 86_400_000).toISOString().slice(0, 10));
  },
};

/** Text of a cell: trimmed string; numbers without a trailing .0; booleans as 是/否; dates as 2026-09-01. */
export function cellText(v: unknown): ReadResult<string> {
  return textOf(unwrapCell(v));
}

export function textOf(cell: Cell): ReadResult<string> {
  return readCell(cell, TEXT, junkMessage);
}
