// 阿克苏职院 “每周至少深入学生宿舍一次” (SPEC §3.2): every week 1..W has a visit. Without a window it
// cannot be judged, and a class is not called 称职 on a rule nobody could check: unmet, judgeable false.
import { weekDays, weekLabel, weekOf } from '../../calendar';
import { type Context, type MinimumOutcome } from '../../profile';
import { absentText, listText, periodText } from '../../scope';

export const NO_START = '设置表缺少“学期开始日期”，无法按周、按月检查，请填写后重新计算';

export function dormVisitsWeekly(ctx: Context): MinimumOutcome {
  const { params: p, window, asOf } = ctx;
  const absent = absentText(ctx.records, 'dormVisits');
  const base = { id: 'dormVisitsWeekly', name: '走访宿舍（每周）', required: p.weeks };
  if (window.start === null) {
    const note = `走访宿舍：${NO_START}（每周至少深入学生宿舍一次）${absent}。`;
    return {
      result: { ...base, actual: 0, status: 'unmet', note, missing: [], judgeable: false, due: null, pace: null },
    };
  }
  const hit = new Uint8Array(p.weeks + 1);
  for (const v of ctx.dormVisits) {
    const w = weekOf(v.date, window.start);
    if (w >= 1 && w <= p.weeks) hit[w] = 1;
  }
  // As of a day, only the weeks already over can be missing; the running week is what is due.
  const current = asOf === null ? p.weeks + 1 : weekOf(asOf, window.start);
  const missing: string[] = [];
  for (let w = 1; w < current; w++) if (!hit[w]) missing.push(weekLabel(w));
  const actual = hit.reduce((a, b) => a + b, 0);
  let note: string;
  if (asOf === null) {
    note = missing.length
      ? `走访宿舍：${p.weeks}周中有${actual}周走访了宿舍（每周至少深入学生宿舍一次），没有走访的周：${listText(missing, 10, '周')}${absent}。`
      : `走访宿舍：${p.weeks}周每周都走访了宿舍${absent}。`;
  } else {
    const past = current - 1;
    note = missing.length
      ? `走访宿舍：${periodText(ctx)}，已过的${past}周中有${past - missing.length}周走访了宿舍（每周至少深入学生宿舍一次），没有走访的周：${listText(missing, 10, '周')}${absent}。`
      : `走访宿舍：${periodText(ctx)}，已过的${past}周每周都走访了宿舍${absent}。`;
  }
  const daysLeft = asOf === null ? 0 : weekDays(window.start, current).to - asOf;
  return {
    result: {
      ...base,
      actual,
      status: missing.length ? 'unmet' : asOf === null ? 'met' : 'pending',
      note,
      missing,
      judgeable: true,
      due: asOf !== null && !hit[current] ? `本周（${weekLabel(current)}）还需要走访1次宿舍，剩${daysLeft}天` : null,
      pace: asOf === null ? null : `还需每周走访1次宿舍，剩${p.weeks - current + 1}周`,
    },
  };
}
