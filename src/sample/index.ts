// A deterministic sample class (seeded; no Math.random): roster, settings and records spread over
// the semester that meet the 财经学院 minimums with some bonuses. Used by `npm start`, tests and
// benchmarks. Each form's rows are made in forms/; the order they draw random numbers in is fixed.
import { RECORD_TABLE_KEYS, type Day, type ProfileId } from '../rules/model';
import { termOfStart } from '../rules/calendar';
import { DEFAULT_PARAMS } from '../rules/params';
import type { RecordInput, TableKey, TemplateOptions } from '../records/schema';
import type { SampleContext } from './context';
import { fillTo, type RecordRows } from './fill';
import { FORM_SAMPLES } from './forms';
import { Random } from './random';
import { makeStudents, type SampleStudent } from './students';

export interface SampleOptions {
  students: number;
  /** Total record rows over the six record tables; default: what the sample needs (about 3 per student). */
  records?: number;
  seed?: number;
  /** 学期开始日期 (Monday of week 1). */
  semesterStart: Day;
  semester?: 1 | 2;
  className?: string;
  advisor?: string;
  major?: string;
  school?: string;
  department?: string;
  profile?: ProfileId;
}

export interface SampleClass {
  options: TemplateOptions;
  rows: Partial<Record<TableKey, RecordInput[]>>;
}

function rosterRow(s: SampleStudent): RecordInput {
  const { id, name, gender, dorm, parentName, parentContact } = s;
  return { id, name, gender, dorm, parentName, parentContact, specialCare: s.specialCare || null, note: null };
}

/** The sample class: options for createWorkbook and rows for every table. */
export function sampleClass(o: SampleOptions): SampleClass {
  const r = new Random(o.seed ?? 20260907);
  const n = Math.max(1, Math.floor(o.students));
  const start = o.semesterStart;
  const term = termOfStart(start);
  const semester: 1 | 2 = o.semester ?? term.semester;
  const firstYear = term.academicYear;
  const className = o.className ?? '会计2301';
  const advisor = o.advisor ?? '王丽';
  const options: TemplateOptions = {
    school: o.school ?? '阿克苏职业技术学院',
    department: o.department ?? '财经学院',
    major: o.major ?? '大数据与会计',
    className,
    advisor,
    academicYear: `${firstYear}-${firstYear + 1}`,
    semester,
    semesterStart: start,
    profile: o.profile ?? '财经学院',
    studentCategory: '高职',
    advisorType: '兼职',
  };
  const students = makeStudents(n, r);
  const dorms = [...new Set(students.map((s) => s.dorm))];
  const cx: SampleContext = { r, n, students, dorms, start, semester, weeks: DEFAULT_PARAMS.weeks, advisor, className };

  // Base rows, form by form in the document's order: exactly what makes the sample 合格 with some bonuses.
  const rows = {} as RecordRows;
  for (const key of RECORD_TABLE_KEYS) rows[key] = FORM_SAMPLES[key].base(cx);
  if (o.records !== undefined) fillTo(rows, Math.max(0, Math.floor(o.records)), cx);

  return { options, rows: { roster: students.map(rosterRow), ...rows } };
}
