// M4 走访宿舍 (SPEC §3.1): “每两周走访学生宿舍1次且每个宿舍每学期走访1次” (A), or “如果一次将所有宿舍
// 走遍，则每个学期不应少于3次” (B). With no dorms in the roster, (A) is the count alone and (B) does not apply.
import { emptyBlocks } from '../../calendar';
import type { Diagnostic } from '../../model';
import { TABLE_NAMES } from '../../model';
import { visitsRequired } from '../../params';
import { countStatus, paceText, type Context, type MinimumOutcome } from '../../profile';
import { absentText, listText, periodText } from '../../scope';
import { blockDue } from './meetings';

const NO_DORMS = '（学生名册未填宿舍，只按次数判断）';

export function dormVisits(ctx: Context): MinimumOutcome {
  const { params: p, window } = ctx;
  const { rosterDorms, visitsPerDorm, sweeps } = ctx.tally.dorms;
  const required = visitsRequired(p);
  const visits = ctx.dormVisits.length;
  const neverVisited = [...rosterDorms].filter(([k]) => !visitsPerDorm.has(k)).map(([, label]) => label);
  const altA = visits >= required && neverVisited.length === 0;
  const altB = rosterDorms.size > 0 && sweeps >= p.fullSweeps;
  const absent = absentText(ctx.records, 'dormVisits');
  const period = periodText(ctx);
  const dates = ctx.dormVisits.map((v) => v.date);
  // (B) replaces the two-week cadence, so its block warnings are only given when (B) is not met.
  const blocks = window.start !== null && !altB ? emptyBlocks(dates, window, p.dormInterval, ctx.asOf) : [];
  const diagnostics: Diagnostic[] = blocks.map((b) => ({
    table: TABLE_NAMES.dormVisits,
    row: null,
    column: null,
    severity: 'warning',
    message: `走访宿舍记录表：${b}没有走访宿舍（每${p.dormInterval}周走访学生宿舍1次）。如已走访，请补登记。`,
  }));
  let note: string;
  if (altA) {
    note = `走访宿舍：${period}走访${visits}次，达到每${p.dormInterval}周1次（至少${required}次）且每个宿舍都已走访${rosterDorms.size === 0 ? NO_DORMS : ''}${absent}。`;
  } else if (altB) {
    note = `走访宿舍：${period}有${sweeps}次走遍所有宿舍，达到“一次将所有宿舍走遍，每学期不少于${p.fullSweeps}次”的要求${absent}。`;
  } else {
    const dormText =
      rosterDorms.size === 0
        ? NO_DORMS
        : neverVisited.length
          ? `，从未走访：${listText(neverVisited, 10, '个宿舍')}`
          : `，${rosterDorms.size}个宿舍都已走访`;
    const sweepText = rosterDorms.size > 0 ? `；或走遍所有宿舍${p.fullSweeps}次（现有${sweeps}次）` : '';
    note = `走访宿舍：${period}走访${visits}次，要求至少${required}次${rosterDorms.size > 0 ? '且每个宿舍至少1次' : ''}${sweepText}${dormText}${absent}。`;
  }
  const met = altA || altB;
  const pace = met
    ? null
    : visits >= required
      ? paceText(ctx, neverVisited.length, '走访{n}个从未走访的宿舍')
      : paceText(ctx, required - visits, '走访宿舍{n}次');
  return {
    result: {
      id: 'dormVisits',
      name: '走访宿舍',
      required,
      actual: visits,
      status: countStatus(met, ctx),
      note,
      missing: neverVisited,
      judgeable: true,
      due: altB ? null : blockDue(ctx, dates, p.dormInterval, '走访1次宿舍'),
      pace,
    },
    diagnostics,
  };
}
