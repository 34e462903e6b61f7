// 阿克苏职院 “每学期至少召开三次班级全体会议” (SPEC §3.2) = 类型 班会. 第三十条 “带实习班级…工作职责不变”:
// also for 实习 classes.
import type { Context, MinimumOutcome } from '../../profile';
import { absentText, periodText } from '../../scope';
import { atLeast } from '../results';

export function classMeetings(ctx: Context): MinimumOutcome {
  const required = ctx.params.classMeetingsMin;
  const n = ctx.meetings.filter((m) => m.kind === '班会').length;
  return {
    result: atLeast(
      ctx,
      { id: 'classMeetings', name: '班级全体会议', required, actual: n },
      {
        head: `班级全体会议：${periodText(ctx)}已召开${n}次，要求至少${required}次`,
        tail: absentText(ctx.records, 'meetings'),
        what: '{n}次班级全体会议',
      },
    ),
  };
}
