// Schema v1 (SPEC §1): sheet names, table names, headers, required fields and allowed values.
// Both workbook gateways (Office.js in excel/, exceljs in xlsx/) lay sheets out from this one
// description, and the reader in records/ checks cells against it.
import { RECORD_TABLE_KEYS, TABLE_NAMES, type Day, type ProfileId } from '../rules/model';
import { DEFAULT_PARAMS } from '../rules/params';

export const SCHEMA_VERSION = 1;

export type TableKey =
  'settings' | 'roster' | 'meetings' | 'talks' | 'interviews' | 'activities' | 'dormVisits' | 'parentContacts';

/** How a column's cells are read (records/parse) and formatted (gateways). */
export type ColumnKind =
  | 'seq' // 编号/序号/次数, numbered by whoever appends
  | 'text'
  | 'longtext' // wrapped free text
  | 'date'
  | 'minutes'
  | 'count'
  | 'names' // one or more students
  | 'dorms' // one or more dorms, or 全部
  | 'choice' // one of `allowed` (free text allowed where `strict` is false)
  | 'signature'; // left blank for signing on paper

export interface ColumnSpec {
  header: string;
  /** Stable English field id used in code. */
  field: string;
  kind: ColumnKind;
  required: boolean;
  /** Drop-down values; for 'choice' columns. */
  allowed?: readonly string[];
  /** true: a value outside `allowed` is an error; false: it is accepted as typed. */
  strict?: boolean;
  /** Column width in characters (Excel's unit). */
  width: number;
}

export interface TableSpec {
  key: TableKey;
  sheet: string;
  table: string;
  /** Title of the paper form, printed above the table. */
  title: string;
  columns: readonly ColumnSpec[];
}

export const SUMMARY_SHEET = '量化汇总';
export const DATE_FORMAT = 'yyyy-mm-dd';
/** Header fill and font colours (ARGB without alpha for Office.js: '#1F6F4A'). */
export const HEADER_FILL = '1F6F4A';
export const HEADER_FONT = 'FFFFFF';
/** Excel's table style for record tables. */
export const TABLE_STYLE = 'TableStyleMedium7';

const c = (
  header: string,
  field: string,
  kind: ColumnKind,
  required: boolean,
  width: number,
  allowed?: readonly string[],
  strict?: boolean,
): ColumnSpec => ({ header, field, kind, required, width, ...(allowed ? { allowed, strict: strict ?? false } : {}) });

/** The numbered column (编号, 序号 or 次数 as each paper form calls it): filled by whoever appends. */
const seq = (header: '编号' | '序号' | '次数'): ColumnSpec => c(header, 'seq', 'seq', false, 6);
// Columns that several forms share with the same facts.
const DATE = c('日期', 'date', 'date', true, 12);
const PLACE = c('地点', 'place', 'text', true, 12);
const RECORDER = c('记录人', 'recorder', 'text', true, 10);
const STUDENT_NAMES = c('学生姓名', 'names', 'names', true, 12);

export const MEETING_KINDS = ['班会', '班委会'] as const;
export const CARE_TYPES = ['学习困难', '家庭经济困难', '感情挫折', '沟通障碍', '违纪受到处理', '其他'] as const;
export const YES_NO = ['是', '否'] as const;
export const VISIT_REASONS = ['探视病患', '检查卫生', '检查缺勤', '排查安全隐患', '其他'] as const;
export const CONTACT_METHODS = ['电话', '微信', '短信', '面谈', '家访', '其他'] as const;
export const CONTACT_REASONS = ['节假日离校', '学籍预警', '表现优秀报喜', '其他'] as const;
/** Activity types a teacher picks from; 班会 and 布置检查工作 are listed so that they can be excluded (§3.1 M3). */
export const ACTIVITY_TYPES = [
  '团日活动',
  '文体活动',
  '社会实践',
  '志愿服务',
  '学习交流',
  '班会',
  '布置检查工作',
  '其他',
] as const;
// 活动类型 values that never count as a 班级活动 are a rule: see NON_ACTIVITY_TYPES in rules/caijing.ts.
/** Words in 走访宿舍 meaning every dorm of the roster. */
export const ALL_DORMS_WORDS = ['全部', '所有宿舍', '全部宿舍'] as const;

/** A table as its paper form has it; the Excel table name is the one rules/model gives its key. */
const table = (key: TableKey, sheet: string, title: string, columns: readonly ColumnSpec[]): TableSpec => ({
  key,
  sheet,
  table: TABLE_NAMES[key],
  title,
  columns,
});

