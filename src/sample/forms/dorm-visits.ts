// Sample 走访宿舍 rows: every dorm visited in turn, a visit in every 2-week block.
import type { RecordInput } from '../../records/schema';
import { dated, dayIn, type FormSample, type SampleContext } from '../context';
import * as P from '../names';

/** The finding is drawn before the day, then the dorms: the order the sample's numbers are drawn in. */
function visitRow(cx: SampleContext, w: number, dorms: () => string): RecordInput {
  const f = cx.r.pick(P.VISIT_FINDINGS);
  return {
    date: dated(dayIn(cx, w)),
    dorms: dorms(),
    reason: f.reason,
    problem: f.problem || null,
    handling: f.handling || null,
  };
}

export const dormVisits: FormSample = {
  base(cx) {
    const { dorms } = cx;
    const weeks = [1, 3, 5, 7, 9, 10, 11, 13, 15, 17]; // every 2-week block; 10 visits ≥ 9
    const perVisit = Math.min(dorms.length, Math.ceil((2 * dorms.length) / weeks.length) + 1);
    let next = 0;
    return weeks.map((w) => {
      const names: string[] = [];
      for (let k = 0; k < perVisit; k++) names.push(dorms[(next + k) % dorms.length]);
      next = (next + perVisit) % dorms.length;
      return visitRow(cx, w, () => [...new Set(names)].join('、'));
    });
  },
  extra: (cx, w) => visitRow(cx, w, () => (cx.r.chance(0.1) ? '全部' : cx.r.pick(cx.dorms))),
};
