// Sample class workbooks as sheets of cells: header row first, numbers as numbers, date cells as JS
// Dates (the harness turns them into serials of the workbook's date system), blank cells as ''.
// Built by hand from SPEC §1 so the tests do not depend on any other helper's sample generator.
import { TABLES, type TableKey } from '../../src/records/schema';
import { dateFromDay, dayFromYMD, serialFromDay } from '../../src/rules/days';

export type Matrix = unknown[][];
export type SampleTables = Partial<Record<TableKey, Matrix>>;

export const serial = (y: number, m: number, d: number): number => serialFromDay(dayFromYMD(y, m, d));

/** A table as a matrix: the header row of the schema, then one row per record (by header text). */
export function table(key: TableKey, rows: Array<Record<string, unknown>>): Matrix {
  const headers = TABLES[key].columns.map((c) => c.header);
  return [headers, ...rows.map((r) => headers.map((h) => (r[h] === undefined ? '' : r[h])))];
}

export interface SampleOptions {
  profile?: '财经学院' | '阿克苏职院';
  semester?: 1 | 2;
  students?: number;
  meetings?: number;
  activities?: number;
  dormVisits?: number;
  /** Students whose parents are contacted (the first n). */
  contacted?: number;
  /** Talk every student this many times (1 or 2); the first `twiceFor` students twice. */
  twiceFor?: number;
  advisorType?: '兼职' | '专职';
  /** Blank rows appended at the end of every record table (what a table with empty rows gives). */
  trailingBlanks?: number;
}

const START = { y: 2026, m: 9, d: 7 }; // a Monday; week 1 of semester 1 of 2026-2027

/** A day of the semester as a serial number: week w (1-based), weekday offset. */
export function semesterSerial(week: number, offset = 1): number {
  return serialFromDay(dayFromYMD(START.y, START.m, START.d) + 7 * (week - 1) + offset);
}

/** The same day as a date cell. */
export function semesterDate(week: number, offset = 1): Date {
  return dateFromDay(dayFromYMD(START.y, START.m, START.d) + 7 * (week - 1) + offset);
}

export const dateCell = (y: number, m: number, d: number): Date => dateFromDay(dayFromYMD(y, m, d));

export function sampleClass(o: SampleOptions = {}): SampleTables {
  const n = o.students ?? 12;
  const dorms = ['1号楼101', '1号楼102', '1号楼103'];
  const students = Array.from({ length: n }, (_, i) => ({
    学号: `2026${String(i + 1).padStart(3, '0')}`,
    姓名: i === 0 ? '艾力·买买提' : `学生${i + 1}`,
    性别: i % 2 ? '女' : '男',
    宿舍: dorms[i % dorms.length],
    家长姓名: `家长${i + 1}`,
    家长联系方式: `1380000${String(i).padStart(4, '0')}`,
  }));
  const settings: Matrix = [
    ['项目', '值'],
    ['模板版本', 1],
    ['学校', '某职业技术学院'],
    ['院系', '财经学院'],
    ['专业', '会计'],
    ['班级', '会计2601班'],
    ['班主任', '王老师'],
    ['学年度', '2026-2027'],
    ['学期', o.semester ?? 1],
    ['学期开始日期', dateCell(START.y, START.m, START.d)],
    ['学期周数', 18],
    ['学年开始日期', ''],
    ['考核规则', o.profile ?? '财经学院'],
    ['学生类别', '高职'],
    ['班主任类型', o.advisorType ?? '兼职'],
    ['班级状态', '在校'],
  ];
  const meetings = Array.from({ length: o.meetings ?? 7 }, (_, i) => ({
    编号: i + 1,
    类型: i % 4 === 3 ? '班委会' : '',
    主题: `主题${i + 1}`,
    日期: semesterDate(1 + i * 2),
    地点: '教室',
    主持人: '班长',
    记录人: '学习委员',
    应到人数: n,
    实到人数: n,
    会议内容: '安全教育与学习安排',
  }));
  const talks: Array<Record<string, unknown>> = [];
  students.forEach((s, i) => {
    talks.push({
      姓名: s.姓名,
      日期: semesterDate(2 + (i % 10)),
      地点: '办公室',
      '时长（分钟）': 10,
      谈心内容: '学习情况',
    });
    if (i < (o.twiceFor ?? 6)) {
      talks.push({
        姓名: s.姓名,
        日期: semesterDate(12 + (i % 5)),
        地点: '办公室',
        '时长（分钟）': '15分钟',
        谈心内容: '生活情况',
      });
    }
  });
  talks.forEach((t, i) => (t['序号'] = i + 1));
  const activities = Array.from({ length: o.activities ?? 3 }, (_, i) => ({
    编号: i + 1,
    活动名称: `活动${i + 1}`,
    活动类型: '团日活动',
    日期: semesterDate(3 + i * 4, 5),
    地点: '操场',
    组织单位: '班委',
    负责人: '团支书',
    活动内容及意义: '增强集体意识',
    效果评价及建议: '效果良好',
    班主任参加: '是',
  }));
  const dormVisits = Array.from({ length: o.dormVisits ?? 10 }, (_, i) => ({
    次数: i + 1,
    日期: semesterDate(1 + Math.floor((i * 18) / (o.dormVisits ?? 10)), 3),
    走访宿舍: i < 2 ? '全部' : dorms[i % dorms.length],
    事由: '检查卫生',
    发现问题: i === 4 ? '地面有垃圾' : '',
    处理情况: i === 4 ? '已督促整改' : '',
  }));
  const parentContacts = students.slice(0, o.contacted ?? 8).map((s, i) => ({
    序号: i + 1,
    学生姓名: s.姓名,
    日期: semesterDate(4 + (i % 8)),
    家长姓名: s.家长姓名,
    联系方式: '电话',
    事由: '其他',
    结果: '家长了解情况',
  }));
  const blanks = (m: Matrix): Matrix => [
    ...m,
    ...Array.from({ length: o.trailingBlanks ?? 0 }, () => m[0].map(() => '')),
  ];
  return {
    settings,
    roster: blanks(table('roster', students)),
    meetings: blanks(table('meetings', meetings)),
    talks: blanks(table('talks', talks)),
    interviews: blanks(table('interviews', [])),
    activities: blanks(table('activities', activities)),
    dormVisits: blanks(table('dormVisits', dormVisits)),
    parentContacts: blanks(table('parentContacts', parentContacts)),
  };
}

/** A deterministic pseudo-random generator (mulberry32), for shuffles that reproduce. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** The same table with its columns in another order (header moves with its column). */
export function shuffleColumns(m: Matrix, random: () => number): Matrix {
  const order = shuffled(
    m[0].map((_, i) => i),
    random,
  );
  return m.map((row) => order.map((i) => row[i]));
}

/** The tables as arguments, in the given key order. */
export function args(t: SampleTables, keys: readonly TableKey[] = Object.keys(t) as TableKey[]): Matrix[] {
  return keys.filter((k) => t[k]).map((k) => t[k] as Matrix);
}
