// 阿克苏职院 “每学期至少召开三次班级全体会议” (SPEC §3.2) = 类型 班会. 第三十条 “带实习班级…工作职责不变”:
// also for 实习 classes.
import { countStatus, paceText, plain, type Context, type MinimumOutcome } from '../../profile';
import { absentText, periodText } from '../../scope';

export function classMeetings(ctx: Context): MinimumOutcome {
  const min = ctx.params.classMeetingsMin;
  const n = ctx.meetings.filter((m) => m.kind === '班会').length;
  const absent = absentText(ctx.records, 'meetings');
  const met = n >= min;
  const head = `班级全体会议：${periodText(ctx)}已召开${n}次，要求至少${min}次`;
  return {
    result: {
      id: 'classMeetings',
      name: '班级全体会议',
      required: min,
      actual: n,
      status: countStatus(met, ctx),
      note: met ? `${head}${absent}。` : `${head}，还差${min - n}次${absent}。`,
      missing: [],
      ...plain,
      pace: paceText(ctx, min - n, '{n}次班级全体会议'),
    },
  };
}
