// The BZR custom functions (SPEC §4). Each one is a thin wrapper: it reads its arguments as Excel
// passes them, hands them to records/ (parseWorkbook) and rules/ (evaluate, points, …), and shapes the
// answer for a cell or a spill. No rule is decided here. The JSDoc below is the English metadata
// (functions.json); src/functions/zh-CN.json holds the Chinese descriptions (functions.zh-CN.json).
// The namespace BZR lives in the manifest only.
//
// Excel's calling convention (SPEC §4.1, office-js-docs-pr docs/excel/custom-functions-parameter-
// options.md): the repeating `tables` parameter arrives as ONE array of ranges; every call ends with
// an invocation object; omitted optionals arrive as null. Cells are reduced in cells.ts.
import { judge, readCount, readDate } from '../records';
import { allowance as rulesAllowance, points as rulesPoints, weekOf } from '../rules';
import type { Evaluation } from '../rules/model';
import { textKey } from '../rules/text';
import { academicYearOf } from '../rules/calendar';
import { scalarCell } from './cells';
import { date1904 } from './date-system';
import { invalid, isFunctionError, notAvailable } from './errors';
import { memoised } from './memo';
import { quotaAnswer } from './quota';
import { MINIMUMS_HEADER, minimumRow, passedTables, problemsRow, workbookFromTables } from './tables';

/** Runs `body`; anything unexpected becomes #VALUE! with a Chinese message instead of a bare error. */
function guarded<T>(fn: string, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (isFunctionError(e)) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    return invalid(`BZR.${fn} 计算时出错（${detail}）。请检查传入的表格是否完整，或在任务窗格中重新计算。`);
  }
}

/** Judges the tables of one call; the same contents judged lately come from the cache (memo.ts). */
function evaluateTables(tables: unknown): Evaluation {
  const passed = passedTables(tables);
  const system = date1904();
  return memoised(passed, system, () => judge(workbookFromTables(passed, system)));
}

// Tables come with their header rows (设置表[#All], 班会记录表[#All], …) in any order; row numbers in
// messages count within the ranges passed (header = row 1). When rows were not counted, one more row
// (记录问题) follows the minimums and lists the first problems.
/**
 * Checks the quantified minimums of one class: one row per minimum (指标, 要求, 实际, 状态, 说明).
 * @customfunction MINIMUMS MINIMUMS
 * @param tables The record tables with their header rows (设置表 is required; add 学生名册表 and the six record tables).
 * @returns A spilled table: header 指标 | 要求 | 实际 | 状态 | 说明, then one row per minimum; status is 达标, 未达标, 待学年末 or 不适用.
 */
export function minimums(tables: unknown[][][], invocation?: CustomFunctions.Invocation): unknown[][] {
  void invocation;
  return guarded('MINIMUMS', () => {
    const ev = evaluateTables(tables);
    const rows: unknown[][] = [[...MINIMUMS_HEADER], ...ev.minimums.map(minimumRow)];
    const problems = problemsRow(ev.diagnostics);
    if (problems) rows.push(problems);
    return rows;
  });
}

/**
 * The semester score of one class under the 财经学院 rules: 0 when a minimum is not met, else 60 plus bonuses (at most 90).
 * @customfunction SCORE SCORE
 * @param tables The record tables with their header rows (设置表 is required), in any order.
 * @returns The score (0, or 60 to 90).
 */
export function score(tables: unknown[][][], invocation?: CustomFunctions.Invocation): number {
  void invocation;
  return guarded('SCORE', () => {
    const ev = evaluateTables(tables);
    if (ev.score === null) {
      notAvailable(
        `设置表的考核规则是“${ev.profile}”：该办法只评“称职/不称职”，没有规定积分，所以 SCORE 没有结果。请改用 BZR.GRADE 或 BZR.MINIMUMS。`,
      );
    }
    return ev.score;
  });
}

/**
 * The grade of one class: 合格/不合格 (财经学院) or 称职/不称职 (阿克苏职院, a suggestion for the department's assessment).
 * @customfunction GRADE GRADE
 * @param tables The record tables with their header rows (设置表 is required), in any order.
 * @returns 合格, 不合格, 称职 or 不称职.
 */
export function grade(tables: unknown[][][], invocation?: CustomFunctions.Invocation): string {
  void invocation;
  return guarded('GRADE', () => evaluateTables(tables).grade);
}

const POINT_ARGS = ['班会次数', '谈心两次人数', '活动次数', '走访两次宿舍数', '联系家长人数', '班级人数'] as const;

function countArg(fn: string, position: number, label: string, value: unknown): number {
  const r = readCount(value);
  if (r.kind === 'ok') return r.value;
  if (r.kind === 'blank') invalid(`BZR.${fn} 的第${position}个参数（${label}）是空的。请填写不小于0的整数。`);
  return invalid(`BZR.${fn} 的第${position}个参数（${label}）：${r.kind === 'error' ? r.message : ''}`);
}

/**
 * The 财经学院 score from plain counts, assuming every minimum is met (60 plus bonuses).
 * @customfunction POINTS POINTS
 * @param meetings Number of 班会 held in the semester.
 * @param talksTwice Number of students with at least two talks (谈心).
 * @param activities Number of counting class activities.
 * @param dormsTwice Number of dorms visited at least twice.
 * @param parentContacts Number of students whose parents were contacted this semester.
 * @param classSize Number of students in the class.
 * @returns The score (60 to 90).
 */
