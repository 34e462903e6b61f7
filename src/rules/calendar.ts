// Which records fall inside which period (SPEC §2.2): the semester window, week numbers, the
// 3-week/2-week blocks, calendar months, and the academic-year range of the parent-contact rule.
import { dayFromYMD, dayToISO, ymdOfDay } from './days';
import type {
  Activity,
  ClassRecords,
  Day,
  Diagnostic,
  DormVisit,
  Interview,
  Meeting,
  ParentContact,
  Settings,
  Talk,
} from './model';
import { TABLE_NAMES } from './model';
import type { Params } from './params';

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

/** 学年开始日期 as written, else 1 August of the first year of 学年度, else null. */
export function yearStartOf(settings: Settings): Day | null {
  if (settings.yearStart !== null) return settings.yearStart;
  if (settings.academicYear !== null) return dayFromYMD(settings.academicYear, 8, 1);
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

/** Labels of the full blocks that contain none of the given in-window dates. */
export function emptyBlocks(dates: readonly Day[], window: SemesterWindow, size: number): string[] {
  if (window.start === null) return [];
  const blocks = fullBlocks(window.weeks, size);
  const hit = new Uint8Array(blocks.length);
  for (const d of dates) {
    const b = Math.floor((weekOf(d, window.start) - 1) / size);
    if (b >= 0 && b < blocks.length) hit[b] = 1;
  }
  return blocks.filter((_, i) => hit[i] === 0).map((b) => blockLabel(b.from, b.to));
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

/** The records that count for this semester, and the rules' own diagnostics about dates. */
export interface Scope {
  records: ClassRecords;
  params: Params;
  window: SemesterWindow;
  /** [from, to) of the annual parent-contact rule; nulls are open ends. */
  yearRange: { from: Day | null; to: Day | null };
  meetings: Meeting[];
  talks: Talk[];
  interviews: Interview[];
  activities: Activity[];
  dormVisits: DormVisit[];
  /** Contacts in this semester's window (the bonus counts these). */
  parentContacts: ParentContact[];
  /** Contacts from 学年开始日期 to the end of the window (the annual minimum counts these). */
  yearContacts: ParentContact[];
  /** Display name of each roster student, by roster index. */
  names: string[];
  diagnostics: Diagnostic[];
}

function outsideMessage(table: string, row: number, date: Day, from: Day, to: Day, period: string): Diagnostic {
  return {
    table,
    row,
    column: '日期',
    severity: 'warning',
    message: `${table}第${row}行：日期${dayToISO(date)}不在${period}（${dayToISO(from)}至${dayToISO(to - 1)}）内，不计入${period}。`,
    code: period === '本学年' ? 'outsideYear' : 'outsideSemester',
  };
}

function splitByWindow<T extends { row: number; date: Day }>(
  rows: readonly T[],
  table: string,
  window: SemesterWindow,
  diagnostics: Diagnostic[],
): T[] {
  if (window.start === null || window.end === null) return rows.slice();
  const kept: T[] = [];
  for (const r of rows) {
    if (inWindow(r.date, window)) kept.push(r);
    else diagnostics.push(outsideMessage(table, r.row, r.date, window.start, window.end, '本学期'));
  }
  return kept;
}

/** Roster display names; a 姓名 that occurs twice gets its 学号 so that the teacher can tell them apart. */
export function displayNames(records: ClassRecords): string[] {
  const seen = new Map<string, number>();
  for (const s of records.roster) seen.set(s.name, (seen.get(s.name) ?? 0) + 1);
  return records.roster.map((s) => ((seen.get(s.name) ?? 0) > 1 && s.id ? `${s.name}（${s.id}）` : s.name));
}

export function buildScope(records: ClassRecords, params: Params): Scope {
  const { settings } = records;
  const window = semesterWindow(settings.semesterStart, params.weeks);
  const diagnostics: Diagnostic[] = [];
  if (window.start === null) {
    diagnostics.push({
      table: TABLE_NAMES.settings,
      row: null,
      column: null,
      severity: 'warning',
      message:
        '设置表缺少“学期开始日期”：所有有日期的记录都计入本学期，未检查“每三周一次班会”“每两周走访宿舍”等周期要求。请在设置表填写学期开始日期（第1周的第一天）。',
    });
  }
  const meetings = splitByWindow(records.meetings, TABLE_NAMES.meetings, window, diagnostics);
  const talks = splitByWindow(records.talks, TABLE_NAMES.talks, window, diagnostics);
  const interviews = splitByWindow(records.interviews, TABLE_NAMES.interviews, window, diagnostics);
  const activities = splitByWindow(records.activities, TABLE_NAMES.activities, window, diagnostics);
  const dormVisits = splitByWindow(records.dormVisits, TABLE_NAMES.dormVisits, window, diagnostics);

  // “每个学年和每个学生的家长联系1次”: a contact counts for the annual minimum from 学年开始日期 to the
  // end of this semester's window, for the bonus only inside this semester's window.
  const yearStart = yearStartOf(settings);
  let yearRange: { from: Day | null; to: Day | null } = { from: null, to: null };
  const parentContacts: ParentContact[] = [];
  const yearContacts: ParentContact[] = [];
  if (window.start === null || window.end === null) {
    parentContacts.push(...records.parentContacts);
    yearContacts.push(...records.parentContacts);
  } else {
    const from = yearStart === null ? null : Math.min(yearStart, window.start);
    yearRange = { from, to: window.end };
    for (const c of records.parentContacts) {
      if (inWindow(c.date, window)) {
        parentContacts.push(c);
        yearContacts.push(c);
      } else if (c.date < window.end && (from === null || c.date >= from)) {
        yearContacts.push(c); // earlier in this academic year: counts for the annual rule only
      } else if (from !== null && c.date < from) {
        diagnostics.push(outsideMessage(TABLE_NAMES.parentContacts, c.row, c.date, from, window.end, '本学年'));
      } else {
        diagnostics.push(outsideMessage(TABLE_NAMES.parentContacts, c.row, c.date, window.start, window.end, '本学期'));
      }
    }
  }
  return {
    records,
    params,
    window,
    yearRange,
    meetings,
    talks,
    interviews,
    activities,
    dormVisits,
    parentContacts,
    yearContacts,
    names: displayNames(records),
    diagnostics,
  };
}

/** 张三、李四、王五 … 等12人 — keeps a note to one readable sentence. */
export function listText(items: readonly string[], max = 10, unit = '人'): string {
  if (items.length <= max) return items.join('、');
  return `${items.slice(0, max).join('、')}等${items.length}${unit}`;
}

/** The note fragment for a record table that was not found in the workbook. */
export function absentText(records: ClassRecords, key: keyof typeof TABLE_NAMES): string {
  return records.present[key] ? '' : `（未找到“${TABLE_NAMES[key]}”，按0条记录计算，请先创建该表）`;
}
