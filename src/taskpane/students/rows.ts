// The 学生 view as plain data: which students a filter keeps, how a last date is shown, and the entry
// form a student opens (prefilled with that student). Pure: tested without React.
import { dayToISO } from '../../rules/days';
import type { Day, RecordTableKey, Student } from '../../rules/model';
import type { StudentProgress } from '../../rules/progress';
import type { EntryStart } from '../entry/EntryView';
import { initialValues, isoToday, type FormValues } from '../entry/form';

export type StudentFilter = 'all' | 'noTalk' | 'noParent';

export const FILTER_TEXT: Readonly<Record<StudentFilter, string>> = {
  all: '全部学生',
  noTalk: '未谈心',
  noParent: '未联系家长',
};

export function filterStudents(rows: readonly StudentProgress[], filter: StudentFilter): StudentProgress[] {
  if (filter === 'noTalk') return rows.filter((r) => r.talks === 0);
  if (filter === 'noParent') return rows.filter((r) => r.parentContacts === 0);
  return [...rows];
}

/** '11-18' for a day of the semester (the year is the semester's); '—' for none. */
export function shortDay(day: Day | null): string {
  return day === null ? '—' : dayToISO(day).slice(5);
}

/** “3次 · 11-18”, or “0次”. */
export function countCell(n: number, last: Day | null): string {
  return n > 0 ? `${n}次 · ${shortDay(last)}` : '0次';
}

/** What the form's student field gets: the 姓名, or the 学号 when the name is shared (the reader asks so). */
export function pickValue(roster: readonly Student[], index: number): string {
  const s = roster[index];
  if (!s) return '';
  const shared = roster.some((o) => o.index !== s.index && o.name === s.name);
  return shared && s.id ? s.id : s.name;
}

export type { EntryStart };

/** The forms that name students, each prefilled with one student; the filter picks which opens first. */
export function entryFor(who: string, filter: StudentFilter, today: Date): EntryStart {
  const day = isoToday(today);
  const values: Partial<Record<RecordTableKey, FormValues>> = {};
  for (const key of ['talks', 'interviews', 'parentContacts'] as const) {
    values[key] = { ...initialValues(key, day), names: who };
  }
  return { key: filter === 'noParent' ? 'parentContacts' : 'talks', values };
}
