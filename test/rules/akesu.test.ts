// 阿克苏职院 profile (seed 000 第二十条, SPEC §3.2) through evaluate().
import { evaluate, type Evaluation } from '../../src/rules';
import {
  activity,
  contact,
  d,
  makeRecords,
  meeting,
  param,
  roster,
  talk,
  visit,
  wk,
  type RecordsInput,
} from '../support/builders';

const students = roster(30);
const good = (over: Partial<RecordsInput> = {}): RecordsInput => ({
  settings: { profile: '阿克苏职院', ...over.settings },
  roster: students,
  // “每周至少深入学生宿舍一次”
  dormVisits: Array.from({ length: 18 }, (_, i) => visit(wk(i + 1, 2), 'all')),
  // “每月至少召开一次班委会”: September … December 2026 (January 2027 has only 10 days in the window)
  meetings: [
    meeting(d('2026-09-10'), '班委会'),
    meeting(d('2026-10-12'), '班委会'),
    meeting(d('2026-11-09'), '班委会'),
    meeting(d('2026-12-07'), '班委会'),
    // “每学期至少召开三次班级全体会议”
    meeting(wk(1), '班会'),
    meeting(wk(8), '班会'),
    meeting(wk(17), '班会'),
  ],
  ...Object.fromEntries(Object.entries(over).filter(([k]) => k !== 'settings')),
});
const run = (over: Partial<RecordsInput> = {}): Evaluation => evaluate(makeRecords(good(over)));
const min = (e: Evaluation, id: string) => e.minimums.find((m) => m.id === id)!;

describe('阿克苏职院', () => {
  test('every minimum met → 称职 (a suggestion), score null, no bonuses', () => {
    const e = run();
    expect(e.profile).toBe('阿克苏职院');
    expect(e.grade).toBe('称职');
    expect(e.score).toBeNull();
    expect(e.bonuses).toEqual([]);
    expect(e.minimums.map((m) => [m.id, m.status])).toEqual([
      ['dormVisitsWeekly', 'met'],
      ['committeeMeetings', 'met'],
      ['classMeetings', 'met'],
      ['talks', 'n/a'],
      ['activities', 'n/a'],
      ['parentContacts', 'n/a'],
    ]);
    const info = e.diagnostics.find((x) => x.severity === 'info')!;
    expect(info.message).toContain('德、能、勤、绩');
    expect(info.message).toContain('建议');
  });

  test('“每周至少深入学生宿舍一次”: a week without a visit → 不称职, listed as 第3周', () => {
    const visits = Array.from({ length: 18 }, (_, i) => visit(wk(i + 1, 2), 'all')).filter((_, i) => i !== 2);
    const e = run({ dormVisits: [...visits, visit(wk(4, 5), 'all')] });
    expect(min(e, 'dormVisitsWeekly')).toMatchObject({ required: 18, actual: 17, status: 'unmet', missing: ['第3周'] });
    expect(e.grade).toBe('不称职');
  });

  test('“每月至少召开一次班委会”: months with ≥ 14 days in the window; a missing month is listed', () => {
    const e = run();
    expect(min(e, 'committeeMeetings')).toMatchObject({ required: 4, actual: 4 });
    const noOct = run({
      meetings: [
        meeting(d('2026-09-10'), '班委会'),
        meeting(d('2026-11-09'), '班委会'),
        meeting(d('2026-12-07'), '班委会'),
        ...[1, 8, 17].map((w) => meeting(wk(w))),
      ],
    });
    expect(min(noOct, 'committeeMeetings')).toMatchObject({ actual: 3, status: 'unmet', missing: ['2026年10月'] });
  });

  test('partial months: 14 days inside requires a 班委会, 13 days does not', () => {
    // start 2026-09-17: 17..30 September = 14 days → September required
    const s14 = d('2026-09-17');
    const e14 = run({
      settings: { profile: '阿克苏职院', semesterStart: s14 },
      dormVisits: Array.from({ length: 18 }, (_, i) => visit(wk(i + 1, 0, s14), 'all')),
    });
    expect(min(e14, 'committeeMeetings').missing).toContain('2026年9月');
    // start 2026-09-18: 13 days → not required; the window then ends 2027-01-21 (21 days of January → required)
    const s13 = d('2026-09-18');
    const e13 = run({
      settings: { profile: '阿克苏职院', semesterStart: s13 },
      dormVisits: Array.from({ length: 18 }, (_, i) => visit(wk(i + 1, 0, s13), 'all')),
    });
    expect(min(e13, 'committeeMeetings').missing).not.toContain('2026年9月');
    expect(min(e13, 'committeeMeetings').missing).toEqual(['2027年1月']);
  });

  test('a 班委会 counts for committeeMeetings but not as a 班级全体会议, and a 班会 is not a 班委会', () => {
    const e = run({
      meetings: [
        ...['2026-09-10', '2026-10-12', '2026-11-09', '2026-12-07'].map((s) => meeting(d(s), '班委会')),
        meeting(wk(1)),
        meeting(wk(8)),
      ],
    });
    expect(min(e, 'classMeetings')).toMatchObject({ required: 3, actual: 2, status: 'unmet' });
    expect(min(e, 'committeeMeetings').status).toBe('met');
    const onlyClass = run({ meetings: [1, 5, 10, 14].map((w) => meeting(wk(w))) });
    expect(min(onlyClass, 'committeeMeetings').actual).toBe(0);
    expect(min(onlyClass, 'classMeetings').status).toBe('met');
  });

  test('谈心/班级活动/联系家长 are shown with counts, status n/a', () => {
    const e = run({
      talks: [talk([0, 1], wk(2)), talk([2], wk(3), 2)],
      activities: [activity(wk(4))],
      parentContacts: [contact([0], wk(5)), contact([1], d('2026-08-20'))],
    });
    expect(min(e, 'talks')).toMatchObject({ actual: 2, status: 'n/a' });
    expect(min(e, 'talks').note).toContain('涉及3/30名学生');
    expect(min(e, 'activities')).toMatchObject({ actual: 1, status: 'n/a' });
    expect(min(e, 'parentContacts')).toMatchObject({ actual: 2, status: 'n/a' });
    expect(e.grade).toBe('称职');
  });

  test('实习 classes keep the same duties (第三十条 “工作职责不变”)', () => {
    expect(
      min(run({ settings: { profile: '阿克苏职院', classStatus: '实习' }, meetings: [] }), 'classMeetings').status,
    ).toBe('unmet');
  });

  test('without 学期开始日期 the weekly and monthly checks cannot be judged: unmet, with what to fill in', () => {
    const e = run({ settings: { profile: '阿克苏职院', semesterStart: null } });
    expect(min(e, 'dormVisitsWeekly').status).toBe('unmet');
    expect(min(e, 'dormVisitsWeekly').note).toContain('学期开始日期');
    expect(e.grade).toBe('不称职');
  });

  test('学期周数 override changes the weeks to cover', () => {
    const e = run({ settings: { profile: '阿克苏职院', params: [param('学期周数', 19)] } });
    expect(min(e, 'dormVisitsWeekly')).toMatchObject({ required: 19, actual: 18, missing: ['第19周'] });
  });
});
