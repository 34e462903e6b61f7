// 财经学院 profile (seed 004, SPEC §3.1) through evaluate(): golden cases quoting the seed.
import { evaluate, type ClassRecords, type Evaluation } from '../../src/rules';
import {
  activity,
  contact,
  d,
  dormName,
  interview,
  makeRecords,
  meeting,
  minimalPass,
  param,
  roster,
  talk,
  visit,
  wk,
  type RecordsInput,
} from '../support/builders';

const run = (over: Partial<RecordsInput> = {}): Evaluation => evaluate(makeRecords(minimalPass(over)));
const min = (e: Evaluation, id: string) => e.minimums.find((m) => m.id === id)!;
const bonus = (e: Evaluation, id: string) => e.bonuses.find((b) => b.id === id)!.points;
const messages = (e: Evaluation): string[] => e.diagnostics.map((x) => x.message);
const students = roster(40);

describe('baseline', () => {
  test('a class exactly at every minimum is 合格 with 60 points (“符合最低条件为合格，记60分”)', () => {
    const e = run();
    expect(e.profile).toBe('财经学院');
    expect(e.grade).toBe('合格');
    expect(e.score).toBe(60);
    expect(e.minimums.map((m) => [m.id, m.status])).toEqual([
      ['meetings', 'met'],
      ['talks', 'met'],
      ['activities', 'met'],
      ['dormVisits', 'met'],
      ['parentContacts', 'pending'],
    ]);
    expect(e.window).toEqual({ start: d('2026-09-07'), end: d('2027-01-11'), weeks: 18 });
    expect(e.diagnostics).toEqual([]);
    expect(e.class).toBe('会计2601班');
    expect(e.advisor).toBe('王老师');
  });

  test('the maximum is 90', () => {
    const e = run({
      meetings: [1, 2, 4, 7, 8, 10, 13, 16].map((w) => meeting(wk(w))),
      talks: students.flatMap((s) => [talk([s.index], wk(2)), talk([s.index], wk(9))]),
      activities: [3, 5, 7, 9, 11].map((w) => activity(wk(w))),
      dormVisits: [1, 3, 5, 7, 9, 11, 13, 15, 17].map((w) => visit(wk(w), 'all')),
      parentContacts: students.slice(0, 25).map((s) => contact([s.index], wk(3))),
    });
    expect(e.grade).toBe('合格');
    expect(e.score).toBe(90);
    expect(e.bonuses.map((b) => b.points)).toEqual([6, 6, 8, 5, 5]);
  });

  test('“不合格者不再参加打分”: 不合格 scores 0 and every bonus is 0', () => {
    const e = run({
      meetings: [1, 4, 7, 10, 13, 16, 17, 18].map((w) => meeting(wk(w))),
      activities: [],
    });
    expect(e.grade).toBe('不合格');
    expect(e.score).toBe(0);
    expect(e.bonuses.every((b) => b.points === 0)).toBe(true);
    expect(e.bonuses[0].note).toContain('不合格者不再参加打分');
  });
});

