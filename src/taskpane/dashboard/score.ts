// The score card's arithmetic as text: 60 + each bonus by name = the score, as `bzr score` shows the
// bonuses. The numbers all come from the Evaluation; nothing is re-judged here.
import type { BonusResult, Evaluation } from '../../rules';

export interface ScoreBreakdown {
  /** The pass score the bonuses are added to (60 under 财经学院). */
  base: number;
  /** Bonuses that gave points, by name. */
  parts: Array<{ name: string; points: number }>;
  total: number;
  /** '60 + 班级活动 2 + 走访两次的宿舍 5 = 67', or '60（无加分）' */
  text: string;
}

/** null when there is no score to explain (阿克苏职院 has none; 不合格 has no bonuses). */
export function scoreBreakdown(e: Evaluation): ScoreBreakdown | null {
  if (e.score === null || !passed(e)) return null;
  const sum = e.bonuses.reduce((s, b) => s + b.points, 0);
  const base = e.score - sum;
  const parts = e.bonuses.filter((b) => b.points > 0).map((b) => ({ name: b.name, points: b.points }));
  const terms = [String(base), ...parts.map((p) => `${p.name} ${p.points}`)];
  const text = parts.length ? `${terms.join(' + ')} = ${e.score}` : `${base}（无加分）`;
  return { base, parts, total: e.score, text };
}

export function passed(e: Evaluation): boolean {
  return e.grade === '合格' || e.grade === '称职';
}

/** Each bonus's sentence once, with its item named: a 不合格 semester says why per item, not five times alike. */
export function bonusLines(bonuses: readonly BonusResult[]): string[] {
  return [...new Set(bonuses.map((b) => b.line))];
}
