// M3 班级活动 (SPEC §3.1): “每个学期参加1次班级学生集体活动”; “班级活动是指班主任参与的班级集体活动…
// 班会、布置和检查工作不属于班级活动之列”.
import type { Context, MinimumOutcome } from '../../profile';
import { absentText, periodText } from '../../scope';
import { atLeast } from '../results';

export function activities(ctx: Context): MinimumOutcome {
  const { count, diagnostics } = ctx.tally.activities;
  const required = ctx.params.activitiesMin;
  return {
    result: atLeast(
      ctx,
      { id: 'activities', name: '班级活动', required, actual: count },
      {
        head: `班级活动：${periodText(ctx)}班主任参加${count}次，要求至少${required}次`,
        tail: absentText(ctx.records, 'activities'),
        what: '{n}次班级活动',
      },
    ),
    diagnostics,
  };
}