describe('M1 班会 “在校各班每三周召开1次”', () => {
  const weeks = [1, 4, 7, 10, 13, 16];
  test('5 班会 unmet, 6 met, 7 → +3, 8 → +6, 9 → +6 (cap)', () => {
    const e5 = run({ meetings: weeks.slice(0, 5).map((w) => meeting(wk(w))) });
    expect(min(e5, 'meetings')).toMatchObject({ required: 6, actual: 5, status: 'unmet' });
    expect(min(e5, 'meetings').note).toContain('还差1次');
    expect(e5.grade).toBe('不合格');
    expect(min(run(), 'meetings')).toMatchObject({ required: 6, actual: 6, status: 'met' });
    const more = (n: number) => run({ meetings: [...weeks, 2, 5, 8].slice(0, n).map((w) => meeting(wk(w))) });
    expect(more(7).score).toBe(63);
    expect(bonus(more(7), 'meetings')).toBe(3);
    expect(more(8).score).toBe(66);
    expect(more(9).score).toBe(66);
  });

  test('a 班委会 is not a 班会 (“在班会前或班会后召开一次班委会会议”)', () => {
    const e = run({ meetings: [...weeks.slice(0, 5).map((w) => meeting(wk(w))), meeting(wk(16), '班委会')] });
    expect(min(e, 'meetings')).toMatchObject({ actual: 5, status: 'unmet' });
  });

  test('each 3-week block without a 班会 is a warning (not a failure) and listed in missing', () => {
    const e = run({ meetings: [1, 2, 7, 10, 13, 16].map((w) => meeting(wk(w))) });
    expect(min(e, 'meetings')).toMatchObject({ status: 'met', missing: ['第4–6周'] });
    expect(e.grade).toBe('合格');
    const warn = e.diagnostics.find((x) => x.table === '班会记录表')!;
    expect(warn.severity).toBe('warning');
    expect(warn.message).toContain('第4–6周没有班会');
  });

  test('实习 classes: status n/a (“在校各班”), even without any 班会', () => {
    const e = run({ settings: { classStatus: '实习' }, meetings: [] });
    expect(min(e, 'meetings').status).toBe('n/a');
    expect(e.grade).toBe('合格');
    expect(e.diagnostics.filter((x) => x.table === '班会记录表')).toEqual([]);
  });

  test('a missing 班会记录表 counts as zero rows (“不使用记录表……为不合格”)', () => {
    const e = run({ meetings: [], present: { meetings: false } });
    expect(min(e, 'meetings').status).toBe('unmet');
    expect(min(e, 'meetings').note).toContain('未找到“班会记录表”');
    expect(e.grade).toBe('不合格');
  });
});

describe('M2 谈心 “每学期每个学生谈心1次，每次谈心不少于5分钟”', () => {
  const allBut = (k: number) => students.slice(0, 40 - k).map((s) => talk([s.index], wk(3), 5));

  test('39/40 unmet with the missing name, 40/40 met', () => {
    const e = run({ talks: allBut(1) });
    expect(min(e, 'talks')).toMatchObject({ required: 40, actual: 39, status: 'unmet', missing: ['学生40'] });
    expect(min(e, 'talks').note).toBe('谈心：已覆盖39/40名学生，还差：学生40。');
    expect(min(run(), 'talks')).toMatchObject({ actual: 40, status: 'met' });
  });

  test('a 4-minute talk counts for nobody, 5 minutes counts', () => {
    const four = run({ talks: [...allBut(1), talk([39], wk(4), 4)] });
    expect(min(four, 'talks').status).toBe('unmet');
    expect(messages(four).some((m) => m.includes('时长4分钟，少于5分钟'))).toBe(true);
    expect(min(run({ talks: [...allBut(1), talk([39], wk(4), 5)] }), 'talks').status).toBe('met');
  });

  test('“如果集体谈心，学生人数不能超过8人”: 9 students count for nobody (error), 8 count', () => {
    const rest = students.slice(9).map((s) => talk([s.index], wk(3)));
    const nine = run({ talks: [...rest, talk([0, 1, 2, 3, 4, 5, 6, 7, 8], wk(2), 30, 9, 7)] });
    expect(min(nine, 'talks')).toMatchObject({ actual: 31, status: 'unmet' });
    const err = nine.diagnostics.find((x) => x.severity === 'error')!;
    expect(err).toMatchObject({ table: '谈心记录表', row: 7 });
    expect(err.message).toContain('集体谈心不能超过8人');
    expect(err.message).toContain('第7行');
    const eight = run({ talks: [...rest, talk([0, 1, 2, 3, 4, 5, 6, 7], wk(2), 30), talk([8], wk(2))] });
    expect(min(eight, 'talks').status).toBe('met');
  });

  test('the group size counts unrecognised names too', () => {
    const e = run({ talks: [...allBut(0).slice(1), talk([0], wk(2), 20, 9)] });
    expect(min(e, 'talks').missing).toEqual(['学生01']);
  });

  test('谈话记录表: blank 时长 counts, 4 minutes does not, 5 does', () => {
    const base = allBut(1);
    expect(min(run({ talks: base, interviews: [interview([39], wk(5), null)] }), 'talks').status).toBe('met');
    expect(min(run({ talks: base, interviews: [interview([39], wk(5), 4)] }), 'talks').status).toBe('unmet');
    expect(min(run({ talks: base, interviews: [interview([39], wk(5), 5)] }), 'talks').status).toBe('met');
  });

  test('谈心最短分钟 10: 5-minute talks no longer count', () => {
    const e = run({ settings: { params: [param('谈心最短分钟', 10)] } });
    expect(min(e, 'talks')).toMatchObject({ actual: 0, status: 'unmet' });
  });

  test('empty roster: unmet, and the note says to fill 学生名册', () => {
    const e = run({ roster: [], talks: [] });
    expect(min(e, 'talks')).toMatchObject({ required: 0, actual: 0, status: 'unmet' });
    expect(min(e, 'talks').note).toContain('学生名册');
    expect(e.score).toBe(0);
  });

  test('a missing 谈心记录表 is mentioned in the note', () => {
    const e = run({ talks: [], present: { talks: false } });
    expect(min(e, 'talks').note).toContain('未找到“谈心记录表”');
  });

  test('talksTwice: 4 → 0, 5 → 2, 15 → 6, 20 → 6; a group talk counts once per student it names', () => {
    const twice = (n: number) =>
      run({ talks: [...allBut(0), ...students.slice(0, n).map((s) => talk([s.index], wk(10), 5))] });
    expect(bonus(twice(4), 'talksTwice')).toBe(0);
    expect(bonus(twice(5), 'talksTwice')).toBe(2);
    expect(bonus(twice(9), 'talksTwice')).toBe(2);
    expect(bonus(twice(10), 'talksTwice')).toBe(4);
    expect(bonus(twice(15), 'talksTwice')).toBe(6);
    expect(bonus(twice(20), 'talksTwice')).toBe(6);
    const group = run({ talks: [...allBut(0), talk([0, 1, 2, 3, 4], wk(11), 15)] });
    expect(bonus(group, 'talksTwice')).toBe(2);
    // an interview also counts as a talk
    const mixed = run({ talks: allBut(0), interviews: [0, 1, 2, 3, 4].map((i) => interview([i], wk(12))) });
    expect(bonus(mixed, 'talksTwice')).toBe(2);
  });
});

