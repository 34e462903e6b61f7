// M1 班会 (SPEC §3.1): “在校各班每三周召开1次” — floor(W/3) 班会; a 3-week block without one is a warning.
// 班委会 is a different meeting: only 类型 = 班会 counts.
import { blockAt, blockCounts, blockLabel, emptyBlocks } from '../../calendar';
import type { Diagnostic, Meeting } from '../../model';
import { TABLE_NAMES } from '../../model';
import { meetingsRequired } from '../../params';
import type { Context, MinimumOutcome } from '../../profile';
import { absentText, periodText } from '../../scope';
import { atLeast, forInformation } from '../results';

export const classMeetings = (ctx: Context): Meeting[] => ctx.meetings.filter((m) => m.kind === '班会');

/** “本3周（第10–12周）还需要1次班会，剩5天” when the block running on the day judged has none yet. */
export function blockDue(ctx: Context, dates: readonly number[], size: number, what: string): string | null {
  if (ctx.asOf === null) return null;
  const block = blockAt(ctx.window, size, ctx.asOf);
  if (block === null || blockCounts(dates, ctx.window, size)[block.index] > 0) return null;
  return `本${size}周（${blockLabel(block.from, block.to)}）还需要${what}，剩${block.daysLeft}天`;
}

export function meetings(ctx: Context): MinimumOutcome {
  const { params: p, records, window } = ctx;
  const n = classMeetings(ctx).length;
  const count = { id: 'meetings', name: '班会', required: meetingsRequired(p), actual: n };
  const absent = absentText(records, 'meetings');
  const period = periodText(ctx);
  if (records.settings.classStatus === '实习') {
    const note = `班会：实习班级不按“在校各班每${p.meetingInterval}周召开1次”考核，${period}已登记${n}次${absent}。`;
    return { result: forInformation(count, note) };
  }
  const dates = classMeetings(ctx).map((m) => m.date);
  const blocks = window.start !== null ? emptyBlocks(dates, window, p.meetingInterval, ctx.asOf) : [];
  const diagnostics: Diagnostic[] = blocks.map((b) => ({
    table: TABLE_NAMES.meetings,
    row: null,
    column: null,
    severity: 'warning',
    message: `班会记录表：${b}没有班会（在校各班每${p.meetingInterval}周召开1次）。如已召开，请补登记。`,
  }));
  const text = {
    head: `班会：${period}已召开${n}次，要求至少${count.required}次（每${p.meetingInterval}周1次）`,
    tail: `${blocks.length ? `；${blocks.join('、')}没有班会` : ''}${absent}`,
    what: '{n}次班会',
  };
  const due = blockDue(ctx, dates, p.meetingInterval, '1次班会');
  return { result: { ...atLeast(ctx, count, text), missing: blocks, due }, diagnostics };
}
