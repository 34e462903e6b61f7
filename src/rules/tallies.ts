// Counts that several rules share (a minimum, its bonus, the per-student view): which talks qualify,
// which activities count, which dorms were visited. Each is computed once per judgement, on first use.
import { textKey } from './text';
import type { Activity, Diagnostic, Interview, Talk } from './model';
import { TABLE_NAMES } from './model';
import type { Params } from './params';
import type { Scope } from './scope';

/**
 * 活动类型 values that never count as a 班级活动: “班会、布置和检查工作不属于班级活动之列”.
 * Compare with isCountingActivityType().
 */
export const NON_ACTIVITY_TYPES = ['班会', '班委会', '布置检查工作', '布置和检查工作', '布置工作', '检查工作'] as const;
const NON_ACTIVITY_SET = new Set<string>(NON_ACTIVITY_TYPES.map(textKey));

/** Whether an activity of this 活动类型 can count. Any type ending in 班会 (主题班会…) is a 班会, not an activity. */
export function isCountingActivityType(type: string): boolean {
  const t = textKey(type);
  return !NON_ACTIVITY_SET.has(t) && !t.endsWith('班会');
}

/** Why a 谈心 row does not qualify (SPEC §3.1), as a diagnostic; null when it does. */
export function talkProblem(t: Talk, p: Params): Diagnostic | null {
  // “如果集体谈心，学生人数不能超过8人”: an oversized group talk counts for nobody.
  if (t.size > p.groupTalkMax) {
    return {
      table: TABLE_NAMES.talks,
      row: t.row,
      column: null,
      field: 'names',
      severity: 'error',
      message: `谈心记录表第${t.row}行：集体谈心不能超过${p.groupTalkMax}人（本行${t.size}人），本行不计入任何学生。请把学生分成每组不超过${p.groupTalkMax}人，分行登记。`,
    };
  }
  // “每次谈心不少于5分钟”.
  if (t.minutes < p.talkMinMinutes) {
    return {
      table: TABLE_NAMES.talks,
      row: t.row,
      column: null,
      field: 'minutes',
      severity: 'warning',
      message: `谈心记录表第${t.row}行：时长${t.minutes}分钟，少于${p.talkMinMinutes}分钟（每次谈心不少于${p.talkMinMinutes}分钟），不计入。如记录有误请改正时长。`,
    };
  }
  return null;
}

/**
 * 谈话记录表 is the detailed form of a talk (“使用《班主任谈话记录表》进行比较详细的记录”); its 时长 is
 * optional, so a blank 时长 counts, a filled one must reach the minimum.
 */
export function interviewProblem(iv: Interview, p: Params): Diagnostic | null {
  if (iv.minutes === null || iv.minutes >= p.talkMinMinutes) return null;
  return {
    table: TABLE_NAMES.interviews,
    row: iv.row,
    column: null,
    field: 'minutes',
    severity: 'warning',
    message: `谈话记录表第${iv.row}行：时长${iv.minutes}分钟，少于${p.talkMinMinutes}分钟，不计入谈心。如记录有误请改正时长。`,
  };
}

/** Why an activity does not count as a 班级活动 (SPEC §3.1 M3); null when it does. */
export function activityProblem(a: Activity): Diagnostic | null {
  if (!a.advisorPresent) {
    return {
      table: TABLE_NAMES.activities,
      row: a.row,
      column: null,
      field: 'advisorPresent',
      severity: 'info',
      message: `班级活动登记表第${a.row}行：班主任未参加，不计入班级活动（班级活动是指班主任参与的班级集体活动）。`,
    };
  }
  if (!isCountingActivityType(a.type)) {
    return {
      table: TABLE_NAMES.activities,
      row: a.row,
      column: null,
      field: 'type',
      severity: 'info',
      message: `班级活动登记表第${a.row}行：活动类型“${a.type}”不属于班级活动之列，不计入。班会请登记在班会记录表。`,
    };
  }
  return null;
}

/** Roster students with at least one contact in `contacts` (1/0 per roster index). */
export function contactedStudents(contacts: ReadonlyArray<{ students: readonly number[] }>, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (const c of contacts) for (const s of c.students) if (s >= 0 && s < n) out[s] = 1;
  return out;
}

export interface TalkTally {
  /** Qualifying talks per roster student (“a talk counts once for each student it names”). */
  perStudent: Int32Array;
  diagnostics: Diagnostic[];
}

export interface DormTally {
  /** dormKey → display name as typed in 学生名册. */
  rosterDorms: Map<string, string>;
  /** dormKey → visits that covered it. */
  visitsPerDorm: Map<string, number>;
  /** Visits that covered every roster dorm. */
  sweeps: number;
}

export interface Tallies {
  readonly talks: TalkTally;
  readonly activities: { count: number; diagnostics: Diagnostic[] };
  readonly dorms: DormTally;
}

function talkTally(scope: Scope): TalkTally {
  const { params: p } = scope;
  const perStudent = new Int32Array(scope.records.roster.length);
  const diagnostics: Diagnostic[] = [];
  const add = (students: readonly number[]) => {
    for (const s of students) if (s >= 0 && s < perStudent.length) perStudent[s]++;
  };
  for (const t of scope.talks) {
    const problem = talkProblem(t, p);
    if (problem) diagnostics.push(problem);
    else add(t.students);
  }
  for (const iv of scope.interviews) {
    const problem = interviewProblem(iv, p);
    if (problem) diagnostics.push(problem);
    else add(iv.students);
  }
  return { perStudent, diagnostics };
}

function activityTally(scope: Scope): { count: number; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let count = 0;
  for (const a of scope.activities) {
    const problem = activityProblem(a);
    if (problem) diagnostics.push(problem);
    else count++;
  }
  return { count, diagnostics };
}

function dormTally(scope: Scope): DormTally {
  const rosterDorms = new Map<string, string>();
  for (const s of scope.records.roster) {
    if (s.dormKey && !rosterDorms.has(s.dormKey)) rosterDorms.set(s.dormKey, s.dorm || s.dormKey);
  }
  const visitsPerDorm = new Map<string, number>();
  let sweeps = 0;
  for (const v of scope.dormVisits) {
    const keys = new Set<string>(v.dorms);
    if (v.all) for (const k of rosterDorms.keys()) keys.add(k);
    for (const k of keys) visitsPerDorm.set(k, (visitsPerDorm.get(k) ?? 0) + 1);
    if (rosterDorms.size > 0 && [...rosterDorms.keys()].every((k) => keys.has(k))) sweeps++;
  }
  return { rosterDorms, visitsPerDorm, sweeps };
}

/** Lazy tallies: each is computed on first use and kept. */
export function tallies(scope: Scope): Tallies {
  let talks: TalkTally | undefined;
  let activities: { count: number; diagnostics: Diagnostic[] } | undefined;
  let dorms: DormTally | undefined;
  return {
    get talks() {
      return (talks ??= talkTally(scope));
    },
    get activities() {
      return (activities ??= activityTally(scope));
    },
    get dorms() {
      return (dorms ??= dormTally(scope));
    },
  };
}