describe('M3 班级活动 “每个学期参加1次班级学生集体活动”', () => {
  test('0 unmet, 1 met, 2 → +2, 5 → +8, 6 → +8 (cap)', () => {
    expect(min(run({ activities: [] }), 'activities').status).toBe('unmet');
    expect(min(run(), 'activities')).toMatchObject({ required: 1, actual: 1, status: 'met' });
    const n = (k: number) => run({ activities: Array.from({ length: k }, (_, i) => activity(wk(2 + i))) });
    expect(n(2).score).toBe(62);
    expect(n(4).score).toBe(66);
    expect(n(5).score).toBe(68);
    expect(n(6).score).toBe(68);
  });

  test('“班会、布置和检查工作不属于班级活动之列”, and only activities the advisor joined count', () => {
    for (const type of ['班会', '主题班会', '布置检查工作', '布置和检查工作']) {
      expect(min(run({ activities: [activity(wk(3), { type })] }), 'activities').status).toBe('unmet');
    }
    expect(min(run({ activities: [activity(wk(3), { advisorPresent: false })] }), 'activities').status).toBe('unmet');
    expect(min(run({ activities: [activity(wk(3), { type: '文体活动' })] }), 'activities').status).toBe('met');
  });
});

describe('M4 走访宿舍 “每两周走访学生宿舍1次且每个宿舍每学期走访1次”', () => {
  const everyDorm = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      visit(wk(1 + 2 * i), i < n - 1 ? [dormName(i)] : Array.from({ length: 10 - i }, (_, j) => dormName(i + j))),
    );

  test('(A) 8 visits unmet, 9 met; 9 visits with a dorm never visited unmet and the dorm listed', () => {
    expect(min(run({ dormVisits: everyDorm(8) }), 'dormVisits')).toMatchObject({
      required: 9,
      actual: 8,
      status: 'unmet',
    });
    expect(min(run({ dormVisits: everyDorm(9) }), 'dormVisits').status).toBe('met');
    const skip = run({ dormVisits: Array.from({ length: 9 }, (_, i) => visit(wk(1 + 2 * i), [dormName(i)])) });
    expect(min(skip, 'dormVisits')).toMatchObject({ status: 'unmet', missing: ['1号楼110'] });
    expect(min(skip, 'dormVisits').note).toContain('从未走访：1号楼110');
  });

  test('(B) “如果一次将所有宿舍走遍，则每个学期不应少于3次”: 2 sweeps not enough, 3 enough', () => {
    const two = run({ dormVisits: [visit(wk(2), 'all'), visit(wk(8), 'all')] });
    expect(min(two, 'dormVisits').status).toBe('unmet');
    const three = run({ dormVisits: [visit(wk(2), 'all'), visit(wk(8), 'all'), visit(wk(14), 'all')] });
    expect(min(three, 'dormVisits')).toMatchObject({ actual: 3, status: 'met' });
    expect(min(three, 'dormVisits').note).toContain('走遍所有宿舍');
    // (B) replaces the two-week cadence: no block warnings
    expect(three.diagnostics.filter((x) => x.table === '走访宿舍记录表')).toEqual([]);
    // a sweep may also list every dorm by name
    const names = Array.from({ length: 10 }, (_, i) => dormName(i));
    const listed = run({ dormVisits: [visit(wk(2), names), visit(wk(8), names), visit(wk(14), names)] });
    expect(min(listed, 'dormVisits').status).toBe('met');
  });

  test('no dorms in the roster: (A) is the count alone, (B) does not apply', () => {
    const r = roster(40, { perDorm: 0 });
    const nine = run({ roster: r, dormVisits: Array.from({ length: 9 }, (_, i) => visit(wk(1 + 2 * i), ['A101'])) });
    expect(min(nine, 'dormVisits').status).toBe('met');
    const sweeps = run({ roster: r, dormVisits: [visit(wk(2), 'all'), visit(wk(8), 'all'), visit(wk(14), 'all')] });
    expect(min(sweeps, 'dormVisits').status).toBe('unmet');
    // dormsTwice with no roster dorms: distinct dorms named in the visits, visited at least twice
    const named = run({
      roster: r,
      dormVisits: [
        ...Array.from({ length: 9 }, (_, i) => visit(wk(1 + 2 * i), ['A101', 'A102'])),
        visit(wk(3), ['A103']),
      ],
    });
    expect(bonus(named, 'dormsTwice')).toBe(2);
  });

  test('each 2-week block without a visit is a warning', () => {
    const e = run({
      dormVisits: [visit(wk(1), ['1号楼101']), visit(wk(2), ['1号楼102']), ...everyDorm(9).slice(2)],
    });
    expect(min(e, 'dormVisits').status).toBe('met');
    expect(messages(e).some((m) => m.includes('第3–4周没有走访宿舍'))).toBe(true);
  });

  test('dormsTwice: 4 → 4, 5 → 5, 6 → 5 (cap); a 全部 visit counts for every roster dorm', () => {
    const extra = (k: number) =>
      run({ dormVisits: [...everyDorm(9), ...Array.from({ length: k }, (_, i) => visit(wk(3), [dormName(i)]))] });
    expect(bonus(extra(0), 'dormsTwice')).toBe(0);
    expect(bonus(extra(1), 'dormsTwice')).toBe(1);
    expect(bonus(extra(4), 'dormsTwice')).toBe(4);
    expect(bonus(extra(5), 'dormsTwice')).toBe(5);
    expect(bonus(extra(6), 'dormsTwice')).toBe(5);
    expect(bonus(run({ dormVisits: [...everyDorm(9), visit(wk(4), 'all')] }), 'dormsTwice')).toBe(5);
    // a dorm not in the roster gives nothing
    expect(
      bonus(
        run({ dormVisits: [...everyDorm(9), visit(wk(4), ['9号楼999']), visit(wk(6), ['9号楼999'])] }),
        'dormsTwice',
      ),
    ).toBe(0);
  });

  test('学期周数 20: floor(20/2) = 10 visits and floor(20/3) = 6 班会 are required', () => {
    const e = run({ settings: { params: [param('学期周数', 20)] } });
    expect(e.window.weeks).toBe(20);
    expect(min(e, 'dormVisits')).toMatchObject({ required: 10, actual: 9, status: 'unmet' });
    expect(min(e, 'meetings')).toMatchObject({ required: 6, status: 'met' });
    const ok = run({
      settings: { params: [param('学期周数', 20)] },
      dormVisits: [...everyDorm(9), visit(wk(19), ['1号楼101'])],
    });
    expect(min(ok, 'dormVisits').status).toBe('met');
  });
});

