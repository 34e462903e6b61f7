// Per student and per week (SPEC §7.1): the data of the pane's two views, from the same scope the judge
// uses — the same window, the same “as of” day, the same qualifying talks.
import { blockCounts, blockLabel, fullBlocks, monthsInWindow, weekDays, weekOf } from './calendar';
import { dayFromYMD, ymdOfDay } from './days';
import type { ClassRecords, Day, EvaluateOptions, RecordTableKey } from './model';
import { resolveParams } from './params';
import { buildScope, type Scope } from './scope';
import { interviewProblem, talkProblem } from './tallies';

function scopeOf(records: ClassRecords, options: EvaluateOptions): Scope {
  const { params } = resolveParams(records.settings.profile, records.settings.params);
  return buildScope(records, params, options.asOf ?? null);
}

export interface StudentProgress {
  /** Roster index. */
  index: number;
  id: string;
  /** Display name (with 学号 when the 姓名 occurs twice). */
  name: string;
  /** Qualifying 谈心 rows naming the student in the window, and the last one's date. */
  talks: number;
  lastTalk: Day | null;
  /** Qualifying 谈话 rows. */
  interviews: number;
  lastInterview: Day | null;
  /** Parent contacts counting for the annual rule (from 学年开始日期 to the end of the window). */
  parentContacts: number;
  lastParentContact: Day | null;
  /** 需特别关照 as typed in 学生名册, '' when none. */
  specialCare: string;
}

/** One row per roster student, in roster order. */
export function studentProgress(records: ClassRecords, options: EvaluateOptions = {}): StudentProgress[] {
  const scope = scopeOf(records, options);
  const out: StudentProgress[] = records.roster.map((s, i) => ({
    index: s.index,
    id: s.id,
    name: scope.names[i],
    talks: 0,
    lastTalk: null,
    interviews: 0,
    lastInterview: null,
    parentContacts: 0,
    lastParentContact: null,
    specialCare: s.specialCare,
  }));
  const later = (a: Day | null, b: Day): Day => (a === null || b > a ? b : a);
  const each = (students: readonly number[], f: (p: StudentProgress) => void) => {
    for (const s of new Set(students)) if (s >= 0 && s < out.length) f(out[s]);
  };
  for (const t of scope.talks) {
    if (talkProblem(t, scope.params)) continue;
    each(t.students, (p) => ((p.talks += 1), (p.lastTalk = later(p.lastTalk, t.date))));
  }
  for (const iv of scope.interviews) {
    if (interviewProblem(iv, scope.params)) continue;
    each(iv.students, (p) => ((p.interviews += 1), (p.lastInterview = later(p.lastInterview, iv.date))));
  }
  for (const c of scope.yearContacts) {
    each(c.students, (p) => ((p.parentContacts += 1), (p.lastParentContact = later(p.lastParentContact, c.date))));
  }
  return out;
}

/** done: has one; missing: over without one; due: running now without one; ahead: not come yet. */
export type PeriodState = 'done' | 'missing' | 'due' | 'ahead';

export interface PeriodProgress {
  label: string;
  /** First day and the day after the last (exclusive). */
  from: Day;
  to: Day;
  count: number;
  state: PeriodState;
}

export interface WeekProgress {
  weeks: Array<{ week: number; from: Day; to: Day; counts: Record<RecordTableKey, number> }>;
  /** 班会 per 3-week block (财经学院 M1); [] for a class on internship too, where the rule does not apply. */
  meetingBlocks: PeriodProgress[];
  /** 走访宿舍 per 2-week block. */
  dormBlocks: PeriodProgress[];
  /** 班委会 per required month (阿克苏职院 only; [] for 财经学院). */
  committeeMonths: PeriodProgress[];
}

function stateOf(count: number, from: Day, to: Day, asOf: Day | null): PeriodState {
  if (count > 0) return 'done';
  if (asOf === null || to <= asOf + 1) return 'missing';
  return from <= asOf ? 'due' : 'ahead';
}

function blocks(scope: Scope, dates: readonly Day[], size: number): PeriodProgress[] {
  const start = scope.window.start as Day;
  const counts = blockCounts(dates, scope.window, size);
  return fullBlocks(scope.window.weeks, size).map((b, i) => {
    const from = weekDays(start, b.from).from;
    const to = weekDays(start, b.to).to;
    return {
      label: blockLabel(b.from, b.to),
      from,
      to,
      count: counts[i],
      state: stateOf(counts[i], from, to, scope.asOf),
    };
  });
}

function committeeMonths(scope: Scope): PeriodProgress[] {
  const { start, end } = scope.window as { start: Day; end: Day };
  return monthsInWindow(start, end)
    .filter((m) => m.days >= scope.params.committeeMonthMinDays)
    .map((m) => {
      const from = Math.max(start, dayFromYMD(m.year, m.month, 1));
      const to = Math.min(end, m.month === 12 ? dayFromYMD(m.year + 1, 1, 1) : dayFromYMD(m.year, m.month + 1, 1));
      const count = scope.meetings.filter((x) => {
        const d = ymdOfDay(x.date);
        return x.kind === '班委会' && d.year === m.year && d.month === m.month;
      }).length;
      return { label: m.label, from, to, count, state: stateOf(count, from, to, scope.asOf) };
    });
}

/** The semester week by week; null without 学期开始日期 (there are no weeks to show). */
export function weekProgress(records: ClassRecords, options: EvaluateOptions = {}): WeekProgress | null {
  const scope = scopeOf(records, options);
  const { start } = scope.window;
  if (start === null) return null;
  const lists: Record<RecordTableKey, ReadonlyArray<{ date: Day }>> = {
    meetings: scope.meetings,
    talks: scope.talks,
    interviews: scope.interviews,
    activities: scope.activities,
    dormVisits: scope.dormVisits,
    parentContacts: scope.parentContacts,
  };
  const weeks = Array.from({ length: scope.window.weeks }, (_, i) => ({
    week: i + 1,
    ...weekDays(start, i + 1),
    counts: { meetings: 0, talks: 0, interviews: 0, activities: 0, dormVisits: 0, parentContacts: 0 },
  }));
  for (const key of Object.keys(lists) as RecordTableKey[]) {
    for (const r of lists[key]) {
      const w = weeks[weekOf(r.date, start) - 1];
      if (w) w.counts[key]++;
    }
  }
  const p = scope.params;
  const internship = records.settings.classStatus === '实习' && records.settings.profile === '财经学院';
  const meetingDates = scope.meetings.filter((m) => m.kind === '班会').map((m) => m.date);
  return {
    weeks,
    meetingBlocks: internship ? [] : blocks(scope, meetingDates, p.meetingInterval),
    dormBlocks: blocks(
      scope,
      scope.dormVisits.map((v) => v.date),
      p.dormInterval,
    ),
    committeeMonths: records.settings.profile === '阿克苏职院' ? committeeMonths(scope) : [],
  };
}
