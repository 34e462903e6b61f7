// Advisors, not files (SPEC §7.2): one 班主任 may lead several classes (阿克苏职院 第十条: 2–3 classes).
import type { Grade, ProfileId } from './model';
import { textKey } from './text';

/**
 * Who an advisor is across workbooks: the name compared through the one text key, plus 院系 when
 * filled (two advisors of the same name in different departments are different people).
 */
export function advisorKey(advisor: string, department: string): string {
  const dept = textKey(department);
  return dept ? `${dept}\u0000${textKey(advisor)}` : textKey(advisor);
}

export interface ClassGrade {
  profile: ProfileId;
  grade: Grade;
  score: number | null;
}

export interface AdvisorGrade {
  grade: Grade;
  /** Mean of the classes' scores (one decimal); 0 when 不合格 (“不合格者不再参加打分”); null without points. */
  score: number | null;
}

/** Mean to one decimal; the epsilon keeps 72.25 from rounding down through 72.2499…. */
export function meanOneDecimal(xs: readonly number[]): number {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.round(mean * 10 + 1e-9) / 10;
}

/**
 * “An advisor is 不合格 if any of their classes is, otherwise their score is the mean of their classes'
 * scores (one decimal)”. 不称职 (阿克苏职院) fails the same way. Classes of 阿克苏职院 carry no points:
 * an advisor with only such classes is 称职 with no score; mixed with 财经学院 classes, the mean is over
 * the classes that have a score (the consolidation warns about mixed profiles).
 */
export function advisorGrade(classes: readonly ClassGrade[]): AdvisorGrade {
  if (classes.some((c) => c.grade === '不合格')) return { grade: '不合格', score: 0 };
  if (classes.some((c) => c.grade === '不称职')) return { grade: '不称职', score: null };
  const scores = classes.map((c) => c.score).filter((s): s is number => typeof s === 'number' && Number.isFinite(s));
  if (classes.some((c) => c.grade === '合格') && scores.length > 0) {
    return { grade: '合格', score: meanOneDecimal(scores) };
  }
  if (classes.length > 0 && classes.every((c) => c.grade === '称职')) return { grade: '称职', score: null };
  return { grade: '合格', score: null };
}

/** The profile an advisor is ranked under: the one most of their classes use (first seen on a tie). */
export function advisorProfile(classes: readonly ClassGrade[]): ProfileId {
  const counts = new Map<ProfileId, number>();
  for (const c of classes) counts.set(c.profile, (counts.get(c.profile) ?? 0) + 1);
  let best: ProfileId = classes[0]?.profile ?? '财经学院';
  for (const [p, n] of counts) if (n > (counts.get(best) ?? 0)) best = p;
  return best;
}
