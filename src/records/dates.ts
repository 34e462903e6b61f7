// Date cells (SPEC §2.1): Excel serials (1900 or 1904 system), JS Dates from exceljs, yyyymmdd numbers
// and the ways teachers write a date as text. Only the calendar day is kept; a time of day written
// after the date (14:30, 下午3:00, 下午3点半) is checked and then ignored.
import type { Day } from '../rules/model';
import { dayFromDate, dayFromSerial, dayFromYMD, isValidYMD } from '../rules/days';
import { yearOfMonthIn } from '../rules/calendar';
import { errorCellMessage, junkMessage, numberText, preview, unwrapCell, type Cell, type ReadResult } from './cells';

export interface DateContext {
  date1904: boolean;
  /** First year of 学年度; year-less dates (9月1日) need it. */
  academicYear: number | null;
}

export interface DateOptions {
  /** Only a full date written as text (2026-09-07, 2026/9/7, 2026年9月7日), no time: the CLI's --start. */
  strict?: boolean;
}

/** Years a date may fall in: Excel's own calendar starts in 1900; later than 2200 is a typing slip. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;
const FIRST_DAY = dayFromYMD(FIRST_YEAR, 1, 1);
const LAST_DAY = dayFromYMD(LAST_YEAR, 12, 31);

const DATE_HINT = '请填写完整日期，如 2026-09-01。';
const RANGE = `${FIRST_YEAR}–${LAST_YEAR} 年`;

// The date part; the rest of the text (weekday, time of day) is checked by TAIL_RE.
const FULL_RE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*[日号])?(.*)$/u;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(\D.*)?$/u;
const YEARLESS_RE = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*[日号])?(.*)$/u;

const WEEKDAY = String.raw`\s*\(?(?:周|星期|礼拜)[一二三四五六日天]\)?`;
const PERIOD = '(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)';
// 14 / 14:30 / 14:30:00.000, then a zone or AM/PM (groups 1–4).
const CLOCK = String.raw`(\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|([AaPp][Mm])))?`;
// 3点 / 3点半 / 3点30分 / 15时30分00秒 / 3点钟 (groups 5–7).
const HANZI_CLOCK = String.raw`(\d{1,2})[点时](?:半|(\d{1,2})分?(?:(\d{1,2})秒)?)?钟?`;
const TAIL_RE = new RegExp(
  String.raw`^(?:${WEEKDAY})?(?:(?:T|\s+|(?=${PERIOD}))(?:${PERIOD}\s*)?(?:${CLOCK}|${HANZI_CLOCK}))?$`,
  'u',
);

/** Reads a date cell (SPEC §2.1). Only the calendar day is kept. */
export function readDate(v: unknown, ctx: DateContext, opts: DateOptions = {}): ReadResult<Day> {
  return dateOf(unwrapCell(v), ctx, opts);
}

export function dateOf(cell: Cell, ctx: DateContext, opts: DateOptions = {}): ReadResult<Day> {
  switch (cell.t) {
    case 'blank':
      return { kind: 'blank' };
    case 'date':
      return dateCell(cell);
    case 'num':
      return opts.strict ? notDate(cell) : numberDate(cell.v, ctx);
    case 'str':
      return opts.strict ? dateText(cell.v, ctx, true) : cachedDateText(cell.v, ctx);
    case 'bool':
      return notDate(cell);
    case 'error':
      return { kind: 'error', message: errorCellMessage(cell.code) };
    default:
      return { kind: 'error', message: junkMessage(cell) };
  }
}

function notDate(cell: Cell): ReadResult<Day> {
  return { kind: 'error', message: `“${preview(cell)}”不是日期，${DATE_HINT}` };
}

function inRange(day: Day): boolean {
  return day >= FIRST_DAY && day <= LAST_DAY;
}

// exceljs turns any date-formatted serial into a Date, −5 and 2958466 (year 10000) included.
function dateCell(cell: { t: 'date'; v: Date }): ReadResult<Day> {
  const d = dayFromDate(cell.v);
  if (d === null) return { kind: 'error', message: `单元格中的日期无效，${DATE_HINT}` };
  if (!inRange(d)) return { kind: 'error', message: `单元格中的日期“${preview(cell)}”不在 ${RANGE}之间，${DATE_HINT}` };
  return { kind: 'ok', value: d };
}

