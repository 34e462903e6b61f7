// What the 汇总 view's charts draw (src/taskpane/consolidate/stats.ts), from consolidations of known
// per-file results.
import fc from 'fast-check';
import { consolidate } from '../../src/consolidate/core';
import type { ClassFileOk } from '../../src/consolidate/types';
import type { Grade, Status } from '../../src/rules/model';
import { classResult } from '../consolidate/results';
import { passRates, rateLabel, scoreBins } from '../../src/taskpane/consolidate/stats';

const cls = (i: number, grade: Grade, score: number | null, statuses: Status[] = ['met']): ClassFileOk =>
  classResult(i, grade, score, statuses);

const run = (files: ClassFileOk[]) => consolidate(files, { ratio: 0.3, mask: false, history: [], date: '2027-01-15' });

it('bins scores by five points, with 不合格 apart and empty bins kept', () => {
  const c = run([cls(1, '合格', 75), cls(2, '合格', 72), cls(3, '合格', 61), cls(4, '不合格', 0)]);
  expect(scoreBins(c)).toEqual([
    { label: '不合格', count: 1 },
    { label: '60–64', count: 1 },
    { label: '65–69', count: 0 },
    { label: '70–74', count: 1 },
    { label: '75–79', count: 1 },
  ]);
});

it('counts each minimum over the classes it applies to', () => {
  const c = run([
    cls(1, '合格', 70, ['met', 'n/a']),
    cls(2, '合格', 70, ['pending', 'met']),
    cls(3, '不合格', 0, ['unmet', 'met']),
  ]);
  expect(passRates(c)).toEqual([
    { name: '要求0', met: 1, pending: 1, unmet: 1, judged: 3 },
    { name: '要求1', met: 2, pending: 0, unmet: 0, judged: 2 },
  ]);
  // The bar's label is passed over assessed, not the total alone (进行中 is not passed).
  expect(passRates(c).map(rateLabel)).toEqual(['1/3', '2/2']);
});

it('every advisor with a score is in exactly one bar', () => {
  fc.assert(
    fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }), { maxLength: 30 }), (scores) => {
      const c = run(scores.map((s, i) => (s === null ? cls(i, '不合格', 0) : cls(i, '合格', s))));
      expect(scoreBins(c).reduce((n, b) => n + b.count, 0)).toBe(c.advisors.length);
    }),
  );
});
