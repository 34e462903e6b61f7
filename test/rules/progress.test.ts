// Per student and per week (SPEC §7.1, issue 10 item 3): the data of the pane's two views.
import { studentProgress, weekProgress } from '../../src/rules';
import {
  START,
  contact,
  d,
  interview,
  makeRecords,
  meeting,
  minimalPass,
  roster,
  talk,
  visit,
  wk,
} from '../support/builders';

describe('studentProgress', () => {
  const students = roster(3);
  students[2] = { ...students[2], specialCare: '家庭经济困难' };
  const rec = makeRecords({
    roster: students,
    talks: [
      talk([0], wk(2, 1), 10),
      talk([0, 1], wk(5, 2), 5), // a group talk counts once for each student it names
      talk([1], wk(6, 0), 3), // “每次谈心不少于5分钟”: does not qualify
      talk([0, 1, 2], wk(7, 0), 10, 9), // “学生人数不能超过8人”: counts for nobody
    ],
    interviews: [interview([2], wk(3, 0)), interview([2], wk(4, 0), 2)],
    parentContacts: [contact([1], d('2026-08-20')), contact([1], wk(8, 0)), contact([0], d('2026-07-01'))],
  });

  test('counts and last dates of qualifying 谈心, 谈话 and 联系家长, and 需特别关照', () => {
    const p = studentProgress(rec);
    expect(p.map((s) => [s.name, s.talks, s.lastTalk, s.interviews, s.lastInterview])).toEqual([
      ['学生01', 2, wk(5, 2), 0, null],
      ['学生02', 1, wk(5, 2), 0, null],
      ['学生03', 0, null, 1, wk(3, 0)],
    ]);
    // 联系家长 counts for the year from 学年开始日期 (2026-08-01): July's contact is last year's.
    expect(p.map((s) => [s.parentContacts, s.lastParentContact])).toEqual([
      [0, null],
      [2, wk(8, 0)],
      [0, null],
    ]);
    expect(p.map((s) => s.specialCare)).toEqual(['', '', '家庭经济困难']);
    expect(p.map((s) => s.id)).toEqual(['2026001', '2026002', '2026003']);
  });

  test('as of a day, later records do not count yet', () => {
    const p = studentProgress(rec, { asOf: wk(3, 0) });
    expect(p.map((s) => [s.talks, s.interviews, s.parentContacts])).toEqual([
      [1, 0, 0],
      [0, 0, 1],
      [0, 1, 0],
    ]);
  });

  test('a name that occurs twice is shown with its 学号', () => {
    const twins = makeRecords({ roster: roster(2, { names: ['张伟', '张伟'] }) });
    expect(studentProgress(twins).map((s) => s.name)).toEqual(['张伟（2026001）', '张伟（2026002）']);
  });
});

describe('weekProgress', () => {
  test('records per week per form, 班会 per 3-week block and 走访 per 2-week block, as of week 11', () => {
    const rec = makeRecords(minimalPass({ meetings: [meeting(wk(1, 1)), meeting(wk(4, 1)), meeting(wk(4, 3))] }));
    const w = weekProgress(rec, { asOf: wk(11, 2) })!;
    expect(w.weeks).toHaveLength(18);
    expect(w.weeks[3]).toMatchObject({ week: 4, from: wk(4, 0), to: wk(5, 0) });
    expect(w.weeks[3].counts.meetings).toBe(2);
    expect(w.weeks.map((x) => x.counts.talks).reduce((a, b) => a + b, 0)).toBe(40 - 10); // the 10 talks of weeks 12–16 have not come yet
    expect(w.meetingBlocks.map((b) => [b.label, b.count, b.state])).toEqual([
      ['第1–3周', 1, 'done'],
      ['第4–6周', 2, 'done'],
      ['第7–9周', 0, 'missing'],
      ['第10–12周', 0, 'due'],
      ['第13–15周', 0, 'ahead'],
      ['第16–18周', 0, 'ahead'],
    ]);
    expect(w.dormBlocks).toHaveLength(9);
    // The visit of weeks 11–12 is on the day judged itself: it counts; a day earlier the block is due.
    expect(w.dormBlocks[5]).toMatchObject({ label: '第11–12周', count: 1, state: 'done' });
    expect(w.dormBlocks[6]).toMatchObject({ label: '第13–14周', count: 0, state: 'ahead' });
    expect(weekProgress(rec, { asOf: wk(11, 1) })!.dormBlocks[5]).toMatchObject({ count: 0, state: 'due' });
    expect(w.committeeMonths).toEqual([]);
  });

  test('at the end of the semester nothing is due or ahead; without 学期开始日期 there are no weeks', () => {
    const rec = makeRecords(minimalPass({ meetings: [meeting(wk(1, 1))] }));
    const states = weekProgress(rec)!.meetingBlocks.map((b) => b.state);
    expect(states).toEqual(['done', 'missing', 'missing', 'missing', 'missing', 'missing']);
    expect(weekProgress(makeRecords({ settings: { semesterStart: null } }))).toBeNull();
  });

  test('阿克苏职院: 班委会 per month with at least 14 days in the window', () => {
    const rec = makeRecords({
      settings: { profile: '阿克苏职院' },
      meetings: [meeting(d('2026-09-20'), '班委会'), meeting(d('2026-10-08'), '班会')],
      dormVisits: [visit(START, 'all')],
    });
    const m = weekProgress(rec, { asOf: d('2026-11-18') })!.committeeMonths;
    expect(m.map((x) => [x.label, x.count, x.state])).toEqual([
      ['2026年9月', 1, 'done'],
      ['2026年10月', 0, 'missing'],
      ['2026年11月', 0, 'due'],
      ['2026年12月', 0, 'ahead'],
    ]);
    expect(m[0].from).toBe(START);
  });
});
