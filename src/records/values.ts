// Cell readers (SPEC §2.1). Cells arrive as Office.js gives them (numbers, strings, booleans, '' and
// error strings such as '#N/A') or as exceljs gives them (also Date, null, { error }, { richText },
// { formula, result }, { sharedFormula, result }, { text, hyperlink }). No reader ever throws: a value
// that cannot be read gives { kind: 'error', message } with a Chinese sentence saying what to do.
import type { Day } from '../rules/model';
import { dayFromDate, dayFromSerial, dayFromYMD, isValidYMD } from '../rules/days';

export type ReadResult<T> = { kind: 'ok'; value: T } | { kind: 'blank' } | { kind: 'error'; message: string };

export interface DateContext {
  date1904: boolean;
  /** First year of 学年度; year-less dates (9月1日) need it. */
  academicYear: number | null;
}

/** A cell reduced to one primitive shape. */
export type Cell =
  | { t: 'blank' }
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'date'; v: Date }
  | { t: 'error'; code: string }
  | { t: 'junk'; what: string };

const ERROR_RE =
  /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|BUSY!|GETTING_DATA|BLOCKED!|CONNECT!|FIELD!|UNKNOWN!|EXTERNAL!|PYTHON!|TIMEOUT!)$/;
const BLANK: Cell = { t: 'blank' };

function isError(s: string): boolean {
  return s.length <= 14 && s.charCodeAt(0) === 35 /* # */ && ERROR_RE.test(s);
}

