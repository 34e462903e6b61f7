// The calendar of a semester (SPEC §1, §2.2): the academic year and the semester of a start date, the
// semester window, week numbers, the 3-week/2-week blocks and calendar months. The one home of these facts.
import { dayFromYMD, ymdOfDay } from './days';
import type { Day, Settings } from './model';

/** A calendar fact, not a rule: a week has seven days. */
const WEEK_DAYS = 7;

/** Week number of a day: week k covers [start + 7(k−1), start + 7k); 0 or less before the start. */
export function weekOf(date: Day, start: Day): number {
  return Math.floor((date - start) / WEEK_DAYS) + 1;
}

/** The window actually used: [start, end) in days, or nulls without 学期开始日期. */
export interface SemesterWindow {
  start: Day | null;
  end: Day | null;
  weeks: number;
}

export function semesterWindow(semesterStart: Day | null, weeks: number): SemesterWindow {
  if (semesterStart === null) return { start: null, end: null, weeks };
  return { start: semesterStart, end: semesterStart + WEEK_DAYS * weeks, weeks };
}

export function inWindow(date: Day, window: SemesterWindow): boolean {
  if (window.start === null || window.end === null) return true; // “every dated record counts”
  return date >= window.start && date < window.end;
}

/** SPEC §1 学年开始日期 default and §2.1: the academic year runs 1 August – 31 July. */
const YEAR_START_MONTH = 8;

/** 1 August of the first year of 学年度 (2026 for 2026-2027). */
export function academicYearStart(firstYear: number): Day {
  return dayFromYMD(firstYear, YEAR_START_MONTH, 1);
}

/** The first year of the academic year a day belongs to: 2026 for any day from 2026-08-01 to 2027-07-31. */
export function academicYearOf(day: Day): number {
  const { year, month } = ymdOfDay(day);
  return month >= YEAR_START_MONTH ? year : year - 1;
}

/** The year a month/day without a year falls in, inside the academic year that starts in `firstYear`. */
export function yearOfMonthIn(firstYear: number, month: number): number {
  return month >= YEAR_START_MONTH ? firstYear : firstYear + 1;
}

/**
 * The academic year and semester a 学期开始日期 names: a semester that starts in the calendar year the
 * academic year starts in (August–December) is the first, one that starts after New Year the second.
 */
export function termOfStart(start: Day): { academicYear: number; semester: 1 | 2 } {
  const academicYear = academicYearOf(start);
  return { academicYear, semester: ymdOfDay(start).year === academicYear ? 1 : 2 };
}

/** 学年开始日期 as written, else 1 August of the first year of 学年度, else null. */
export function yearStartOf(settings: Settings): Day | null {
  if (settings.yearStart !== null) return settings.yearStart;
  if (settings.academicYear !== null) return academicYearStart(settings.academicYear);
  return null;
}

export const weekLabel = (week: number): string => `第${week}周`;

export function blockLabel(from: number, to: number): string {
  return from === to ? `第${from}周` : `第${from}–${to}周`;
}

export const monthLabel = (year: number, month: number): string => `${year}年${month}月`;

/**
 * The full blocks of `size` weeks inside weeks 1..weeks (1–3, 4–6, …). A trailing partial block is
 * left out: “每三周召开1次” asks for floor(W/3) meetings, one per full block.
 */
export function fullBlocks(weeks: number, size: number): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  if (size < 1) return out;
  const n = Math.floor(weeks / size);
  for (let i = 0; i < n; i++) out.push({ from: i * size + 1, to: i * size + size });
  return out;
}

/** First day of week `week` and the day after its last (exclusive). */
export function weekDays(start: Day, week: number): { from: Day; to: Day } {
  return { from: start + WEEK_DAYS * (week - 1), to: start + WEEK_DAYS * week };
}

/** How many of the given dates fall in each full block of `size` weeks. */
export function blockCounts(dates: readonly Day[], window: SemesterWindow, size: number): number[] {
  if (window.start === null) return [];
  const counts = fullBlocks(window.weeks, size).map(() => 0);
  for (const d of dates) {
    const b = Math.floor((weekOf(d, window.start) - 1) / size);
    if (b >= 0 && b < counts.length) counts[b]++;
  }
  return counts;
}

/**
 * Labels of the full blocks that contain none of the given in-window dates. With `asOf`, only the blocks
 * that have ended by that day: a block still running or to come is not missing (SPEC §7.1 “As of today”).
 */
export function emptyBlocks(
  dates: readonly Day[],
  window: SemesterWindow,
  size: number,
  asOf: Day | null = null,
): string[] {
  if (window.start === null) return [];
  const start = window.start;
  const counts = blockCounts(dates, window, size);
  return fullBlocks(window.weeks, size)
    .filter((b, i) => counts[i] === 0 && (asOf === null || weekDays(start, b.to).to <= asOf + 1))
    .map((b) => blockLabel(b.from, b.to));
}

/** The full block of `size` weeks that contains `day`, with the days left in it (today included). */
export function blockAt(
  window: SemesterWindow,
  size: number,
  day: Day,
): { index: number; from: number; to: number; daysLeft: number } | null {
  if (window.start === null) return null;
  const index = Math.floor((weekOf(day, window.start) - 1) / size);
  const block = fullBlocks(window.weeks, size)[index];
  if (index < 0 || block === undefined) return null;
  return { index, ...block, daysLeft: weekDays(window.start, block.to).to - day };
}

export interface WindowMonth {
  year: number;
  month: number;
  label: string;
  /** Days of this month inside the window. */
  days: number;
}

/** Every calendar month that overlaps [start, end), with the number of its days inside. */
export function monthsInWindow(start: Day, end: Day): WindowMonth[] {
  const out: WindowMonth[] = [];
  if (end <= start) return out;
  let { year, month } = ymdOfDay(start);
  for (;;) {
    const first = dayFromYMD(year, month, 1);
    if (first >= end) break;
    const next = month === 12 ? dayFromYMD(year + 1, 1, 1) : dayFromYMD(year, month + 1, 1);
    const days = Math.min(end, next) - Math.max(start, first);
    out.push({ year, month, label: monthLabel(year, month), days });
    if (month === 12) {
      year++;
      month = 1;
    } else month++;
  }
  return out;
}
