// M3 班级活动 (SPEC §3.1): “每个学期参加1次班级学生集体活动”; “班级活动是指班主任参与的班级集体活动…
// 班会、布置和检查工作不属于班级活动之列”.
import { countStatus, paceText, plain, type Context, type MinimumOutcome } from '../../profile';
import { absentText, periodText } from '../../scope';

export function activities(ctx: Context): MinimumOutcome {
  const { count, diagnostics } = ctx.tally.activities;
  const min = ctx.params.activitiesMin;
  const met = count >= min;
  const absent = absentText(ctx.records, 'activities');
  const head = `班级活动：${periodText(ctx)}班主任参加${count}次，要求至少${min}次`;
  return {
    result: {
      id: 'activities',
      name: '班级活动',
      required: min,
      actual: count,
      status: countStatus(met, ctx),
      note: met ? `${head}${absent}。` : `${head}，还差${min - count}次${absent}。`,
      missing: [],
      ...plain,
      pace: paceText(ctx, min - count, '{n}次班级活动'),
    },
    diagnostics,
  };
}
