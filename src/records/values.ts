// Cell readers (SPEC §2.1): durations, head counts and 是/否 here; the cell shape and text in
// cells.ts, dates in dates.ts (re-exported, so `./values` stays the one import for readers).
import { textKey } from '../rules/text';
import {
  fail,
  numberText,
  ok,
  preview,
  readCell,
  unwrapCell,
  type Cell,
  type CellReaders,
  type ReadResult,
} from './cells';

export { cellText, isBlankCell, numberText, preview, textOf, unwrapCell, type Cell, type ReadResult } from './cells';
export { dateOf, readDate, FIRST_YEAR, LAST_YEAR, type DateContext, type DateOptions } from './dates';

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

const MINUTES: CellReaders<number> = {
  num: (c) => (c.v < 0 ? fail(`时长不能为负数（${numberText(c.v)}），${MINUTES_HINT}`) : ok(c.v)),
  date: (c) => {
    // exceljs gives a time-formatted cell (0:30) as a Date on Excel's day zero, 1899-12-30.
    const ms = c.v.getTime() - TIME_ZERO;
    return Number.isFinite(ms) && ms >= 0 && ms < 86_400_000 ? ok(round(ms / 60_000)) : undefined;
  },
  str: (c) => minutesText(c),
};

export function minutesOf(cell: Cell): ReadResult<number> {
  return readCell(cell, MINUTES, (c) => `“${preview(c)}”不是时长，${MINUTES_HINT}`);
}

function minutesText(cell: Extract<Cell, { t: 'str' }>): ReadResult<number> {
  const s = textKey(cell.v).toLowerCase();
  if (/^-\d/.test(s)) return fail(`时长不能为负数（${preview(cell)}），${MINUTES_HINT}`);
  let m = MINUTES_RE.exec(s);
  if (m) return ok(Number(m[1]));
  m = HOURS_RE.exec(s);
  if (m) return ok(round(Number(m[1]) * 60 + (m[2] ? 30 : 0)));
  m = HOURS_MINUTES_RE.exec(s);
  if (m) return ok(round(Number(m[1]) * 60 + Number(m[2])));
  if (s === '半小时' || s === '半个小时' || s === '半个钟头') return ok(30);
  if (s === '一刻钟') return ok(15);
  if (s === '一小时' || s === '一个小时' || s === '一个钟头') return ok(60);
  return fail(`“${preview(cell)}”不是可识别的时长，${MINUTES_HINT}`);
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

const COUNT: CellReaders<number> = {
  num: (c) => (Number.isInteger(c.v) && c.v >= 0 && c.v <= Number.MAX_SAFE_INTEGER ? ok(c.v) : undefined),
  str: (c) => {
    const m = COUNT_RE.exec(textKey(c.v));
    return m && m[1].length <= 15 ? ok(Number(m[1])) : undefined;
  },
};

export function countOf(cell: Cell): ReadResult<number> {
  return readCell(cell, COUNT, (c) => `“${preview(c)}”不是人数，${COUNT_HINT}`);
}

// ---------------------------------------------------------------- yes/no

const YES = new Set(['是', '参加', '已参加', '有', 'Y', 'YES', 'TRUE', '√', '✓', '✔']);
const NO = new Set(['否', '未参加', '没参加', '没有参加', '不参加', '无', 'N', 'NO', 'FALSE', '×', '✗', '✘', 'X']);

/** Reads 是/否 (also TRUE/FALSE, 参加/未参加, √/×). */
export function readYesNo(v: unknown): ReadResult<boolean> {
  return yesNoOf(unwrapCell(v));
}

const YES_NO: CellReaders<boolean> = {
  bool: (c) => ok(c.v),
  str: (c) => {
    const s = textKey(c.v).toUpperCase();
    return YES.has(s) ? ok(true) : NO.has(s) ? ok(false) : undefined;
  },
};

export function yesNoOf(cell: Cell): ReadResult<boolean> {
  return readCell(cell, YES_NO, (c) => `“${preview(c)}”无法识别，请填写“是”或“否”。`);
}
