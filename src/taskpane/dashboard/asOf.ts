// The day the 结果 view judges up to: today by default, kept inside the semester window (SPEC §7.1
// “As of today”). Pure: the window and today come in, the day goes out.
import { dayToISO, dayFromYMD, isValidYMD } from '../../rules/days';
import type { ClassRecords, Day } from '../../rules/model';
import { weekProgress } from '../../rules/progress';

export interface WindowDays {
  start: Day | null;
  /** The day after the last day of the window (exclusive), as Evaluation.window has it. */
  end: Day | null;
}

/** The first and last day a teacher may pick, or null without 学期开始日期 (no weeks to judge up to). */
export function pickBounds(window: WindowDays): { min: Day; max: Day } | null {
  if (window.start === null || window.end === null || window.end <= window.start) return null;
  return { min: window.start, max: window.end - 1 };
}

/** Today, moved into the window: before the semester its first day, after it its last day. */
export function defaultAsOf(window: WindowDays, today: Date): Day | null {
  const b = pickBounds(window);
  // The teacher's calendar day, in local time.
  const d = dayFromYMD(today.getFullYear(), today.getMonth() + 1, today.getDate());
  if (!b) return null;
  return Math.min(b.max, Math.max(b.min, d));
}

/** What the date field holds ('2026-11-18') as a day inside the bounds, or null when it is not one. */
export function dayOfField(text: string, bounds: { min: Day; max: Day }): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidYMD(y, mo, d)) return null;
  const day = dayFromYMD(y, mo, d);
  return day >= bounds.min && day <= bounds.max ? day : null;
}

export const fieldOfDay = (day: Day): string => dayToISO(day);

/** Today inside the class's semester window (the 学生 and 周历 views' day), or null without one. */
export function todayIn(records: ClassRecords, today: Date): Day | null {
  const w = weekProgress(records, {});
  if (!w || w.weeks.length === 0) return null;
  return defaultAsOf({ start: w.weeks[0].from, end: w.weeks[w.weeks.length - 1].to }, today);
}
