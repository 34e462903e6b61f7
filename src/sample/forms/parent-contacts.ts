// Sample 联系家长 rows: half the class and four more this semester; in semester 2 the rest earlier in
// the academic year (the annual rule counts from 学年开始日期).
import type { Day } from '../../rules/model';
import type { RecordInput } from '../../records/schema';
import { anyDay, byDate, dated, dayIn, type FormSample, type SampleContext } from '../context';
import * as P from '../names';
import type { SampleStudent } from '../students';

function contactRow(cx: SampleContext, s: SampleStudent, day: Day): RecordInput {
  const { r } = cx;
  const c = r.pick(P.CONTACT_REASONS);
  return {
    names: s.name,
    date: dated(day),
    parentName: s.parentName,
    method: r.pick(['电话', '电话', '微信', '短信', '面谈']),
    reason: c.reason,
    result: c.result,
  };
}

export const parentContacts: FormSample = {
  base(cx) {
    const { r, n } = cx;
    const rows: RecordInput[] = [];
    const contacted = r.shuffle([...cx.students]);
    const inWindow = Math.min(n, Math.floor(n / 2) + 4); // +4 in this semester
    contacted.slice(0, inWindow).forEach((s) => rows.push(contactRow(cx, s, anyDay(cx))));
    if (cx.semester === 2) {
      // The rest were contacted in semester 1 of the same academic year.
      contacted.slice(inWindow).forEach((s) => rows.push(contactRow(cx, s, cx.start - r.int(30, 120))));
    }
    return byDate(rows);
  },
  extra: (cx, w) => contactRow(cx, cx.r.pick(cx.students), dayIn(cx, w)),
};