export const TABLES: Readonly<Record<TableKey, TableSpec>> = {
  settings: table('settings', '设置', '班主任工作职责及量化记录表 · 设置', [
    c('项目', 'key', 'text', true, 18),
    c('值', 'value', 'text', false, 30),
  ]),
  roster: table('roster', '学生名册', '学生名册', [
    c('学号', 'id', 'text', false, 14),
    c('姓名', 'name', 'text', true, 12),
    c('性别', 'gender', 'choice', false, 6, ['男', '女']),
    c('宿舍', 'dorm', 'text', false, 10),
    c('家长姓名', 'parentName', 'text', false, 12),
    c('家长联系方式', 'parentContact', 'text', false, 16),
    c('需特别关照', 'specialCare', 'choice', false, 14, CARE_TYPES),
    c('备注', 'note', 'longtext', false, 24),
  ]),
  meetings: table('meetings', '班会记录', '班会记录表', [
    seq('编号'),
    c('类型', 'kind', 'choice', false, 8, MEETING_KINDS, true),
    c('主题', 'topic', 'text', true, 20),
    DATE,
    PLACE,
    c('主持人', 'host', 'text', true, 10),
    RECORDER,
    c('应到人数', 'expected', 'count', true, 9),
    c('实到人数', 'present', 'count', true, 9),
    c('未到名单及原因', 'absent', 'longtext', false, 20),
    c('补救措施', 'remedy', 'longtext', false, 16),
    c('会议内容', 'content', 'longtext', true, 36),
    c('班长签字', 'monitorSign', 'signature', false, 10),
    c('团支书签字', 'leagueSign', 'signature', false, 10),
  ]),
  talks: table('talks', '谈心记录', '谈心记录表', [
    seq('序号'),
    c('姓名', 'names', 'names', true, 16),
    DATE,
    PLACE,
    c('时长（分钟）', 'minutes', 'minutes', true, 12),
    c('谈心内容', 'content', 'longtext', true, 40),
  ]),
  interviews: table('interviews', '谈话记录', '班主任谈话记录表', [
    seq('编号'),
    STUDENT_NAMES,
    c('班级', 'className', 'text', false, 12),
    DATE,
    PLACE,
    c('谈话人', 'speaker', 'text', true, 10),
    RECORDER,
    c('关照类型', 'careType', 'choice', false, 14, CARE_TYPES),
    c('时长（分钟）', 'minutes', 'minutes', false, 12),
    c('谈话内容', 'content', 'longtext', true, 36),
    c('谈话结论', 'conclusion', 'longtext', true, 24),
    c('建议', 'advice', 'longtext', false, 20),
    c('学生意见', 'studentOpinion', 'longtext', false, 20),
  ]),
  activities: table('activities', '班级活动', '班级活动登记表', [
    seq('编号'),
    c('活动名称', 'name', 'text', true, 20),
    c('活动类型', 'type', 'choice', false, 12, ACTIVITY_TYPES),
    DATE,
    PLACE,
    c('组织单位', 'organizer', 'text', true, 14),
    c('负责人', 'leader', 'text', true, 10),
    c('活动内容及意义', 'content', 'longtext', true, 36),
    c('效果评价及建议', 'evaluation', 'longtext', true, 28),
    c('班主任参加', 'advisorPresent', 'choice', false, 10, YES_NO, true),
  ]),
  dormVisits: table('dormVisits', '走访宿舍', '走访宿舍记录表', [
    seq('次数'),
    DATE,
    c('走访宿舍', 'dorms', 'dorms', true, 18),
    c('事由', 'reason', 'choice', true, 14, VISIT_REASONS),
    c('发现问题', 'problem', 'longtext', false, 28),
    c('处理情况', 'handling', 'longtext', false, 28),
  ]),
  parentContacts: table('parentContacts', '联系家长', '联系学生家长记录表', [
    seq('序号'),
    STUDENT_NAMES,
    DATE,
    c('家长姓名', 'parentName', 'text', true, 12),
    c('联系方式', 'method', 'choice', true, 10, CONTACT_METHODS),
    c('事由', 'reason', 'choice', true, 14, CONTACT_REASONS),
    c('结果', 'result', 'longtext', true, 30),
  ]),
};

export const TABLE_KEYS: readonly TableKey[] = ['settings', 'roster', ...RECORD_TABLE_KEYS];

/** 设置表 keys (项目) with their drop-down values where they have a fixed set. */
export const SETTINGS_KEYS = {
  templateVersion: '模板版本',
  school: '学校',
  department: '院系',
  major: '专业',
  className: '班级',
  advisor: '班主任',
  academicYear: '学年度',
  semester: '学期',
  semesterStart: '学期开始日期',
  weeks: '学期周数',
  yearStart: '学年开始日期',
  profile: '考核规则',
  studentCategory: '学生类别',
  advisorType: '班主任类型',
  classStatus: '班级状态',
} as const;