function numberDate(n: number, ctx: DateContext): ReadResult<Day> {
  // 20260901 typed as a number: far beyond any serial of the years read (2200 is about 110,000).
  if (Number.isInteger(n) && n >= FIRST_YEAR * 10000 + 101 && n <= LAST_YEAR * 10000 + 1231) {
    return dayOrError(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100, String(n));
  }
  const day = dayFromSerial(n, ctx.date1904);
  if (day === null || !inRange(day)) {
    return {
      kind: 'error',
      message: `数值 ${numberText(n)} 不是日期（Excel 的日期序号只对应 ${RANGE}），${DATE_HINT}`,
    };
  }
  return { kind: 'ok', value: day };
}

function dayOrError(y: number, m: number, d: number, text: string): ReadResult<Day> {
  if (y < FIRST_YEAR || y > LAST_YEAR) {
    return { kind: 'error', message: `“${text}”的年份 ${y} 不在 ${RANGE}之间，${DATE_HINT}` };
  }
  if (!isValidYMD(y, m, d)) {
    return { kind: 'error', message: `“${text}”不是有效的日期（没有${y}年${m}月${d}日这一天），${DATE_HINT}` };
  }
  return { kind: 'ok', value: dayFromYMD(y, m, d) };
}

// The same date text repeats down a column: remember what it read as, per academic year.
const dateCaches = new Map<number | null, Map<string, ReadResult<Day>>>();

function cachedDateText(text: string, ctx: DateContext): ReadResult<Day> {
  let cache = dateCaches.get(ctx.academicYear);
  if (!cache) {
    if (dateCaches.size > 8) dateCaches.clear();
    dateCaches.set(ctx.academicYear, (cache = new Map()));
  }
  const hit = cache.get(text);
  if (hit) return hit;
  const r = dateText(text, ctx, false);
  if (cache.size > 10_000) cache.clear(); // bounded
  cache.set(text, r);
  return r;
}

function dateText(text: string, ctx: DateContext, strict: boolean): ReadResult<Day> {
  // Width folding only (not textKey): spaces separate the date from a time of day.
  const s = text.normalize('NFKC').trim();
  const unreadable: ReadResult<Day> = {
    kind: 'error',
    message: `“${preview({ t: 'str', v: text })}”不是可识别的日期，${DATE_HINT}`,
  };
  const full = FULL_RE.exec(s) ?? (strict ? null : COMPACT_RE.exec(s));
  const m = full ?? (strict ? null : YEARLESS_RE.exec(s));
  if (!m) return unreadable;
  const tail = full ? (m[4] ?? '') : m[3];
  if (strict && tail !== '') return unreadable;
  const time = timeProblem(tail, text);
  if (time) return time === 'unreadable' ? unreadable : { kind: 'error', message: time };
  if (full) return dayOrError(Number(m[1]), Number(m[2]), Number(m[3]), text);
  if (ctx.academicYear === null) {
    return {
      kind: 'error',
      message: `日期“${text}”没有写年份，而设置表没有填写学年度，无法确定是哪一年。请在设置表填写学年度（如 2026-2027），或把日期写完整（如 2026-09-01）。`,
    };
  }
  const month = Number(m[1]);
  return dayOrError(yearOfMonthIn(ctx.academicYear, month), month, Number(m[2]), text);
}

/** What is wrong with the text after the date: null when fine, 'unreadable', or a message. */
function timeProblem(tail: string, text: string): string | null {
  if (tail === '') return null;
  const t = TAIL_RE.exec(tail);
  if (!t) return 'unreadable';
  const hour = t[1] ?? t[5];
  if (hour === undefined) return null; // a weekday only
  const [h, min, sec] = [hour, t[2] ?? t[6], t[3] ?? t[7]].map((x) => (x === undefined ? 0 : Number(x)));
  const maxHour = t[4] ? 12 : 23;
  if (h <= maxHour && min <= 59 && sec <= 59) return null;
  return `“${text}”中的时间不存在（小时应为 0–${maxHour}，分钟和秒应为 0–59）。请改正时间，或只写日期，如 2026-09-01。`;
}
