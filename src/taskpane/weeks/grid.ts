// The 周历 view as plain data: each period's state in words (never colour alone), the rows of blocks a
// profile has, the chart's series, and which week is the chosen day's. Pure: tested without React.
import { TABLES } from '../../records/schema';
import type { Day, RecordTableKey } from '../../rules/model';
import type { PeriodProgress, PeriodState, WeekProgress } from '../../rules/progress';
import { FORM_KEYS } from '../entry/form';

export const STATE_TEXT: Readonly<Record<PeriodState, string>> = {
  done: '已完成',
  missing: '缺',
  due: '本期待完成',
  ahead: '未到',
};

/** Badge colours, matched to the words above. */
export const STATE_COLOR: Readonly<Record<PeriodState, 'success' | 'danger' | 'warning' | 'informative'>> = {
  done: 'success',
  missing: 'danger',
  due: 'warning',
  ahead: 'informative',
};

export interface PeriodRow {
  title: string;
  periods: PeriodProgress[];
}

/** The rows of periodic rules the class has (班委会 only for 阿克苏职院; none for 班会 on internship). */
export function periodRows(w: WeekProgress): PeriodRow[] {
  return [
    { title: '班会（每3周至少1次）', periods: w.meetingBlocks },
    { title: '走访宿舍（每2周至少1次）', periods: w.dormBlocks },
    { title: '班委会（每月至少1次）', periods: w.committeeMonths },
  ].filter((r) => r.periods.length > 0);
}

/** “第10–12周 · 本期待完成 · 0次”: what a screen reader and a colour-blind reader get. */
export function periodText(p: PeriodProgress): string {
  return `${p.label} · ${STATE_TEXT[p.state]} · ${p.count}次`;
}

/** The week number the day falls in, or null outside the weeks shown. */
export function weekAt(w: WeekProgress, day: Day | null): number | null {
  if (day === null) return null;
  const hit = w.weeks.find((x) => day >= x.from && day < x.to);
  return hit ? hit.week : null;
}

/** The legend's names: the record sheets' own names (班会记录, 谈心记录, …). */
export const SERIES: ReadonlyArray<{ key: RecordTableKey; legend: string }> = FORM_KEYS.map((key) => ({
  key,
  legend: TABLES[key].sheet,
}));

/** Records per week, one stack per week and one segment per record table that has any that week. */
export function chartData(w: WeekProgress): Array<{ week: number; parts: Array<{ legend: string; n: number }> }> {
  return w.weeks.map((x) => ({
    week: x.week,
    parts: SERIES.map((s) => ({ legend: s.legend, n: x.counts[s.key] })).filter((p) => p.n > 0),
  }));
}

/** The chart's stacks: a week without records keeps its place on the axis as a zero-height bar. */
export function chartStacks(w: WeekProgress): Array<{ week: number; parts: Array<{ legend: string; n: number }> }> {
  return chartData(w).map((x) => (x.parts.length ? x : { ...x, parts: [{ legend: SERIES[0].legend, n: 0 }] }));
}