// These may throw on hostile objects; unwrapCell catches and reads the cell as unreadable.
function own(o: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

function has(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** Reduces any cell value to a Cell; never throws. */
export function unwrapCell(v: unknown, depth = 0): Cell {
  if (typeof v === 'object' && v !== null) {
    try {
      return unwrapObject(v, depth);
    } catch {
      return { t: 'junk', what: '' }; // hostile objects (throwing getters, revoked proxies)
    }
  }
  switch (typeof v) {
    case 'string': {
      if (v === '') return BLANK;
      const s = v.trim();
      if (s === '') return BLANK;
      if (isError(s)) return { t: 'error', code: s };
      return { t: 'str', v: s };
    }
    case 'number':
      return Number.isFinite(v) ? { t: 'num', v } : { t: 'junk', what: String(v) };
    case 'boolean':
      return { t: 'bool', v };
    case 'undefined':
      return BLANK;
    case 'object':
      return BLANK; // null
    default:
      return { t: 'junk', what: '' };
  }
}

function unwrapObject(v: object, depth: number): Cell {
  if (v instanceof Date) return { t: 'date', v };
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
    return unwrapCell(s, depth + 1);
  }
  if (has(v, 'formula') || has(v, 'sharedFormula')) {
    // A formula without a saved result (exceljs does not calculate) reads as blank.
    return unwrapCell(own(v, 'result'), depth + 1);
  }
  if (has(v, 'text')) return unwrapCell(own(v, 'text'), depth + 1);
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

function numberText(n: number): string {
  // Integers print without “.0”; others with at most 10 decimals (0.1 + 0.2 → 0.3).
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
  return String(Number(n.toPrecision(15)));
}

function errorCellMessage(code: string): string {
  return `单元格是错误值 ${code}，请修正公式或直接填写内容。`;
}

function junkMessage(cell: Cell): string {
  return `无法识别单元格内容“${preview(cell)}”，请重新填写。`;
}

/** Text of a cell: trimmed string; numbers without a trailing .0; booleans as 是/否; dates as 2026-09-01. */
export function cellText(v: unknown): ReadResult<string> {
  return textOf(unwrapCell(v));
}

export function textOf(cell: Cell): ReadResult<string> {
  switch (cell.t) {
    case 'blank':
      return { kind: 'blank' };
    case 'str':
      return { kind: 'ok', value: cell.v };
    case 'num':
      return { kind: 'ok', value: numberText(cell.v) };
    case 'bool':
      return { kind: 'ok', value: cell.v ? '是' : '否' };
    case 'date': {
      const d = dayFromDate(cell.v);
      if (d === null) return { kind: 'error', message: '单元格中的日期无效，请重新填写。' };
      return { kind: 'ok', value: new Date(d * 86_400_000).toISOString().slice(0, 10) };
    }
    case 'error':
      return { kind: 'error', message: errorCellMessage(cell.code) };
    default:
      return { kind: 'error', message: junkMessage(cell) };
  }
}

function nfkc(s: string): string {
  return s.normalize('NFKC');
}

// ---------------------------------------------------------------- dates

const TIME = String.raw`(?:(?:T|\s+)\d{1,2}(?::\d{1,2}(?::\d{1,2}(?:\.\d+)?)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|AM|PM|am|pm))?)?`;
const WEEKDAY = String.raw`(?:\s*\(?(?:周|星期|礼拜)[一二三四五六日天]\)?)?`;
const FULL_RE = new RegExp(
  String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?${WEEKDAY}${TIME}$`,
  'u',
);
const COMPACT_RE = new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})${TIME}$`, 'u');
const YEARLESS_RE = new RegExp(String.raw`^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?${WEEKDAY}${TIME}$`, 'u');
const DATE_HINT = '请填写完整日期，如 2026-09-01。';

function dayOrError(y: number, m: number, d: number, text: string): ReadResult<Day> {
  if (y < 1900 || y > 2999 || !isValidYMD(y, m, d)) {
    return { kind: 'error', message: `“${text}”不是有效的日期（没有${y}年${m}月${d}日这一天），${DATE_HINT}` };
  }
  return { kind: 'ok', value: dayFromYMD(y, m, d) };
}

/** Reads a date cell (SPEC §2.1). Only the calendar day is kept. */
export function readDate(v: unknown, ctx: DateContext): ReadResult<Day> {
  return dateOf(unwrapCell(v), ctx);
}

export function dateOf(cell: Cell, ctx: DateContext): ReadResult<Day> {
  switch (cell.t) {
    case 'blank':
      return { kind: 'blank' };
    case 'date': {
      const d = dayFromDate(cell.v);
      return d === null ? { kind: 'error', message: `单元格中的日期无效，${DATE_HINT}` } : { kind: 'ok', value: d };
    }
    case 'num': {
      const n = cell.v;
      // 20260901 typed as a number: far beyond any real serial (max 2958465), so it is yyyymmdd.
      if (Number.isInteger(n) && n >= 19000101 && n <= 29991231) {
        const y = Math.floor(n / 10000);
        const m = Math.floor(n / 100) % 100;
        const d = n % 100;
        return dayOrError(y, m, d, String(n));
      }
      if (n < 0 || n >= 1 + 2_958_465) {
        return { kind: 'error', message: `数值 ${numberText(n)} 不是日期，${DATE_HINT}` };
      }
      const day = dayFromSerial(n, ctx.date1904);
      return day === null
        ? { kind: 'error', message: `数值 ${numberText(n)} 不是日期，${DATE_HINT}` }
        : { kind: 'ok', value: day };
    }
    case 'str': {
      // The same date text repeats down a column: remember what it read as.
      let cache = dateCaches.get(ctx.academicYear);
      if (!cache) {
        if (dateCaches.size > 8) dateCaches.clear();
        dateCaches.set(ctx.academicYear, (cache = new Map()));
      }
      const hit = cache.get(cell.v);
      if (hit) return hit;
      const r = dateText(cell, ctx);
      if (cache.size > 10_000) cache.clear(); // bounded: dates repeat down a column
      cache.set(cell.v, r);
      return r;
    }
    case 'bool':
      return { kind: 'error', message: `“${preview(cell)}”不是日期，${DATE_HINT}` };
    case 'error':
      return { kind: 'error', message: errorCellMessage(cell.code) };
    default:
      return { kind: 'error', message: junkMessage(cell) };
  }
}

const dateCaches = new Map<number | null, Map<string, ReadResult<Day>>>();

function dateText(cell: { t: 'str'; v: string }, ctx: DateContext): ReadResult<Day> {
  const s = nfkc(cell.v).trim();
  let m = FULL_RE.exec(s) ?? COMPACT_RE.exec(s);
  if (m) return dayOrError(Number(m[1]), Number(m[2]), Number(m[3]), cell.v);
  m = YEARLESS_RE.exec(s);
  if (!m) return { kind: 'error', message: `“${preview(cell)}”不是可识别的日期，${DATE_HINT}` };
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (ctx.academicYear === null) {
    return {
      kind: 'error',
      message: `日期“${cell.v}”没有写年份，而设置表没有填写学年度，无法确定是哪一年。请在设置表填写学年度（如 2026-2027），或把日期写完整（如 2026-09-01）。`,
    };
  }
  // The academic year runs 1 August – 31 July.
  const year = month >= 8 ? ctx.academicYear : ctx.academicYear + 1;
  return dayOrError(year, month, day, cell.v);
}

// ---------------------------------------------------------------- minutes

const NUM = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const MIN_UNIT = "(?:分钟|分|min|mins|minute|minutes|m|')";
const HOUR_UNIT = '(?:个小时|小时|个钟头|钟头|h|hr|hrs|hour|hours)';
const MINUTES_RE = new RegExp(`^${NUM}${MIN_UNIT}?$`, 'u');
const HOURS_RE = new RegExp(`^${NUM}${HOUR_UNIT}(半)?$`, 'u');
const HOURS_MINUTES_RE = new RegExp(`^${NUM}${HOUR_UNIT}(?:零)?${NUM}${MIN_UNIT}?$`, 'u');
const TIME_ZERO = Date.UTC(1899, 11, 30);
const MINUTES_HINT = '请填写分钟数，如 10 或 10分钟（也可写 0.5小时）。';

/** Reads a duration in minutes: 10, 10分钟, 10 min, 0.5小时, 1h, 半小时, 1小时20分钟. */
export function readMinutes(v: unknown): ReadResult<number> {
  return minutesOf(unwrapCell(v));
}

export function minutesOf(cell: Cell): ReadResult<number> {
  switch (cell.t) {
    case 'blank':
      return { kind: 'blank' };
    case 'num':
      if (cell.v < 0) return { kind: 'error', message: `时长不能为负数（${numberText(cell.v)}），${MINUTES_HINT}` };
      return { kind: 'ok', value: cell.v };
    case 'date': {
      // exceljs gives a time-formatted cell (0:30) as a Date on Excel's day zero, 1899-12-30.
      const ms = cell.v.getTime() - TIME_ZERO;
      if (Number.isFinite(ms) && ms >= 0 && ms < 86_400_000) return { kind: 'ok', value: round(ms / 60_000) };
      return { kind: 'error', message: `“${preview(cell)}”不是时长，${MINUTES_HINT}` };
    }
    case 'str': {
      const s = nfkc(cell.v).replace(/\s+/g, '').toLowerCase();
      if (/^-\d/.test(s)) return { kind: 'error', message: `时长不能为负数（${preview(cell)}），${MINUTES_HINT}` };
      let m = MINUTES_RE.exec(s);
      if (m) return { kind: 'ok', value: Number(m[1]) };
      m = HOURS_RE.exec(s);
      if (m) return { kind: 'ok', value: round(Number(m[1]) * 60 + (m[2] ? 30 : 0)) };
      m = HOURS_MINUTES_RE.exec(s);
      if (m) return { kind: 'ok', value: round(Number(m[1]) * 60 + Number(m[2])) };
      if (s === '半小时' || s === '半个小时' || s === '半个钟头') return { kind: 'ok', value: 30 };
      if (s === '一刻钟') return { kind: 'ok', value: 15 };
      if (s === '一小时' || s === '一个小时' || s === '一个钟头') return { kind: 'ok', value: 60 };
      return { kind: 'error', message: `“${preview(cell)}”不是可识别的时长，${MINUTES_HINT}` };
    }
    case 'error':
      return { kind: 'error', message: errorCellMessage(cell.code) };
    default:
      return { kind: 'error', message: `“${preview(cell)}”不是时长，${MINUTES_HINT}` };
  }
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

// ---------------------------------------------------------------- counts

const COUNT_RE = /^(\d+)(?:\.0+)?(?:人|名|个|位)?$/u;
const COUNT_HINT = '请填写不小于 0 的整数，如 45。';

/** Reads a non-negative integer: 45, '45', '45人'. */
export function readCount(v: unknown): ReadResult<number> {
  return countOf(unwrapCell(v));
}

export function countOf(cell: Cell): ReadResult<number> {
  switch (cell.t) {
    case 'blank':
      return { kind: 'blank' };
    case 'num':
      if (!Number.isInteger(cell.v) || cell.v < 0 || cell.v > Number.MAX_SAFE_INTEGER) {
        return { kind: 'error', message: `“${preview(cell)}”不是人数，${COUNT_HINT}` };
      }
      return { kind: 'ok', value: cell.v };
    case 'str': {
      const m = COUNT_RE.exec(nfkc(cell.v).replace(/\s+/g, ''));
      if (m && m[1].length <= 15) return { kind: 'ok', value: Number(m[1]) };
      return { kind: 'error', message: `“${preview(cell)}”不是人数，${COUNT_HINT}` };
    }
    case 'error':
      return { kind: 'error', message: errorCellMessage(cell.code) };
    default:
      return { kind: 'error', message: `“${preview(cell)}”不是人数，${COUNT_HINT}` };
  }
}

// ---------------------------------------------------------------- yes/no

const YES = new Set(['是', '参加', '已参加', '有', 'Y', 'YES', 'TRUE', '√', '✓', '✔']);
const NO = new Set(['否', '未参加', '没参加', '没有参加', '不参加', '无', 'N', 'NO', 'FALSE', '×', '✗', '✘', 'X']);

/** Reads 是/否 (also TRUE/FALSE, 参加/未参加, √/×). */
export function readYesNo(v: unknown): ReadResult<boolean> {
  return yesNoOf(unwrapCell(v));
}

export function yesNoOf(cell: Cell): ReadResult<boolean> {
  switch (cell.t) {
    case 'blank':
      return { kind: 'blank' };
    case 'bool':
      return { kind: 'ok', value: cell.v };
    case 'str': {
      const s = nfkc(cell.v).replace(/\s+/g, '').toUpperCase();
      if (YES.has(s)) return { kind: 'ok', value: true };
      if (NO.has(s)) return { kind: 'ok', value: false };
      break;
    }
    case 'error':
      return { kind: 'error', message: errorCellMessage(cell.code) };
    default:
      break;
  }
  return { kind: 'error', message: `“${preview(cell)}”无法识别，请填写“是”或“否”。` };
}