describe('M5 联系家长 “每个学年和每个学生的家长联系1次”', () => {
  const sem2Start = d('2027-02-22');
  const sem2 = (over: Partial<RecordsInput>): Evaluation =>
    run({
      settings: { semester: 2, semesterStart: sem2Start },
      meetings: [1, 4, 7, 10, 13, 16].map((w) => meeting(wk(w, 1, sem2Start))),
      talks: students.map((s) => talk([s.index], wk(2, 0, sem2Start), 5)),
      activities: [activity(wk(5, 0, sem2Start))],
      dormVisits: Array.from({ length: 9 }, (_, i) => visit(wk(1 + 2 * i, 0, sem2Start), 'all')),
      ...over,
    });

  test('semester 1: pending, never fails, shows progress', () => {
    const e = run({ parentContacts: students.slice(0, 10).map((s) => contact([s.index], wk(3))) });
    expect(min(e, 'parentContacts')).toMatchObject({ status: 'pending', required: 40, actual: 10 });
    expect(min(e, 'parentContacts').note).toContain('本学年已联系10/40名学生的家长');
    expect(e.grade).toBe('合格');
  });

  test('semester 2 judges the academic year: a contact dated in semester 1 counts', () => {
    const contacts = [
      ...students.slice(0, 39).map((s) => contact([s.index], wk(3, 0, sem2Start))),
      contact([39], d('2026-10-01')),
    ];
    const e = sem2({ parentContacts: contacts });
    expect(min(e, 'parentContacts')).toMatchObject({ status: 'met', actual: 40 });
    expect(e.diagnostics.filter((x) => x.table === '联系学生家长记录表')).toEqual([]);
    expect(e.grade).toBe('合格');
  });

  test('semester 2: a student never contacted this year → unmet, listed', () => {
    const e = sem2({ parentContacts: students.slice(0, 39).map((s) => contact([s.index], wk(3, 0, sem2Start))) });
    expect(min(e, 'parentContacts')).toMatchObject({ status: 'unmet', actual: 39, missing: ['学生40'] });
    expect(e.grade).toBe('不合格');
  });

  test('a contact before 学年开始日期 (1 August) does not count and is a warning', () => {
    const contacts = [
      ...students.slice(0, 39).map((s) => contact([s.index], wk(3, 0, sem2Start))),
      contact([39], d('2026-07-15'), 50),
    ];
    const e = sem2({ parentContacts: contacts });
    expect(min(e, 'parentContacts').status).toBe('unmet');
    expect(messages(e)).toContain(
      '联系学生家长记录表第50行：日期2026-07-15不在本学年（2026-08-01至2027-06-27）内，不计入本学年。',
    );
    // 学年开始日期 set in 设置表 moves the start
    const moved = sem2({
      settings: { semester: 2, semesterStart: sem2Start, yearStart: d('2026-07-01') },
      parentContacts: contacts,
    });
    expect(min(moved, 'parentContacts').status).toBe('met');
  });

  test('the bonus counts only this semester’s window (semester-1 contacts do not)', () => {
    const inSem1 = students.slice(0, 40).map((s) => contact([s.index], d('2026-10-01')));
    const inSem2 = students.slice(0, 21).map((s) => contact([s.index], wk(4, 0, sem2Start)));
    const e = sem2({ parentContacts: [...inSem1, ...inSem2] });
    expect(min(e, 'parentContacts').status).toBe('met');
    expect(bonus(e, 'parentContacts')).toBe(1);
    expect(bonus(sem2({ parentContacts: inSem1 }), 'parentContacts')).toBe(0);
  });

  test('semester unknown: pending, and the note says 学期 is missing', () => {
    const e = run({ settings: { semester: null } });
    expect(min(e, 'parentContacts').status).toBe('pending');
    expect(min(e, 'parentContacts').note).toContain('缺少“学期”');
  });
});

