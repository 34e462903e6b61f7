// One reader of ratios (issue 7): 设置表 优秀比例 and BZR.QUOTA's ratio argument read the same way.
import fc from 'fast-check';
import { resolveParams } from '../../src/rules';
import { readRatio } from '../../src/rules/params';
import { readQuotaRatio } from '../../src/rules/quota';

/** What 设置表 makes of 优秀比例 = value: the ratio, or null when it warns and keeps the default. */
function fromSettings(value: unknown): number | null {
  const { params, diagnostics } = resolveParams('财经学院', [{ key: '优秀比例', value, row: 2 }]);
  return diagnostics.length ? null : params.excellentRatio;
}

describe('readRatio', () => {
  test('0.3, 30% and 30 all mean 30% (SPEC §3.4: a number above 1 means percent)', () => {
    for (const v of [0.3, '0.3', '30%', '３０％', 30, '30', ' 30 ']) expect(readRatio(v)).toBeCloseTo(0.3);
    expect(readRatio(1)).toBe(1);
    expect(readRatio(100)).toBe(1);
    expect(readRatio('100%')).toBe(1);
    expect(readRatio(0)).toBe(0);
  });

  test('a percent sign is not scaled twice: 150% is out of range, not 1.5%', () => {
    expect(readRatio('150%')).toBeNull();
    expect(readRatio('1.5%')).toBeCloseTo(0.015);
  });

  test('nonsense and values outside 0–100% are null', () => {
    for (const v of [-1, '-0.3', 101, '101', 'abc', '30‰', '30分', true, {}, NaN, Infinity]) {
      expect(readRatio(v)).toBeNull();
    }
  });

  test('设置表 and QUOTA agree on every non-blank value (property)', () => {
    const value = fc.oneof(
      fc.double({ min: -10, max: 200, noNaN: true }),
      fc.integer({ min: -10, max: 200 }).map((n) => `${n}%`),
      fc.integer({ min: -10, max: 200 }).map(String),
      fc.string(),
    );
    fc.assert(
      fc.property(value, (v) => {
        fc.pre(!(typeof v === 'string' && v.trim() === ''));
        const r = readRatio(v);
        expect(readQuotaRatio(v)).toBe(r);
        expect(fromSettings(v)).toBe(r);
        if (r !== null) expect(r >= 0 && r <= 1).toBe(true);
      }),
    );
  });

  test('a blank ratio is the default for QUOTA and leaves the default in 设置表', () => {
    expect(readQuotaRatio('')).toBe(0.3);
    expect(fromSettings('')).toBe(0.3);
  });
});
