// Sample 谈话 rows: one for each student who needs special care.
import type { Day } from '../../rules/model';
import type { RecordInput } from '../../records/schema';
import { anyDay, dated, dayIn, type FormSample, type SampleContext } from '../context';
import * as P from '../names';

type Topic = (typeof P.INTERVIEW_TOPICS)[number];

function interviewRow(cx: SampleContext, name: string, t: Topic, day: Day, minutes: number): RecordInput {
  return {
    names: name,
    className: cx.className,
    date: dated(day),
    place: '班主任办公室',
    speaker: cx.advisor,
    recorder: cx.advisor,
    careType: t.care,
    minutes,
    content: t.content,
    conclusion: t.conclusion,
  };
}

export const interviews: FormSample = {
  base: (cx) =>
    cx.students
      .filter((s) => s.specialCare)
      .map((s) => {
        const t = P.INTERVIEW_TOPICS.find((x) => x.care === s.specialCare) ?? P.INTERVIEW_TOPICS[0];
        const row = interviewRow(cx, s.name, t, anyDay(cx), cx.r.int(15, 40));
        return { ...row, advice: '持续关注，定期回访。', studentOpinion: '同意，愿意配合。' };
      }),
  extra(cx, w) {
    const t = cx.r.pick(P.INTERVIEW_TOPICS);
    return interviewRow(cx, cx.r.pick(cx.students).name, t, dayIn(cx, w), cx.r.int(10, 40));
  },
};
