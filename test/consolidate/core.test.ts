// The pure core: per-file results → advisors, quota, flags, masking (SPEC §7.2).
import fc from 'fast-check';
import { consolidate } from '../../src/consolidate/core';
import { parseResultRows } from '../../src/consolidate/history';
import { consolidationJson } from '../../src/consolidate/json';
import { summaryPlans } from '../../src/consolidate/sheets';
import type { ClassFileResult } from '../../src/consolidate/types';
import { advisorGrade, advisorKey, meanOneDecimal } from '../../src/rules/advisors';
import { cls } from './results';

const OPTS = { ratio: 0.3, mask: false, history: [], date: '2027-01-15' };

describe('advisors (rules/advisors)', () => {
  it('不合格 if any class is; otherwise the mean of the scores to one decimal', () => {
    expect(
      advisorGrade([
        { profile: '财经学院', grade: '合格', score: 75 },
        { profile: '财经学院', grade: '合格', score: 68 },
      ]),
    ).toEqual({ grade: '合格', score: 71.5 });
    expect(
      advisorGrade([
        { profile: '财经学院', grade: '合格', score: 90 },
        { profile: '财经学院', grade: '不合格', score: 0 },
      ]),
    ).toEqual({ grade: '不合格', score: 0 });
    expect(meanOneDecimal([70, 71, 71])).toBe(70.7);
  });

  it('the same advisor however the name is spaced or widthed; 院系 tells namesakes apart', () => {
    expect(advisorKey(' 王　丽 ', '财经学院')).toBe(advisorKey('王丽', '财经学院'));
    expect(advisorKey('王丽', '财经学院')).not.toBe(advisorKey('王丽', '护理学院'));
  });
});

describe('consolidate', () => {
  it('an advisor with a blank 班主任 is an error, not an advisor', () => {
    const c = consolidate([cls('a.xlsx', '  ', '合格', 70), cls('b.xlsx', '李', '合格', 70)], OPTS);
    expect(c.errors.map((e) => e.file)).toEqual(['a.xlsx']);
    expect(c.assessed).toBe(1);
  });

  it('--mask turns every missing list into a count; without it the names are listed', () => {
    const input = [cls('a.xlsx', '李', '不合格', 0, { missing: ['张三', '李四'] })];
    const cellsOf = (mask: boolean) =>
      summaryPlans(consolidate(input, { ...OPTS, mask })).flatMap((p) => [
        ...p.cells.map((c) => c.value),
        ...p.tables.flatMap((t) => t.rows.flat()),
      ]);
    expect(cellsOf(false)).toContain('张三、李四');
    expect(cellsOf(true)).toContain('2项');
    expect(JSON.stringify(cellsOf(true))).not.toMatch(/张三|李四/);
  });

  it('reads its own 汇总结果表 back', () => {
    const c = consolidate([cls('a.xlsx', '李', '合格', 70), cls('b.xlsx', '王', '合格', 80)], OPTS);
    const t = summaryPlans(c).find((p) => p.name === '汇总结果')!.tables[0];
    const back = parseResultRows([t.columns.map((x) => x.header), ...t.rows]);
    expect(back.problems).toEqual([]);
    expect(back.rows).toEqual(c.results);
  });

  it('never makes more advisors 优秀 than the quota, and the quota is floor(ratio × advisors)', () => {
    const arb = fc.record({
      ratio: fc.double({ min: 0, max: 1, noNaN: true }),
      classes: fc.array(
        fc.record({ a: fc.integer({ min: 0, max: 12 }), pass: fc.boolean(), score: fc.integer({ min: 60, max: 90 }) }),
        { minLength: 1, maxLength: 30 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ ratio, classes }) => {
        const input: ClassFileResult[] = classes.map((k, i) =>
          cls(`f${i}.xlsx`, `老师${k.a}`, k.pass ? '合格' : '不合格', k.pass ? k.score : 0, { className: `班${i}` }),
        );
        const j = consolidationJson(consolidate(input, { ...OPTS, ratio }));
        const advisors = new Set(classes.map((k) => k.a)).size;
        expect(j.assessed).toBe(advisors);
        expect(j.quota).toBe(Math.floor(ratio * advisors + 1e-9));
        expect(j.advisors.filter((a) => a.result === '优秀').length).toBeLessThanOrEqual(j.quota);
        for (const a of j.advisors) if (a.grade === '不合格') expect(a.result).toBe('不合格');
      }),
    );
  });
});
