// The domain model every layer shares. Rules import nothing from outside this folder;
// records/, excel/, xlsx/, functions/ and the UI import these types from here.

/** A calendar day: whole days since 1970-01-01 (UTC). Only the calendar day matters to any rule. */
export type Day = number;

export type ProfileId = '财经学院' | '阿克苏职院';
export const PROFILE_IDS: readonly ProfileId[] = ['财经学院', '阿克苏职院'];

/** The names of the record tables (the paper forms' names): rules quote them, records/schema lays them out. */
export const TABLE_NAMES = {
  meetings: '班会记录表',
  talks: '谈心记录表',
  interviews: '谈话记录表',
  activities: '班级活动登记表',
  dormVisits: '走访宿舍记录表',
  parentContacts: '联系学生家长记录表',
  settings: '设置表',
  roster: '学生名册表',
} as const;

export type Severity = 'error' | 'warning' | 'info';

/** One finding about the input, in Chinese, saying where and what to do. */
export interface Diagnostic {
  /** Table name (e.g. 班会记录表) or sheet name when there is no table. */
  table: string;
  /** Worksheet row number (1-based), or null when it concerns the whole table. */
  row: number | null;
  /** Header text of the column, or null. */
  column: string | null;
  /**
   * The column as a field id of the schema (ColumnSpec.field: 'minutes', 'advisorPresent', …): rules name
   * columns this way and leave `column` null; records/fields fills `column` with the header for display.
   */
  field?: string;
  severity: Severity;
  message: string;
  /** Stable id of the kind of finding (e.g. 'outsideSemester'), so that a report can group many alike rows. */
  code?: string;
}

/** A raw parameter override from 设置表 (§3.4), resolved by rules/params. */
export interface ParamEntry {
  key: string;
  value: unknown;
  row: number | null;
}

export interface Settings {
  templateVersion: number | null;
  school: string;
  department: string;
  major: string;
  className: string;
  advisor: string;
  /** First year of 学年度 (2026 for 2026-2027), or null when missing/unreadable. */
  academicYear: number | null;
  semester: 1 | 2 | null;
  /** 学期开始日期: first day of week 1. */
  semesterStart: Day | null;
  /** 学年开始日期 as written; null means the default (1 August of academicYear). */
  yearStart: Day | null;
  profile: ProfileId;
  studentCategory: '高职' | '中职' | null;
  advisorType: '兼职' | '专职';
  classStatus: '在校' | '实习';
  /** Parameter keys of §3.4 (学期周数 included) as found in 设置表. */
  params: ParamEntry[];
}

export interface Student {
  /** Position in the roster (0-based); records refer to students by this index. */
  index: number;
  row: number;
  /** 学号 as text ('' when blank). */
  id: string;
  name: string;
  gender: string;
  /** 宿舍 as typed (trimmed), '' when none. */
  dorm: string;
  /** Normalised dorm key (see records/normalize), '' when none. */
  dormKey: string;
  parentName: string;
  parentContact: string;
  specialCare: string;
  note: string;
}

interface RecordBase {
  /** Worksheet row number, for messages. */
  row: number;
  date: Day;
}

export type MeetingKind = '班会' | '班委会';

export interface Meeting extends RecordBase {
  kind: MeetingKind;
  topic: string;
  expected: number;
  present: number;
}

export interface Talk extends RecordBase {
  /** Roster indices of the named students that were recognised (deduplicated). */
  students: number[];
  /** How many people the row names (recognised or not): the group size. */
  size: number;
  minutes: number;
}

export interface Interview extends RecordBase {
  students: number[];
  size: number;
  /** 时长（分钟）, null when blank (it is optional on this form). */
  minutes: number | null;
  careType: string;
}

export interface Activity extends RecordBase {
  name: string;
  type: string;
  /** 班主任参加: false only when the cell says 否. */
  advisorPresent: boolean;
}

export interface DormVisit extends RecordBase {
  /** Normalised dorm keys named on the row (empty when only 全部 was written). */
  dorms: string[];
  /** The row said 全部/所有宿舍: every roster dorm. */
  all: boolean;
  reason: string;
}

export interface ParentContact extends RecordBase {
  students: number[];
  method: string;
  reason: string;
}

export type RecordTableKey = 'meetings' | 'talks' | 'interviews' | 'activities' | 'dormVisits' | 'parentContacts';

/** The six record tables in the order of the college's document: the one list of them. */
export const RECORD_TABLE_KEYS: readonly RecordTableKey[] = [
  'meetings',
  'talks',
  'interviews',
  'activities',
  'dormVisits',
  'parentContacts',
];

/** Everything read from one class workbook: only complete, readable rows are here. */
export interface ClassRecords {
  settings: Settings;
  roster: Student[];
  meetings: Meeting[];
  talks: Talk[];
  interviews: Interview[];
  activities: Activity[];
  dormVisits: DormVisit[];
  parentContacts: ParentContact[];
  /** Which tables were found in the workbook (a missing record table counts as zero rows). */
  present: Record<RecordTableKey | 'settings' | 'roster', boolean>;
  diagnostics: Diagnostic[];
}

export type Status = 'met' | 'unmet' | 'pending' | 'n/a';
export type Grade = '合格' | '不合格' | '称职' | '不称职';

export interface MinimumResult {
  /** Stable id: meetings, talks, activities, dormVisits, parentContacts, dormVisitsWeekly, … */
  id: string;
  /** Chinese display name. */
  name: string;
  required: number;
  actual: number;
  status: Status;
  /** One sentence a teacher reads: where they stand and what is missing. */
  note: string;
  /** What is still missing: student names, dorms, weeks (第3周), blocks (第4–6周), months (2026年10月). */
  missing: string[];
  /**
   * false when the minimum cannot be judged for lack of data (no 学期开始日期 for a weekly or monthly
   * rule, an empty roster, no 学期): the status stays as SPEC §2.2 says and the pane shows 无法判断 with the note.
   */
  judgeable: boolean;
  /** As of a day: what is due next (本3周（第10–12周）还需要1次班会，剩5天); null when nothing is. */
  due: string | null;
  /** As of a day: the pace that finishes the semester (还需3次班会，剩7周); null when met or at the end. */
  pace: string | null;
}

export interface BonusResult {
  id: 'meetings' | 'talksTwice' | 'activities' | 'dormsTwice' | 'parentContacts';
  name: string;
  points: number;
  cap: number;
  /** The count the points were computed from. */
  basis: number;
  note: string;
  /** The note with its item named (班会：…), for lists that show notes without the bonus's name. */
  line: string;
}

export interface Evaluation {
  schema: 1;
  profile: ProfileId;
  class: string;
  advisor: string;
  semester: 1 | 2 | null;
  grade: Grade;
  /** 财经学院: 0 for 不合格, 60–90 for 合格. 阿克苏职院: null (no points defined). */
  score: number | null;
  minimums: MinimumResult[];
  bonuses: BonusResult[];
  diagnostics: Diagnostic[];
  /** The semester window actually used ([start, end) in days), or nulls when 学期开始日期 is missing. */
  window: { start: Day | null; end: Day | null; weeks: number };
  /** The day judged up to (SPEC §7.1 “As of today”), or null for the end-of-semester judgement. */
  asOf: Day | null;
}

export interface EvaluateOptions {
  /** Judge the semester up to this day (bounded by the window); omit for the end-of-semester judgement. */
  asOf?: Day | null;
}