export const SETTINGS_CHOICES: Readonly<Record<string, readonly string[]>> = {
  学期: ['1', '2'],
  考核规则: ['财经学院', '阿克苏职院'],
  学生类别: ['高职', '中职'],
  班主任类型: ['兼职', '专职'],
  班级状态: ['在校', '实习'],
};

export interface TemplateOptions {
  school?: string;
  department?: string;
  major?: string;
  className?: string;
  advisor?: string;
  /** e.g. '2026-2027' */
  academicYear?: string;
  semester?: 1 | 2;
  semesterStart?: Day;
  profile?: ProfileId;
  studentCategory?: '高职' | '中职';
  advisorType?: '兼职' | '专职';
}

export type SettingsCell =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: Day }
  | { kind: 'blank' };

/** The 设置表 rows a new workbook starts with, in order. Blank values mean “use the default”. */
export function settingsTemplateRows(o: TemplateOptions): Array<{ key: string; value: SettingsCell }> {
  const text = (v: string | undefined): SettingsCell => (v ? { kind: 'text', value: v } : { kind: 'blank' });
  return [
    { key: SETTINGS_KEYS.templateVersion, value: { kind: 'number', value: SCHEMA_VERSION } },
    { key: SETTINGS_KEYS.school, value: text(o.school) },
    { key: SETTINGS_KEYS.department, value: text(o.department) },
    { key: SETTINGS_KEYS.major, value: text(o.major) },
    { key: SETTINGS_KEYS.className, value: text(o.className) },
    { key: SETTINGS_KEYS.advisor, value: text(o.advisor) },
    { key: SETTINGS_KEYS.academicYear, value: text(o.academicYear) },
    { key: SETTINGS_KEYS.semester, value: o.semester ? { kind: 'number', value: o.semester } : { kind: 'blank' } },
    {
      key: SETTINGS_KEYS.semesterStart,
      value: o.semesterStart !== undefined ? { kind: 'date', value: o.semesterStart } : { kind: 'blank' },
    },
    { key: SETTINGS_KEYS.weeks, value: { kind: 'number', value: DEFAULT_PARAMS.weeks } },
    { key: SETTINGS_KEYS.yearStart, value: { kind: 'blank' } },
    { key: SETTINGS_KEYS.profile, value: { kind: 'text', value: o.profile ?? '财经学院' } },
    { key: SETTINGS_KEYS.studentCategory, value: text(o.studentCategory) },
    { key: SETTINGS_KEYS.advisorType, value: { kind: 'text', value: o.advisorType ?? '兼职' } },
    { key: SETTINGS_KEYS.classStatus, value: { kind: 'text', value: '在校' } },
  ];
}

/** The column that is numbered automatically, if the table has one. */
export function seqColumn(spec: TableSpec): ColumnSpec | undefined {
  return spec.columns.find((col) => col.kind === 'seq');
}

/** Cells arrive as Excel or exceljs give them. */
export type CellValue =
  string | number | boolean | Date | null | undefined | { error: string } | Record<string, unknown>;

/** One table's values as read from a workbook: header row first. */
export interface RawTable {
  key: TableKey;
  /** Table name, or the sheet name when no table was found and the sheet was read instead. */
  name: string;
  sheet: string;
  /** Worksheet row number of the header row (1-based). */
  headerRow: number;
  /** Header row first, then data rows. */
  values: unknown[][];
  source: 'table' | 'sheet';
}

/** A workbook's record tables as both gateways return them: one parser serves both. */
export interface RawWorkbook {
  tables: Partial<Record<TableKey, RawTable>>;
  /** The workbook uses the 1904 date system. */
  date1904: boolean;
}

// Sheet layout shared by both gateways: a title row, a subtitle row, then the table.
export const TITLE_ROW = 1;
export const SUBTITLE_ROW = 2;
/** Worksheet row of every table's header row; data starts on the next row. */
export const HEADER_ROW = 3;
/** Drop-down validation covers at least this many data rows below the header (tables extend it as they grow). */
export const VALIDATION_ROWS = 500;

/** What `ensure` did (both gateways). Messages are Chinese. */
export interface EnsureReport {
  createdSheets: string[];
  createdTables: string[];
  addedColumns: Array<{ table: string; header: string }>;
  /** Sheets with one of our names that hold something else: left alone. */
  skipped: Array<{ sheet: string; reason: string }>;
  /** false when the workbook already had everything (a second run). */
  changed: boolean;
}

/** A record to append, keyed by ColumnSpec.field. Dates are given as days; seq columns are filled by the gateway. */
export type RecordInput = Partial<Record<string, string | number | boolean | { day: Day } | null>>;

/** Records a new workbook's tables start with (createWorkbook, the sample), by table. */
export type InitialRows = Partial<Record<TableKey, RecordInput[]>>;
