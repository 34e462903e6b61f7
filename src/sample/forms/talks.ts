// Sample 谈心 rows: every student once (some in small groups), twelve of them twice.
import type { RecordInput } from '../../records/schema';
import { byDate, dated, dayIn, type FormSample, type SampleContext } from '../context';
import * as P from '../names';

function talkRow(cx: SampleContext, names: string[], w: number): RecordInput {
  const { r } = cx;
  return {
    names: names.join('、'),
    date: dated(dayIn(cx, w)),
    place: r.pick(P.TALK_PLACES),
    minutes: r.chance(0.2) ? `${r.int(10, 30)}分钟` : r.int(8, 40),
    content: r.pick(P.TALK_TOPICS),
  };
}

export const talks: FormSample = {
  base(cx) {
    const { r } = cx;
    const rows: RecordInput[] = [];
    const order = r.shuffle([...cx.students]);
    for (let i = 0; i < order.length;) {
      const size = r.chance(0.2) ? Math.min(r.int(2, 3), order.length - i) : 1; // some small group talks
      const names = order.slice(i, i + size).map((s) => s.name);
      rows.push(talkRow(cx, names, r.int(1, 14)));
      i += size;
    }
    const twice = Math.min(cx.n, 12); // 12 students talked to twice → +4
    for (const s of order.slice(0, twice)) rows.push(talkRow(cx, [s.name], r.int(10, 17)));
    return byDate(rows);
  },
  extra: (cx, w) => talkRow(cx, [cx.r.pick(cx.students).name], w),
};