describe('window and settings', () => {
  test('records outside the window do not count, one warning per row', () => {
    const rec: ClassRecords = makeRecords(
      minimalPass({
        dormVisits: [
          ...Array.from({ length: 9 }, (_, i) => visit(wk(1 + 2 * i), 'all')),
          visit(d('2027-02-01'), 'all', 12),
        ],
        meetings: [1, 4, 7, 10, 13].map((w) => meeting(wk(w))).concat([meeting(d('2026-09-06'), '班会', 9)]),
      }),
    );
    const e = evaluate(rec);
    expect(messages(e)).toContain(
      '走访宿舍记录表第12行：日期2027-02-01不在本学期（2026-09-07至2027-01-10）内，不计入本学期。',
    );
    expect(messages(e)).toContain(
      '班会记录表第9行：日期2026-09-06不在本学期（2026-09-07至2027-01-10）内，不计入本学期。',
    );
    expect(min(e, 'meetings').actual).toBe(5);
    expect(min(e, 'dormVisits').actual).toBe(9);
    // the last day of week 18 is inside, the next day is not
    const edge = run({ activities: [activity(d('2027-01-10'))] });
    expect(min(edge, 'activities').status).toBe('met');
    expect(min(run({ activities: [activity(d('2027-01-11'))] }), 'activities').status).toBe('unmet');
  });

  test('without 学期开始日期 every dated record counts, cadence checks are skipped, and a warning says so', () => {
    const e = run({
      settings: { semesterStart: null },
      meetings: [1, 1, 1, 1, 1, 1].map((w) => meeting(wk(w))),
      activities: [activity(d('2027-05-01'))],
    });
    expect(e.window).toEqual({ start: null, end: null, weeks: 18 });
    expect(min(e, 'meetings')).toMatchObject({ status: 'met', missing: [] });
    expect(min(e, 'activities').status).toBe('met');
    expect(e.diagnostics.filter((x) => x.table === '班会记录表')).toEqual([]);
    expect(messages(e).some((m) => m.includes('缺少“学期开始日期”'))).toBe(true);
  });

  test('diagnostics = records’ + parameters’ + the rules’ own, in that order', () => {
    const rec = makeRecords(
      minimalPass({
        settings: { params: [param('每周班会', 3, 20)] },
        meetings: [1, 4, 7, 10, 13].map((w) => meeting(wk(w))),
      }),
    );
    rec.diagnostics.push({ table: '谈心记录表', row: 5, column: '日期', severity: 'error', message: 'from records' });
    const e = evaluate(rec);
    expect(e.diagnostics[0].message).toBe('from records');
    expect(e.diagnostics[1]).toMatchObject({ table: '设置表', row: 20, severity: 'warning' });
    expect(e.diagnostics[2].table).toBe('班会记录表');
  });

  test('a missing record table counts as zero rows', () => {
    const e = run({ dormVisits: [], present: { dormVisits: false } });
    expect(min(e, 'dormVisits').status).toBe('unmet');
    expect(min(e, 'dormVisits').note).toContain('未找到“走访宿舍记录表”');
    // 谈话记录表 may be absent without any remark
    const noInterviews = run({ present: { interviews: false } });
    expect(noInterviews.grade).toBe('合格');
    expect(noInterviews.minimums.every((m) => !m.note.includes('谈话记录表'))).toBe(true);
  });

  test('every minimum has a one-sentence Chinese note', () => {
    for (const m of run().minimums) expect(m.note).toMatch(/^[\u4e00-\u9fa5]+：.*。$/);
  });
});
