// 财经学院《班主任工作量化积分办法》 (SPEC §3.1 Score): the ONE place where the bonus arithmetic lives.
// evaluate() and BZR.POINTS both call points().
import type { BonusResult } from './model';
import { DEFAULT_PARAMS, meetingsRequired, type Params } from './params';

export interface PointsCounts {
  /** 班会 held in the window. */
  meetings: number;
  /** Roster students with ≥ 2 qualifying talks. */
  talksTwice: number;
  /** Counting 班级活动. */
  activities: number;
  /** Dorms visited ≥ 2 times. */
  dormsTwice: number;
  /** Students whose parents were contacted in this semester's window. */
  parentContacts: number;
  /** N, the roster size. */
  classSize: number;
}

/** Counts are whole and never negative: anything else is read as the nearest sensible count. */
function count(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

function bonus(
  id: BonusResult['id'],
  name: string,
  raw: number,
  cap: number,
  basis: number,
  note: (pts: number) => string,
): BonusResult {
  // “加分最高不超过…”, and bonuses are never negative.
  const pts = Math.max(0, Math.min(cap, raw));
  const text = note(pts);
  return { id, name, points: pts, cap, basis, note: text, line: `${name}：${text}` };
}

/** The 财经学院 score from plain counts, assuming every minimum is met (“符合最低条件为合格，记60分”). */
export function points(c: PointsCounts, params: Params = DEFAULT_PARAMS): { score: number; bonuses: BonusResult[] } {
  const p = params;
  const meetings = count(c.meetings);
  const talksTwice = count(c.talksTwice);
  const activities = count(c.activities);
  const dormsTwice = count(c.dormsTwice);
  const contacted = count(c.parentContacts);
  const size = count(c.classSize);

  // “班会超过6次，每超过1次加3分，加分最高不超过6分” — 6 is floor(W/3), so it follows 学期周数 overrides.
  const required = meetingsRequired(p);
  const meetingsOver = Math.max(0, meetings - required);
  // “谈心两次的学生人数每超过5人加2分，加分最高不超过6分” — read as 2 × floor(n/5).
  const talkSteps = p.talksTwiceStep > 0 ? Math.floor(talksTwice / p.talksTwiceStep) : 0;
  // “班级活动超过1次，每超过1次加2分，加分最高不超过8分” — 1 is the minimum (班级活动最少次数).
  const activitiesOver = Math.max(0, activities - p.activitiesMin);
  // “联系家长的学生超过一半的，每超过1个学生加1分” — only when c > N/2, then c − floor(N/2).
  const half = Math.floor(size / 2);
  const parentOver = contacted * 2 > size ? contacted - half : 0;

  const bonuses: BonusResult[] = [
    bonus('meetings', '班会', p.meetingBonusPer * meetingsOver, p.meetingBonusCap, meetings, (pts) =>
      meetingsOver > 0
        ? `班会${meetings}次，超过${required}次${meetingsOver}次，加${pts}分（上限${p.meetingBonusCap}分）`
        : `班会${meetings}次，未超过${required}次，不加分（上限${p.meetingBonusCap}分）`,
    ),
    bonus('talksTwice', '谈心两次', p.talksTwiceBonusPer * talkSteps, p.talksTwiceBonusCap, talksTwice, (pts) =>
      talkSteps > 0
        ? `谈心两次的学生${talksTwice}人，每满${p.talksTwiceStep}人加${p.talksTwiceBonusPer}分，加${pts}分（上限${p.talksTwiceBonusCap}分）`
        : `谈心两次的学生${talksTwice}人，不足${p.talksTwiceStep}人，不加分（上限${p.talksTwiceBonusCap}分）`,
    ),
    bonus('activities', '班级活动', p.activityBonusPer * activitiesOver, p.activityBonusCap, activities, (pts) =>
      activitiesOver > 0
        ? `班级活动${activities}次，超过${p.activitiesMin}次${activitiesOver}次，加${pts}分（上限${p.activityBonusCap}分）`
        : `班级活动${activities}次，未超过${p.activitiesMin}次，不加分（上限${p.activityBonusCap}分）`,
    ),
    bonus('dormsTwice', '走访两次的宿舍', p.dormsTwiceBonusPer * dormsTwice, p.dormsTwiceBonusCap, dormsTwice, (pts) =>
      dormsTwice > 0
        ? `走访2次及以上的宿舍${dormsTwice}个，每个加${p.dormsTwiceBonusPer}分，加${pts}分（上限${p.dormsTwiceBonusCap}分）`
        : `没有走访2次及以上的宿舍，不加分（上限${p.dormsTwiceBonusCap}分）`,
    ),
    bonus('parentContacts', '联系家长', p.parentBonusPer * parentOver, p.parentBonusCap, contacted, (pts) =>
      parentOver > 0
        ? `本学期联系家长的学生${contacted}人，超过全班${size}人的一半${parentOver}人，加${pts}分（上限${p.parentBonusCap}分）`
        : `本学期联系家长的学生${contacted}人，未超过全班${size}人的一半，不加分（上限${p.parentBonusCap}分）`,
    ),
  ];
  const score = p.passScore + bonuses.reduce((s, b) => s + b.points, 0);
  return { score, bonuses };
}
