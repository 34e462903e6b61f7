// 阿克苏职院 谈心, 班级活动, 联系家长 (SPEC §3.2): the document sets no number — counts are shown for
// information only, status n/a.
import { contactedStudents } from '../../tallies';
import type { Context, MinimumOutcome } from '../../profile';
import { periodText } from '../../scope';
import { forInformation } from '../results';

export function talksInfo(ctx: Context): MinimumOutcome {
  const N = ctx.records.roster.length;
  const seen = new Uint8Array(N);
  for (const t of [...ctx.talks, ...ctx.interviews]) for (const s of t.students) if (s >= 0 && s < N) seen[s] = 1;
  const covered = seen.reduce((a, b) => a + b, 0);
  const rows = ctx.talks.length + ctx.interviews.length;
  const note = `谈心：${periodText(ctx)}谈心、谈话记录${rows}次，涉及${covered}/${N}名学生（本规则未规定次数，仅供参考）。`;
  return {
    result: forInformation({ id: 'talks', name: '谈心', required: 0, actual: rows }, note),
  };
}

export function activitiesInfo(ctx: Context): MinimumOutcome {
  const acts = ctx.activities.length;
  const note = `班级活动：${periodText(ctx)}登记${acts}次（本规则未规定次数，仅供参考）。`;
  return {
    result: forInformation({ id: 'activities', name: '班级活动', required: 0, actual: acts }, note),
  };
}

export function parentContactsInfo(ctx: Context): MinimumOutcome {
  const N = ctx.records.roster.length;
  const contacted = contactedStudents(ctx.yearContacts, N);
  const missing = ctx.names.filter((_, i) => !contacted[i]);
  const note = `联系家长：本学年已联系${N - missing.length}/${N}名学生的家长（本规则未规定次数，仅供参考）。`;
  return {
    result: forInformation(
      { id: 'parentContacts', name: '联系家长', required: 0, actual: N - missing.length },
      note,
      missing,
    ),
  };
}
