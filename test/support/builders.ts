// Small builders for ClassRecords in tests (rules, functions, CLI …). Rows left at 0 are numbered
// 4, 5, 6 … per table by makeRecords (the first data row under the title, subtitle and header rows).
import {
  dayFromYMD,
  type Activity,
  type ClassRecords,
  type Day,
  type Diagnostic,
  type DormVisit,
  type Interview,
  type Meeting,
  type MeetingKind,
  type ParamEntry,
  type ParentContact,
  type RecordTableKey,
  type Settings,
  type Student,
  type Talk,
} from '../../src/rules';

/** 学期开始日期 of the default settings: Monday 2026-09-07 (window 2026-09-07 … 2027-01-10 for 18 weeks). */
export const START: Day = dayFromYMD(2026, 9, 7);

/** '2026-09-07' → Day. */
export function d(iso: string): Day {
  const [y, m, dd] = iso.split('-').map(Number);
  return dayFromYMD(y, m, dd);
}

/** A day in week `week` of the semester (offset 0 = the week's first day). */
export const wk = (week: number, offset = 0, start: Day = START): Day => start + 7 * (week - 1) + offset;

export const dormKey = (s: string): string => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');

export function settings(over: Partial<Settings> = {}): Settings {
  return {
    templateVersion: 1,
    school: '测试学院',
    department: '财经学院',
    major: '会计',
    className: '会计2601班',
    advisor: '王老师',
    academicYear: 2026,
    semester: 1,
    semesterStart: START,
    yearStart: null,
    profile: '财经学院',
    studentCategory: '高职',
    advisorType: '兼职',
    classStatus: '在校',
    params: [],
    ...over,
  };
}

/** Param overrides as they come from 设置表: param('学期周数', 20). */
export const param = (key: string, value: unknown, row: number | null = null): ParamEntry => ({ key, value, row });

export const dormName = (k: number): string => `1号楼${101 + k}`;

/**
 * n students 学生01 … with 学号 2026001 …; `perDorm` students share a dorm (1号楼101, 1号楼102 …),
 * `perDorm: 0` leaves 宿舍 blank.
 */
export function roster(n: number, opts: { perDorm?: number; names?: string[] } = {}): Student[] {
  const perDorm = opts.perDorm ?? 4;
  return Array.from({ length: n }, (_, i) => {
    const dorm = perDorm > 0 ? dormName(Math.floor(i / perDorm)) : '';
    return {
      index: i,
      row: 4 + i,
      id: String(2026001 + i),
      name: opts.names?.[i] ?? `学生${String(i + 1).padStart(2, '0')}`,
      gender: '',
      dorm,
      dormKey: dormKey(dorm),
      parentName: '',
      parentContact: '',
      specialCare: '',
      note: '',
    };
  });
}

export const meeting = (date: Day, kind: MeetingKind = '班会', row = 0): Meeting => ({
  row,
  date,
  kind,
  topic: kind === '班会' ? '主题班会' : '班委会',
  expected: 40,
  present: 40,
});

export const talk = (students: number[], date: Day, minutes = 10, size = students.length, row = 0): Talk => ({
  row,
  date,
  students,
  size,
  minutes,
});

export const interview = (students: number[], date: Day, minutes: number | null = null, row = 0): Interview => ({
  row,
  date,
  students,
  size: students.length,
  minutes,
  careType: '学习困难',
});

export const activity = (
  date: Day,
  opts: { type?: string; advisorPresent?: boolean; row?: number } = {},
): Activity => ({
  row: opts.row ?? 0,
  date,
  name: '团日活动',
  type: opts.type ?? '团日活动',
  advisorPresent: opts.advisorPresent ?? true,
});

/** A dorm visit naming dorms by display name (normalised here), or 'all' for 全部. */
export const visit = (date: Day, dorms: string[] | 'all', row = 0): DormVisit => ({
  row,
  date,
  dorms: dorms === 'all' ? [] : dorms.map(dormKey),
  all: dorms === 'all',
  reason: '检查卫生',
});

export const contact = (students: number[], date: Day, row = 0): ParentContact => ({
  row,
  date,
  students,
  method: '电话',
  reason: '其他',
});

export interface RecordsInput {
  settings?: Partial<Settings>;
  roster?: Student[];
  meetings?: Meeting[];
  talks?: Talk[];
  interviews?: Interview[];
  activities?: Activity[];
  dormVisits?: DormVisit[];
  parentContacts?: ParentContact[];
  present?: Partial<ClassRecords['present']>;
  diagnostics?: Diagnostic[];
}

function numbered<T extends { row: number }>(rows: T[] | undefined): T[] {
  return (rows ?? []).map((r, i) => (r.row ? r : { ...r, row: 4 + i }));
}

export function makeRecords(input: RecordsInput = {}): ClassRecords {
  const keys: Array<RecordTableKey | 'settings' | 'roster'> = [
    'settings',
    'roster',
    'meetings',
    'talks',
    'interviews',
    'activities',
    'dormVisits',
    'parentContacts',
  ];
  const present = Object.fromEntries(keys.map((k) => [k, true])) as ClassRecords['present'];
  return {
    settings: settings(input.settings),
    roster: input.roster ?? roster(40),
    meetings: numbered(input.meetings),
    talks: numbered(input.talks),
    interviews: numbered(input.interviews),
    activities: numbered(input.activities),
    dormVisits: numbered(input.dormVisits),
    parentContacts: numbered(input.parentContacts),
    present: { ...present, ...input.present },
    diagnostics: input.diagnostics ?? [],
  };
}

/**
 * A 40-student class (10 dorms of 4) that meets every 财经学院 minimum exactly, with no bonus:
 * 6 班会 (one per 3-week block), one 5-minute talk per student, 1 activity, 9 visits (one per 2-week
 * block) that visit each dorm once, no parent contact (semester 1: pending). Score 60.
 */
export function minimalPass(over: Partial<RecordsInput> = {}): RecordsInput {
  const students = roster(40);
  return {
    roster: students,
    meetings: [1, 4, 7, 10, 13, 16].map((w) => meeting(wk(w, 1))),
    talks: students.map((s) => talk([s.index], wk(2 + (s.index % 15), 2), 5)),
    activities: [activity(wk(5, 3))],
    dormVisits: Array.from({ length: 9 }, (_, i) =>
      visit(wk(1 + 2 * i, 2), i < 8 ? [dormName(i)] : [dormName(8), dormName(9)]),
    ),
    parentContacts: [],
    ...over,
  };
}
