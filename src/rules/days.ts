// Calendar days as integers (days since 1970-01-01, UTC): no time zones, no clocks.
import type { Day } from './model';

const MS_PER_DAY = 86_400_000;

export function dayFromYMD(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Whether year/month/day names a real calendar day (rejects 2026-02-30). */
export function isValidYMD(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function ymdOfDay(day: Day): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 2026-09-07 */
export function dayToISO(day: Day): string {
  const { year, month, day: dd } = ymdOfDay(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** 2026年9月7日 */
export function dayToChinese(day: Day): string {
  const { year, month, day: dd } = ymdOfDay(day);
  return `${year}年${month}月${dd}日`;
}

/**
 * The calendar day a JS Date stands for. exceljs gives dates as UTC midnight; a Date built by hand
 * in local time is read in local time when it is not at UTC midnight.
 */
export function dayFromDate(date: Date): Day | null {
  const t = date.getTime();
  if (!Number.isFinite(t)) return null;
  if (t % MS_PER_DAY === 0) return t / MS_PER_DAY;
  const utc = Math.floor(t / MS_PER_DAY);
  const local = dayFromYMD(date.getFullYear(), date.getMonth() + 1, date.getDate());
  return date.getUTCHours() === 0 && date.getUTCMinutes() === 0 ? utc : local;
}

export function dateFromDay(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

// Excel 1900 system: serial 1 = 1900-01-01, serial 60 = the fictitious 1900-02-29,
// so serials from 61 on are one day ahead of the real count.
const EPOCH_1900 = dayFromYMD(1899, 12, 31);
const EPOCH_1904 = dayFromYMD(1904, 1, 1);

/** The day of an Excel serial number (the time part is dropped); null when out of range. */
export function dayFromSerial(serial: number, date1904 = false): Day | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) return whole >= 0 && whole < 2_958_466 ? EPOCH_1904 + whole : null;
  if (whole < 1 || whole > 2_958_465) return null;
  if (whole === 60) return dayFromYMD(1900, 2, 28); // 1900-02-29 never existed; read as the 28th
  return EPOCH_1900 + (whole < 60 ? whole : whole - 1);
}

/** The Excel serial number (1900 system unless date1904) of a day. */
export function serialFromDay(day: Day, date1904 = false): number {
  if (date1904) return day - EPOCH_1904;
  const n = day - EPOCH_1900;
  return n < 60 ? n : n + 1;
}
