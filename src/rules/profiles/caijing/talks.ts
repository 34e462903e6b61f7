// M2 谈心 (SPEC §3.1): “每学期每个学生谈心1次，每次谈心不少于5分钟” — every roster student has a
// qualifying talk; an empty roster cannot be judged (SPEC §2.2: unmet, with what to fill in).
import { countStatus, paceText, plain, type Context, type MinimumOutcome } from '../../profile';
import { absentText, listText } from '../../scope';

export function talks(ctx: Context): MinimumOutcome {
  const { perStudent, diagnostics } = ctx.tally.talks;
  const N = ctx.records.roster.length;
  const notCovered = ctx.names.filter((_, i) => perStudent[i] < 1);
  const covered = N - notCovered.length;
  const absent = absentText(ctx.records, 'talks');
  const base = { id: 'talks', name: '谈心', required: N, actual: covered, missing: notCovered };
  if (N === 0) {
    return {
      result: {
        ...base,
        status: 'unmet',
        note: `谈心：学生名册为空，无法判断是否每个学生都谈过心。请先在“学生名册”工作表填写全班学生${absent}。`,
        ...plain,
        judgeable: false,
      },
      diagnostics,
    };
  }
  return {
    result: {
      ...base,
      status: countStatus(covered === N, ctx),
      note:
        covered === N
          ? `谈心：已覆盖全部${N}名学生${absent}。`
          : `谈心：已覆盖${covered}/${N}名学生，还差：${listText(notCovered)}${absent}。`,
      ...plain,
      pace: paceText(ctx, N - covered, '与{n}名学生谈心'),
    },
    diagnostics,
  };
}
