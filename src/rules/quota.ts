// 优秀 quota (SPEC §3.1): “优秀名额不超过全体班主任的30%”, decided by the counsellor over all advisors.
import type { Grade } from './model';
import { DEFAULT_PARAMS, readRatio } from './params';
import { textKey } from './text';

export type Award = '优秀' | '合格' | '不合格' | '称职' | '不称职';

export interface QuotaResult {
  award: Award;
  /** Tied on score across the cut-off: left 合格, a person must decide. */
  tie: boolean;
  /** Competition rank among the scored 合格 advisors (1, 2, 2, 4 …); null when not ranked. */
  rank: number | null;
  note: string;
}

export const TIE_NOTE = '并列，超出名额需人工决定';

/** q = floor(ratio × N); the epsilon keeps 0.3 × 10 from landing on 2.999…. */
export function quotaSize(n: number, ratio: number): number {
  return Math.max(0, Math.floor(ratio * n + 1e-9));
}

/**
 * Items are aligned with the result. N counts every advisor assessed, 不合格 (and 阿克苏 grades) included.
 * 称职/不称职 (阿克苏职院, score null) are passed through: that profile has no points to rank by, and
 * 优秀 is entered by the counsellor from the department's assessment.
 */
export function assignQuota(
  items: ReadonlyArray<{ score: number | null; grade: Grade }>,
  ratio: number = DEFAULT_PARAMS.excellentRatio,
): QuotaResult[] {
  const r = Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : DEFAULT_PARAMS.excellentRatio;
  const q = quotaSize(items.length, r);
  const ranked: number[] = []; // indices of 合格 advisors with a score
  items.forEach((it, i) => {
    if (it.grade === '合格' && typeof it.score === 'number' && Number.isFinite(it.score)) ranked.push(i);
  });
  const scores = ranked.map((i) => items[i].score as number).sort((a, b) => b - a);
  // Scores at or above `cut` are 优秀; a tie straddling position q makes that score the tied one.
  let cut = Infinity;
  let tiedScore: number | null = null;
  if (q > 0 && scores.length > 0) {
    if (scores.length <= q) cut = scores[scores.length - 1];
    else if (scores[q - 1] !== scores[q]) cut = scores[q - 1];
    else {
      // “If advisors tied on score straddle the cut-off, none of that tie is made 优秀”: only the
      // scores strictly above the tie are 优秀.
      const t = scores[q - 1];
      tiedScore = t;
      const above = scores.filter((s) => s > t);
      cut = above.length ? above[above.length - 1] : Infinity;
    }
  }
  const rankOf = (s: number): number => {
    // Competition ranking: 1 + number of strictly higher scores (binary search on the descending list).
    let lo = 0;
    let hi = scores.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (scores[mid] > s) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  return items.map((it) => {
    if (it.grade === '不合格') return { award: '不合格', tie: false, rank: null, note: '不合格，不参加优秀评定。' };
    if (it.grade === '称职' || it.grade === '不称职') {
      return {
        award: it.grade,
        tie: false,
        rank: null,
        note:
          it.grade === '称职'
            ? '阿克苏职院不计分：优秀由辅导员根据系（部）考核认定后填写。'
            : '不称职，不参加优秀评定。',
      };
    }
    if (typeof it.score !== 'number' || !Number.isFinite(it.score)) {
      return { award: '合格', tie: false, rank: null, note: '合格，但缺少分数，无法参加优秀排名。请补填分数。' };
    }
    const rank = rankOf(it.score);
    if (tiedScore !== null && it.score === tiedScore) return { award: '合格', tie: true, rank, note: TIE_NOTE };
    if (it.score >= cut) return { award: '优秀', tie: false, rank, note: `第${rank}名，在优秀名额（${q}个）内。` };
    return { award: '合格', tie: false, rank, note: `第${rank}名，未进入优秀名额（${q}个）。` };
  });
}

// ---------------------------------------------------------------- reading QUOTA's inputs
// The counsellor's list: one score per advisor, optionally a grade beside it, and the 优秀 ratio.
// Cells come already reduced to numbers and strings (blank = '' or null); what a blank looks like in
// a given host is the caller's business.

const GRADES: readonly Grade[] = ['合格', '不合格', '称职', '不称职'];

function blank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && textKey(v) === '');
}

/** The 优秀 ratio of QUOTA: blank means the default (30%); otherwise params' readRatio. */
export function readQuotaRatio(v: unknown): number | null {
  return blank(v) ? DEFAULT_PARAMS.excellentRatio : readRatio(v);
}

/** One advisor of the list, or why the line cannot be graded. */
export type QuotaEntry =
  | { kind: 'blank' }
  | { kind: 'ok'; score: number | null; grade: Grade }
  | { kind: 'bad-score' }
  | { kind: 'bad-grade' }
  | { kind: 'below-pass'; score: number; passScore: number };

/**
 * Reads one line: a grade written beside the score decides (优秀 counts as 合格: the quota is drawn
 * again); without one, 0 means 不合格 (“不合格者不再参加打分”) and a score of at least the pass score
 * (合格基础分) means 合格. A line with neither score nor grade is nobody.
 */
export function quotaEntry(score: unknown, grade: unknown, passScore = DEFAULT_PARAMS.passScore): QuotaEntry {
  if (blank(score) && blank(grade)) return { kind: 'blank' };
  let value: number | null = null;
  if (!blank(score)) {
    value = typeof score === 'number' ? score : typeof score === 'string' ? Number(textKey(score)) : NaN;
    if (!Number.isFinite(value) || value < 0) return { kind: 'bad-score' };
  }
  const g = typeof grade === 'string' ? textKey(grade) : blank(grade) ? '' : String(grade);
  if (g !== '') {
    const known = g === '优秀' ? '合格' : GRADES.find((x) => x === g);
    return known ? { kind: 'ok', score: value, grade: known } : { kind: 'bad-grade' };
  }
  if (value === 0) return { kind: 'ok', score: 0, grade: '不合格' };
  if ((value as number) >= passScore) return { kind: 'ok', score: value, grade: '合格' };
  return { kind: 'below-pass', score: value as number, passScore };
}
