// 第三十条–第三十一条 (seed 000): 班主任津贴.
import { allowance } from '../../src/rules';

describe('allowance', () => {
  test('“高职生班主任11元/每生每月；中职生班主任13元/每生每月”', () => {
    expect(allowance(40, 5, '高职')).toEqual({ ok: true, amount: 2200 });
    expect(allowance(40, 5, '中职')).toEqual({ ok: true, amount: 2600 });
    expect(allowance(0, 5, '高职')).toEqual({ ok: true, amount: 0 });
  });

  test('“带实习班级可享受相对应同标准的班主任津贴”: the same formula (no discount for 实习)', () => {
    expect(allowance(35, 6, '高职', '兼职')).toEqual({ ok: true, amount: 35 * 6 * 11 });
  });

  test('“专职班主任津贴享受学院科员岗位津贴”: a message, not a number', () => {
    expect(allowance(40, 5, '高职', '专职')).toEqual({
      ok: false,
      message: '专职班主任享受学院科员岗位津贴（第三十一条），不按学生人数计算。',
    });
  });

  test('rates can be overridden', () => {
    expect(allowance(10, 2, '中职', '兼职', { higher: 12, secondary: 14.5 })).toEqual({ ok: true, amount: 290 });
  });

  test('negative or fractional counts are refused with a Chinese message', () => {
    for (const [s, m] of [
      [-1, 5],
      [40.5, 5],
      [40, -2],
      [40, 1.5],
      [NaN, 1],
    ]) {
      const r = allowance(s, m, '高职');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/应为不小于0的整数/);
    }
    const bad = allowance(1, 1, '本科' as '高职');
    expect(bad.ok).toBe(false);
  });
});
