// Sample 班级活动 rows: three that count (+4) and one 布置检查工作 that does not (M3).
import type { RecordInput } from '../../records/schema';
import { cadre, dated, dayIn, type FormSample, type SampleContext } from '../context';
import * as P from '../names';

function activityRow(cx: SampleContext, a: (typeof P.ACTIVITIES)[number], w: number): RecordInput {
  return {
    name: a.name,
    type: a.type,
    date: dated(dayIn(cx, w)),
    place: a.place,
    organizer: a.organizer,
    leader: cadre(cx),
    content: `${a.name}，增强班级凝聚力，培养集体荣誉感。`,
    evaluation: '学生参与积极，效果良好；今后可提前做好分工。',
    advisorPresent: '是',
  };
}

export const activities: FormSample = {
  base: (cx) => [
    activityRow(cx, P.ACTIVITIES[0], 3),
    activityRow(cx, P.ACTIVITIES[1], 7),
    activityRow(cx, P.ACTIVITIES[2], 12), // 3 counting activities → +4
    { ...activityRow(cx, P.ACTIVITIES[3], 9), name: '布置期中检查工作', type: '布置检查工作' }, // does not count (M3)
  ],
  extra: (cx, w) => activityRow(cx, cx.r.pick(P.ACTIVITIES), w),
};
