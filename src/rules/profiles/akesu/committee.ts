// 阿克苏职院 “每月至少召开一次班委会” (SPEC §3.2): each calendar month with ≥ 14 days inside the window
// needs a 班委会 dated in it (a month the semester only touches for a few days is not required).
import { monthsInWindow } from '../../calendar';
import { dayFromYMD, ymdOfDay } from '../../days';
import type { Context, MinimumOutcome } from '../../profile';
import { absentText, periodText } from '../../scope';
import { NO_START } from './weekly';

export function committeeMeetings(ctx: Context): MinimumOutcome {
  const { params: p, window, asOf } = ctx;
  const absent = absentText(ctx.records, 'meetings');
  const base = { id: 'committeeMeetings', name: '班委会（每月）' };
  if (window.start === null || window.end === null) {
    const note = `班委会：${NO_START}（每月至少召开一次班委会）${absent}。`;
    return {
      result: {
        ...base,
        required: 0,
        actual: 0,
        status: 'unmet',
        note,
        missing: [],
        judgeable: false,
        due: null,
        pace: null,
      },
    };
  }
  const end = window.end;
  const months = monthsInWindow(window.start, end).filter((m) => m.days >= p.committeeMonthMinDays);
  const held = new Set<string>();
  for (const m of ctx.meetings) {
    if (m.kind !== '班委会') continue;
    const { year, month } = ymdOfDay(m.date);
    held.add(`${year}-${month}`);
  }
  // As of a day, a month is over when its last day in the window has passed.
  const lastDay = (y: number, m: number) =>
    Math.min(end, m === 12 ? dayFromYMD(y + 1, 1, 1) : dayFromYMD(y, m + 1, 1)) - 1;
  const over = months.filter((m) => asOf === null || lastDay(m.year, m.month) <= asOf);
  const missing = over.filter((m) => !held.has(`${m.year}-${m.month}`)).map((m) => m.label);
  const actual = months.filter((m) => held.has(`${m.year}-${m.month}`)).length;
  let note: string;
  if (asOf === null) {
    note = missing.length
      ? `班委会：${months.length}个月中有${actual}个月召开了班委会（每月至少召开一次班委会），没有召开的月份：${missing.join('、')}${absent}。`
      : `班委会：${months.length}个月每月都召开了班委会${absent}。`;
  } else {
    note = missing.length
      ? `班委会：${periodText(ctx)}，已过的${over.length}个月中有${over.length - missing.length}个月召开了班委会（每月至少召开一次班委会），没有召开的月份：${missing.join('、')}${absent}。`
      : `班委会：${periodText(ctx)}，已过的${over.length}个月每月都召开了班委会${absent}。`;
  }
  const now = asOf === null ? null : ymdOfDay(asOf);
  const running =
    now && months.find((m) => m.year === now.year && m.month === now.month && lastDay(m.year, m.month) > asOf!);
  const due =
    running && asOf !== null && !held.has(`${running.year}-${running.month}`)
      ? `本月（${running.label}）还需要召开1次班委会，剩${lastDay(running.year, running.month) - asOf + 1}天`
      : null;
  const ahead = months.length - over.length;
  return {
    result: {
      ...base,
      required: months.length,
      actual,
      status: missing.length ? 'unmet' : asOf === null ? 'met' : 'pending',
      note,
      missing,
      judgeable: true,
      due,
      pace: asOf === null || ahead === 0 ? null : `还需每月召开1次班委会，剩${ahead}个月`,
    },
  };
}
