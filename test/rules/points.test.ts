// 班主任工作量化积分办法 (seed 004) — every bonus just below, at and just above its threshold and cap.
import fc from 'fast-check';
import { DEFAULT_PARAMS, points, type BonusResult, type PointsCounts } from '../../src/rules';

const base: PointsCounts = {
  meetings: 6,
  talksTwice: 0,
  activities: 1,
  dormsTwice: 0,
  parentContacts: 0,
  classSize: 40,
};
const bonusOf = (over: Partial<PointsCounts>, id: BonusResult['id']): number =>
  points({ ...base, ...over }).bonuses.find((b) => b.id === id)!.points;

describe('points()', () => {
  test('“符合最低条件为合格，记60分”: no bonus at the minimums', () => {
    const r = points(base);
    expect(r.score).toBe(60);
    expect(r.bonuses.map((b) => b.id)).toEqual([
      'meetings',
      'talksTwice',
      'activities',
      'dormsTwice',
      'parentContacts',
    ]);
    expect(r.bonuses.every((b) => b.points === 0)).toBe(true);
  });

  test('“班会超过6次，每超过1次加3分，加分最高不超过6分”', () => {
    expect(bonusOf({ meetings: 5 }, 'meetings')).toBe(0);
    expect(bonusOf({ meetings: 6 }, 'meetings')).toBe(0);
    expect(bonusOf({ meetings: 7 }, 'meetings')).toBe(3);
    expect(bonusOf({ meetings: 8 }, 'meetings')).toBe(6);
    expect(bonusOf({ meetings: 9 }, 'meetings')).toBe(6);
    expect(points({ ...base, meetings: 7 }).bonuses[0].note).toBe('班会7次，超过6次1次，加3分（上限6分）');
  });

  test('“谈心两次的学生人数每超过5人加2分，加分最高不超过6分” (2 × floor(n/5))', () => {
    expect(bonusOf({ talksTwice: 4 }, 'talksTwice')).toBe(0);
    expect(bonusOf({ talksTwice: 5 }, 'talksTwice')).toBe(2);
    expect(bonusOf({ talksTwice: 6 }, 'talksTwice')).toBe(2);
    expect(bonusOf({ talksTwice: 9 }, 'talksTwice')).toBe(2);
    expect(bonusOf({ talksTwice: 10 }, 'talksTwice')).toBe(4);
    expect(bonusOf({ talksTwice: 14 }, 'talksTwice')).toBe(4);
    expect(bonusOf({ talksTwice: 15 }, 'talksTwice')).toBe(6);
    expect(bonusOf({ talksTwice: 20 }, 'talksTwice')).toBe(6);
  });

  test('“班级活动超过1次，每超过1次加2分，加分最高不超过8分”', () => {
    expect(bonusOf({ activities: 1 }, 'activities')).toBe(0);
    expect(bonusOf({ activities: 2 }, 'activities')).toBe(2);
    expect(bonusOf({ activities: 4 }, 'activities')).toBe(6);
    expect(bonusOf({ activities: 5 }, 'activities')).toBe(8);
    expect(bonusOf({ activities: 6 }, 'activities')).toBe(8);
  });

  test('“走访2次宿舍的数量每超过1个加1分，加分最高不超过5分”', () => {
    expect(bonusOf({ dormsTwice: 0 }, 'dormsTwice')).toBe(0);
    expect(bonusOf({ dormsTwice: 1 }, 'dormsTwice')).toBe(1);
    expect(bonusOf({ dormsTwice: 4 }, 'dormsTwice')).toBe(4);
    expect(bonusOf({ dormsTwice: 5 }, 'dormsTwice')).toBe(5);
    expect(bonusOf({ dormsTwice: 6 }, 'dormsTwice')).toBe(5);
  });

  test('“联系家长的学生超过一半的，每超过1个学生加1分，加分最高不超过5分”', () => {
    expect(bonusOf({ parentContacts: 20 }, 'parentContacts')).toBe(0); // exactly half: not over
    expect(bonusOf({ parentContacts: 21 }, 'parentContacts')).toBe(1);
    expect(bonusOf({ parentContacts: 24 }, 'parentContacts')).toBe(4);
    expect(bonusOf({ parentContacts: 25 }, 'parentContacts')).toBe(5);
    expect(bonusOf({ parentContacts: 26 }, 'parentContacts')).toBe(5);
    // odd class: 41/2 = 20.5, so 20 is not over half and 21 is 1 over floor(41/2)
    expect(bonusOf({ parentContacts: 20, classSize: 41 }, 'parentContacts')).toBe(0);
    expect(bonusOf({ parentContacts: 21, classSize: 41 }, 'parentContacts')).toBe(1);
  });

  test('the maximum is 90', () => {
    const r = points({
      meetings: 30,
      talksTwice: 40,
      activities: 20,
      dormsTwice: 10,
      parentContacts: 40,
      classSize: 40,
    });
    expect(r.score).toBe(90);
    expect(r.bonuses.map((b) => b.points)).toEqual([6, 6, 8, 5, 5]);
  });

  test('bonuses are never negative, whatever the counts', () => {
    const r = points({
      meetings: -3,
      talksTwice: -1,
      activities: 0,
      dormsTwice: NaN,
      parentContacts: -5,
      classSize: -2,
    });
    expect(r.score).toBe(60);
    expect(r.bonuses.every((b) => b.points === 0)).toBe(true);
  });

  test('学期周数 20: the meeting threshold is floor(20/3) = 6; 21 weeks → 7', () => {
    expect(points({ ...base, meetings: 7 }, { ...DEFAULT_PARAMS, weeks: 20 }).score).toBe(63);
    expect(points({ ...base, meetings: 7 }, { ...DEFAULT_PARAMS, weeks: 21 }).score).toBe(60);
  });

  test('合格基础分 comes from the parameters', () => {
    expect(points(base, { ...DEFAULT_PARAMS, passScore: 70 }).score).toBe(70);
  });

  test('property: points() is monotone in each count and stays within 60..90', () => {
    const keys: Array<keyof PointsCounts> = ['meetings', 'talksTwice', 'activities', 'dormsTwice', 'parentContacts'];
    fc.assert(
      fc.property(
        fc.record({
          meetings: fc.nat(20),
          talksTwice: fc.nat(60),
          activities: fc.nat(20),
          dormsTwice: fc.nat(20),
          parentContacts: fc.nat(60),
          classSize: fc.nat(60),
        }),
        fc.constantFrom(...keys),
        fc.integer({ min: 1, max: 10 }),
        (c, key, more) => {
          const a = points(c).score;
          const b = points({ ...c, [key]: c[key] + more }).score;
          expect(b).toBeGreaterThanOrEqual(a);
          expect(a).toBeGreaterThanOrEqual(60);
          expect(a).toBeLessThanOrEqual(90);
        },
      ),
    );
  });
});
