// Which records count for this semester (SPEC §2.2), as of a day or for the whole semester, and the
// small text helpers the notes share.
import { inWindow, semesterWindow, weekOf, yearStartOf, type SemesterWindow } from './calendar';
import { dayToChinese, dayToISO } from './days';
import type { ClassRecords, Day, Diagnostic, ParentContact } from './model';
import { RECORD_TABLE_KEYS, TABLE_NAMES } from './model';
import type { Params } from './params';

/** The record tables judged by the semester window alone (parent contacts also count for the year). */
const WINDOW_TABLES = ['meetings', 'talks', 'interviews', 'activities', 'dormVisits'] as const;
type WindowTable = (typeof WINDOW_TABLES)[number];

/** The records that count for this semester, and the rules' own diagnostics about dates. */
export interface Scope extends Pick<ClassRecords, WindowTable> {
  records: ClassRecords;
  params: Params;
  window: SemesterWindow;
  /**
   * The day judged up to (SPEC §7.1 “As of today”), inside the window; null for the end-of-semester
   * judgement (also when the day given is the window's last day or later). Records after it do not count.
   */
  asOf: Day | null;
  /** [from, to) of the annual parent-contact rule; nulls are open ends. */
  yearRange: { from: Day | null; to: Day | null };
  /** Contacts in this semester's window (the bonus counts these). */
  parentContacts: ParentContact[];
  /** Contacts from 学年开始日期 to the end of the window (the annual minimum counts these). */
  yearContacts: ParentContact[];
  /** Display name of each roster student, by roster index. */
  names: string[];
  diagnostics: Diagnostic[];
}

/** The records dated up to `asOf`: later ones have not happened yet as of that day. */
function recordsUntil(r: ClassRecords, asOf: Day): ClassRecords {
  const until = <T extends { date: Day }>(rows: readonly T[]): T[] => rows.filter((x) => x.date <= asOf);
  const out = { ...r };
  for (const key of RECORD_TABLE_KEYS) Object.assign(out, { [key]: until<{ date: Day }>(r[key]) });
  return out;
}

function outsideMessage(table: string, row: number, date: Day, from: Day, to: Day, period: string): Diagnostic {
  return {
    table,
    row,
    column: null,
    field: 'date',
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

/** The day judged up to: null when the whole window has passed, else bounded to the window. */
function boundAsOf(asOf: Day | null | undefined, window: SemesterWindow): Day | null {
  if (asOf === null || asOf === undefined) return null;
  if (window.start === null || window.end === null) return asOf;
  if (asOf >= window.end - 1) return null;
  return Math.max(asOf, window.start);
}

export function buildScope(all: ClassRecords, params: Params, asOfDay: Day | null = null): Scope {
  const { settings } = all;
  const window = semesterWindow(settings.semesterStart, params.weeks);
  const asOf = boundAsOf(asOfDay, window);
  const records = asOf === null ? all : recordsUntil(all, asOf);
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
  const inSemester = {} as Pick<ClassRecords, WindowTable>;
  for (const key of WINDOW_TABLES) {
    const rows = splitByWindow<{ row: number; date: Day }>(records[key], TABLE_NAMES[key], window, diagnostics);
    Object.assign(inSemester, { [key]: rows });
  }
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
    records: all,
    params,
    window,
    asOf,
    yearRange,
    ...inSemester,
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

/** How a note names the period judged: 本学期, or 截至2026年11月20日（第11周） as of a day. */
export function periodText(scope: Scope): string {
  if (scope.asOf === null) return '本学期';
  const week = scope.window.start === null ? '' : `（第${weekOf(scope.asOf, scope.window.start)}周）`;
  return `截至${dayToChinese(scope.asOf)}${week}`;
}
