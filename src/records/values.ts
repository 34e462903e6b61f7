// Cell readers (SPEC §2.1): durations, head counts and 是/否 here; the cell shape and text in
// cells.ts, dates in dates.ts (re-exported, so `./values` stays the one import for readers).
import { textKey } from '../rules/text';
import { errorCellMessage, numberText, preview, unwrapCell, type Cell, type ReadResult } from './cells';

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
      const s = textKey(cell.v).toLowerCase();
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
      const m = COUNT_RE.exec(textKey(cell.v));
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
      const s = textKey(cell.v).toUpperCase();
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
