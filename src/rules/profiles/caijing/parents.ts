// M5 联系家长 (SPEC §3.1): “每个学年和每个学生的家长联系1次” — judged at the end of the year
// (semester 2), pending in semester 1; without 学期 or with an empty roster it cannot be judged.
import type { MinimumResult } from '../../model';
import { paceText, type Context, type MinimumOutcome } from '../../profile';
import { absentText, listText } from '../../scope';
import { contactedStudents } from '../../tallies';

export function parentContacts(ctx: Context): MinimumOutcome {
  const { settings, roster } = ctx.records;
  const N = roster.length;
  const contacted = contactedStudents(ctx.yearContacts, N);
  const notContacted = ctx.names.filter((_, i) => !contacted[i]);
  const yearCount = N - notContacted.length;
  const absent = absentText(ctx.records, 'parentContacts');
  const rest = notContacted.length ? `，还差：${listText(notContacted)}` : '';
  // Without 学年度 and 学年开始日期 the year has no known start: every earlier contact counts.
  const noYear =
    ctx.yearRange.from === null && ctx.window.start !== null
      ? '（设置表缺少“学年度”，本学期结束前的全部联系记录都计入，请填写学年度）'
      : '';
  let status: MinimumResult['status'] = 'pending';
  let note: string;
  if (settings.semester === 2) {
    const met = N > 0 && yearCount === N;
    status = met ? 'met' : ctx.asOf === null || N === 0 ? 'unmet' : 'pending';
    note =
      N === 0
        ? `联系家长：学生名册为空，无法判断是否每个学生的家长都已联系。请先在“学生名册”工作表填写全班学生${absent}。`
        : `联系家长：本学年已联系${yearCount}/${N}名学生的家长（每个学年每个学生联系1次）${rest}${noYear}${absent}。`;
  } else if (settings.semester === 1) {
    note =
      N === 0
        ? `联系家长：学生名册为空，请先在“学生名册”工作表填写全班学生；本要求在第二学期末按学年判定${absent}。`
        : `联系家长：本学年已联系${yearCount}/${N}名学生的家长，第二学期末按学年判定（每个学年每个学生联系1次）${rest}${absent}。`;
  } else {
    note = `联系家长：设置表缺少“学期”，无法判断是否到学年末，暂不判定；本学年已联系${yearCount}/${N}名学生的家长。请在设置表填写学期（1或2）${absent}。`;
  }
  return {
    result: {
      id: 'parentContacts',
      name: '联系家长',
      required: N,
      actual: yearCount,
      status,
      note,
      missing: notContacted,
      judgeable: N > 0 && settings.semester !== null,
      due: null,
      pace: settings.semester === 2 ? paceText(ctx, N - yearCount, '联系{n}名学生的家长') : null,
    },
  };
}
