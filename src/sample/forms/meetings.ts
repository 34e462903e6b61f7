// Sample 班会/班委会 rows: a 班会 in every 3-week block and four 班委会.
import type { RecordInput } from '../../records/schema';
import { cadre, dated, dayIn, type FormSample, type SampleContext } from '../context';
import * as P from '../names';

function meetingRow(cx: SampleContext, w: number, kind: '班会' | '班委会'): RecordInput {
  const { r, n, students } = cx;
  const absent = kind === '班会' && r.chance(0.4) ? r.int(1, 2) : 0;
  const expected = kind === '班会' ? n : Math.min(n, 7);
  const names = absent
    ? r
        .shuffle([...students])
        .slice(0, absent)
        .map((s) => `${s.name}（${r.pick(['病假', '事假'])}）`)
    : [];
  return {
    kind,
    topic: kind === '班会' ? r.pick(P.MEETING_TOPICS) : r.pick(P.COMMITTEE_TOPICS),
    date: dated(dayIn(cx, w)),
    place: r.pick(P.PLACES),
    host: kind === '班会' ? cx.advisor : cadre(cx),
    recorder: cadre(cx),
    expected,
    present: expected - names.length,
    absent: names.length ? names.join('、') : null,
    remedy: names.length ? '会后由班长传达会议内容。' : null,
    content: '传达学院通知，总结前阶段班级情况，布置下阶段工作，学生代表发言。',
  };
}

export const meetings: FormSample = {
  base(cx) {
    // Every 3-week block has one; 7 班会 → +3.
    const rows = [1, 3, 5, 8, 11, 14, 17].map((w) => meetingRow(cx, w, '班会'));
    for (const w of [2, 6, 10, 15]) rows.push(meetingRow(cx, w, '班委会'));
    return rows;
  },
  extra: (cx, w) => meetingRow(cx, w, cx.r.chance(0.7) ? '班会' : '班委会'),
};