export function points(
  meetings: number,
  talksTwice: number,
  activities: number,
  dormsTwice: number,
  parentContacts: number,
  classSize: number,
  invocation?: CustomFunctions.Invocation,
): number {
  void invocation;
  return guarded('POINTS', () => {
    const v = [meetings, talksTwice, activities, dormsTwice, parentContacts, classSize].map((x, i) =>
      countArg('POINTS', i + 1, POINT_ARGS[i], x),
    );
    if (v[1] > v[5] || v[4] > v[5]) {
      invalid(
        `BZR.POINTS：谈心两次人数（${v[1]}）和联系家长人数（${v[4]}）都不能超过班级人数（${v[5]}）。请检查第2、5、6个参数。`,
      );
    }
    const counts = {
      meetings: v[0],
      talksTwice: v[1],
      activities: v[2],
      dormsTwice: v[3],
      parentContacts: v[4],
      classSize: v[5],
    };
    return rulesPoints(counts).score;
  });
}

// Advisors tied on score across the cut-off stay 合格 and are flagged “合格（并列，超出名额需人工决定）”.
/**
 * Assigns 优秀 within the quota (at most 30% of all advisors assessed): 优秀, 合格 or 不合格 for each score.
 * @customfunction QUOTA QUOTA
 * @param scores The scores of all advisors assessed together (a column or a row; blank cells are skipped).
 * @param [grades] Their grades (合格/不合格/称职/不称职), aligned with scores. Without it, 0 means 不合格 and a score of at least 60 means 合格.
 * @param [ratio] The share of advisors that may be 优秀 (default 30%).
 * @returns 优秀, 合格 or 不合格 for each score, in the same shape as scores.
 */
export function quota(
  scores: unknown[][],
  grades?: unknown[][],
  ratio?: number,
  invocation?: CustomFunctions.Invocation,
): string[][] {
  void invocation;
  return guarded('QUOTA', () => quotaAnswer(scores, grades, ratio));
}

function choice<T extends string>(
  fn: string,
  position: number,
  label: string,
  v: unknown,
  allowed: readonly T[],
  fallback?: T,
): T {
  const c = scalarCell(v);
  const t = typeof c === 'string' ? textKey(c) : '';
  if (t === '' && fallback !== undefined) return fallback;
  const hit = allowed.find((a) => a === t);
  if (!hit) {
    invalid(`BZR.${fn} 的第${position}个参数（${label}）应为 ${allowed.join(' 或 ')}（现为“${String(v ?? '')}”）。`);
  }
  return hit;
}

/**
 * The 班主任 allowance in yuan: students × months × rate (11 per 高职 student, 13 per 中职 student, per month).
 * @customfunction ALLOWANCE ALLOWANCE
 * @param students Number of students in the class.
 * @param months Number of months.
 * @param category Student category: 高职 or 中职.
 * @param [advisorType] Advisor type: 兼职 (default) or 专职 (paid a post allowance instead, not computed).
 * @returns The allowance in yuan.
 */
export function allowance(
  students: number,
  months: number,
  category: string,
  advisorType?: string,
  invocation?: CustomFunctions.Invocation,
): number {
  void invocation;
  return guarded('ALLOWANCE', () => {
    const n = countArg('ALLOWANCE', 1, '学生人数', students);
    const m = countArg('ALLOWANCE', 2, '月数', months);
    const c = choice('ALLOWANCE', 3, '学生类别', category, ['高职', '中职'] as const);
    const t = choice('ALLOWANCE', 4, '班主任类型', advisorType, ['兼职', '专职'] as const, '兼职');
    const r = rulesAllowance(n, m, c, t);
    if (!r.ok) return notAvailable(r.message);
    return r.amount;
  });
}

function dateArg(fn: string, position: number, label: string, v: unknown, academicYear: number | null): number {
  // A date cell arrives as a serial of the workbook's date system (date-system.ts).
  const r = readDate(scalarCell(v), { date1904: date1904(), academicYear });
  if (r.kind === 'ok') return r.value;
  if (r.kind === 'blank') invalid(`BZR.${fn} 的第${position}个参数（${label}）是空的。请填写日期，如 2026-09-07。`);
  return invalid(`BZR.${fn} 的第${position}个参数（${label}）：${r.kind === 'error' ? r.message : ''}`);
}

/**
 * The week number of a date in the semester: week 1 starts on the semester's first day; 0 or less before it.
 * @customfunction WEEK WEEK
 * @param date The date (a date cell, or text such as 2026-09-01).
 * @param semesterStart The first day of week 1 (学期开始日期).
 * @returns The week number.
 */
export function week(date: unknown, semesterStart: unknown, invocation?: CustomFunctions.Invocation): number {
  void invocation;
  return guarded('WEEK', () => {
    const start = dateArg('WEEK', 2, '学期开始日期', semesterStart, null);
    // A year-less date (9月1日) takes the academic year the semester start lies in.
    const d = dateArg('WEEK', 1, '日期', date, academicYearOf(start));
    return weekOf(d, start);
  });
}
