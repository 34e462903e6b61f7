// 优秀 quota: “优秀名额不超过全体班主任的30%” (seed 004, SPEC §3.1).
import fc from 'fast-check';
import { assignQuota, resolveParams, type Grade } from '../../src/rules';
import { quotaEntry, readQuotaRatio } from '../../src/rules/quota';

const q = (scores: Array<number | null>, grades?: Grade[], ratio?: number) =>
  assignQuota(
    scores.map((score, i) => ({ score, grade: grades?.[i] ?? (score === 0 ? '不合格' : '合格') })),
    ratio,
  );

describe('assignQuota', () => {
  test('10 advisors, q = 3, scores 90, 85, 80, 80, 75 …: 2 优秀, the two tied at 80 flagged', () => {
    const r = q([90, 85, 80, 80, 75, 70, 65, 60, 0, 0]);
    expect(r.map((x) => x.award)).toEqual([
      '优秀',
      '优秀',
      '合格',
      '合格',
      '合格',
      '合格',
      '合格',
      '合格',
      '不合格',
      '不合格',
    ]);
    expect(r[2]).toEqual({ award: '合格', tie: true, rank: 3, note: '并列，超出名额需人工决定' });
    expect(r[3].tie).toBe(true);
    expect(r[4].tie).toBe(false);
    expect(r[4].rank).toBe(5);
  });

  test('不合格 advisors are counted in N', () => {
    // 4 合格 + 6 不合格 = 10 → q = 3
    const r = q([80, 70, 65, 62, 0, 0, 0, 0, 0, 0]);
    expect(r.filter((x) => x.award === '优秀')).toHaveLength(3);
    expect(r[3].award).toBe('合格');
  });

  test('ties above the cut-off are all 优秀 when they fit; exactly q otherwise', () => {
    const r = q([90, 90, 85, 80, 70, 70, 70, 60, 60, 60]);
    expect(r.slice(0, 3).map((x) => x.award)).toEqual(['优秀', '优秀', '优秀']);
    expect(r.every((x) => !x.tie)).toBe(true);
  });

  test('优秀比例 20% from 设置表', () => {
    const { params } = resolveParams('财经学院', [{ key: '优秀比例', value: '20%', row: 5 }]);
    expect(params.excellentRatio).toBeCloseTo(0.2);
    const r = q([90, 85, 80, 80, 75, 70, 65, 60, 60, 60], undefined, params.excellentRatio);
    expect(r.filter((x) => x.award === '优秀')).toHaveLength(2);
  });

  test('small groups: floor(0.3 × 3) = 0, nobody is 优秀', () => {
    expect(q([90, 80, 70]).every((x) => x.award === '合格')).toBe(true);
  });

  test('阿克苏 grades pass through (优秀 is entered by the counsellor)', () => {
    const r = q([null, null], ['称职', '不称职']);
    expect(r.map((x) => x.award)).toEqual(['称职', '不称职']);
    expect(r[0].rank).toBeNull();
  });

  test('property: never more than floor(ratio × N) 优秀, and every 优秀 score ≥ every 合格 score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 60, max: 90 })), { maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (scores, ratio) => {
          const r = q(scores, undefined, ratio);
          const excellent = scores.filter((_, i) => r[i].award === '优秀');
          const pass = scores.filter((_, i) => r[i].award === '合格');
          expect(excellent.length).toBeLessThanOrEqual(Math.floor(ratio * scores.length + 1e-9));
          if (excellent.length && pass.length) expect(Math.min(...excellent)).toBeGreaterThanOrEqual(Math.max(...pass));
          scores.forEach((s, i) => expect(r[i].award === '不合格').toBe(s === 0));
        },
      ),
    );
  });
});

describe('reading QUOTA’s inputs', () => {
  test('ratio as 0.3, 30% or 30; blank is the default 30%; nonsense is null', () => {
    for (const v of [0.3, '30%', '３０％', 30, ' 30 ']) expect(readQuotaRatio(v)).toBeCloseTo(0.3);
    for (const v of ['', null, undefined, '  ']) expect(readQuotaRatio(v)).toBe(0.3);
    expect(readQuotaRatio(0)).toBe(0);
    for (const v of [-1, 101, 'abc', '30‰', true]) expect(readQuotaRatio(v)).toBeNull();
  });

  test('a line: grade beside the score decides; else 0 is 不合格 and ≥ 合格基础分 is 合格 (seed 004)', () => {
    expect(quotaEntry('', null)).toEqual({ kind: 'blank' });
    expect(quotaEntry(0, '')).toEqual({ kind: 'ok', score: 0, grade: '不合格' });
    expect(quotaEntry(72, '')).toEqual({ kind: 'ok', score: 72, grade: '合格' });
    expect(quotaEntry(' 72 ', null)).toEqual({ kind: 'ok', score: 72, grade: '合格' });
    expect(quotaEntry(null, '称职')).toEqual({ kind: 'ok', score: null, grade: '称职' });
    expect(quotaEntry(80, '优秀')).toEqual({ kind: 'ok', score: 80, grade: '合格' });
    expect(quotaEntry(55, '')).toEqual({ kind: 'below-pass', score: 55, passScore: 60 });
    expect(quotaEntry(55, '', 50)).toEqual({ kind: 'ok', score: 55, grade: '合格' });
    expect(quotaEntry('abc', '')).toEqual({ kind: 'bad-score' });
    expect(quotaEntry(-3, '')).toEqual({ kind: 'bad-score' });
    expect(quotaEntry(80, '良好')).toEqual({ kind: 'bad-grade' });
  });
});
