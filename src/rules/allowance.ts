// 班主任津贴 (阿克苏职院 第三十条–第三十一条; SPEC §3.2–3.3): students × months × rate.
import { DEFAULT_PARAMS } from './params';

export type AllowanceResult = { ok: true; amount: number } | { ok: false; message: string };

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0;

/**
 * “兼职班主任…高职生班主任11元/每生每月；中职生班主任13元/每生每月。带实习班级可享受相对应同标准的班主任津贴”:
 * the same formula for classes on internship. “专职班主任津贴享受学院科员岗位津贴”: not computed here.
 */
export function allowance(
  students: number,
  months: number,
  category: '高职' | '中职',
  advisorType: '兼职' | '专职' = '兼职',
  rates: { higher: number; secondary: number } = {
    higher: DEFAULT_PARAMS.allowanceHigher,
    secondary: DEFAULT_PARAMS.allowanceSecondary,
  },
): AllowanceResult {
  if (advisorType === '专职') {
    return { ok: false, message: '专职班主任享受学院科员岗位津贴（第三十一条），不按学生人数计算。' };
  }
  if (advisorType !== '兼职') {
    return { ok: false, message: `班主任类型应为“兼职”或“专职”（现为“${String(advisorType)}”），请改正。` };
  }
  if (typeof students !== 'number' || !isCount(students)) {
    return { ok: false, message: `学生人数应为不小于0的整数（现为${String(students)}），请改正。` };
  }
  if (typeof months !== 'number' || !isCount(months)) {
    return { ok: false, message: `月数应为不小于0的整数（现为${String(months)}），请改正。` };
  }
  if (category !== '高职' && category !== '中职') {
    return { ok: false, message: `学生类别应为“高职”或“中职”（现为“${String(category)}”），请改正。` };
  }
  const rate = category === '高职' ? rates.higher : rates.secondary;
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0) {
    return { ok: false, message: `${category}津贴标准应为不小于0的数（现为${String(rate)}），请检查设置表。` };
  }
  // Rates may carry cents; round the product to the fen.
  return { ok: true, amount: Math.round(students * months * rate * 100) / 100 };
}
