// What the 汇总 view's charts show, from the Consolidation (pure; the charts only draw it).
import type { Consolidation } from '../../consolidate/types';

export interface Bar {
  label: string;
  count: number;
}

export interface PassRate {
  name: string;
  /** Classes that met the minimum. */
  met: number;
  /** Classes where it is not yet due (进行中). */
  pending: number;
  unmet: number;
  /** Classes the minimum applies to (status other than 不适用). */
  judged: number;
}

const BIN = 5;

/**
 * Advisors by score in bins of five points (“70–74”), lowest first; 不合格 advisors get a bar of their
 * own (their score says nothing). Advisors without a score (阿克苏职院: 称职/不称职) are left out.
 */
export function scoreBins(c: Consolidation): Bar[] {
  const failed = c.advisors.filter((a) => a.grade === '不合格').length;
  const scores = c.advisors.filter((a) => a.grade !== '不合格' && a.score !== null).map((a) => a.score as number);
  const bars: Bar[] = failed > 0 ? [{ label: '不合格', count: failed }] : [];
  if (scores.length === 0) return bars;
  const lo = Math.floor(Math.min(...scores) / BIN) * BIN;
  const hi = Math.floor(Math.max(...scores) / BIN) * BIN;
  for (let from = lo; from <= hi; from += BIN) {
    const count = scores.filter((s) => s >= from && s < from + BIN).length;
    bars.push({ label: `${from}–${from + BIN - 1}`, count });
  }
  return bars;
}

/** Each minimum (by name, in order of first appearance) over the assessed class workbooks. */
export function passRates(c: Consolidation): PassRate[] {
  const rates = new Map<string, PassRate>();
  for (const k of c.classes) {
    for (const m of k.minimums) {
      if (m.status === 'n/a') continue;
      const r = rates.get(m.name) ?? { name: m.name, met: 0, pending: 0, unmet: 0, judged: 0 };
      r.judged++;
      r[m.status]++;
      rates.set(m.name, r);
    }
  }
  return [...rates.values()];
}

/** The label a pass-rate bar carries: classes that met the minimum over those it applies to (“18/20”). */
export function rateLabel(r: PassRate): string {
  return `${r.met}/${r.judged}`;
}
