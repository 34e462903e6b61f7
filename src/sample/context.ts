// What every form's sample rows are made from: the class, its students and dorms, the semester's days
// and the one stream of random numbers (each form draws from it in a fixed order).
import type { Day } from '../rules/model';
import type { RecordInput } from '../records/schema';
import type { Random } from './random';
import type { SampleStudent } from './students';

export interface SampleContext {
  r: Random;
  /** Number of students. */
  n: number;
  students: SampleStudent[];
  dorms: string[];
  /** 学期开始日期 and the semester (1 or 2) the sample is for. */
  start: Day;
  semester: 1 | 2;
  /** Weeks in the semester. */
  weeks: number;
  advisor: string;
  className: string;
}

/** The sample rows of one record form. */
export interface FormSample {
  /** The rows that make the sample 合格 with some bonuses. */
  base(cx: SampleContext): RecordInput[];
  /** One more row in week `w`, when a total number of rows is asked for. */
  extra(cx: SampleContext, w: number): RecordInput;
}

/** A weekday of week w (1-based). */
export const dayIn = (cx: SampleContext, w: number): Day => cx.start + 7 * (w - 1) + cx.r.int(0, 4);

/** A weekday of any week of the semester. */
export const anyDay = (cx: SampleContext): Day => dayIn(cx, cx.r.int(1, cx.weeks));

/** A student who keeps the class's records (a 班干部). */
export const cadre = (cx: SampleContext): string => cx.r.pick(cx.students).name;

export const dated = (day: Day) => ({ day });

/** Orders rows by their date, as a teacher's table would be. */
export function byDate(rows: RecordInput[]): RecordInput[] {
  return rows.sort((a, b) => (a.date as { day: Day }).day - (b.date as { day: Day }).day);
}
