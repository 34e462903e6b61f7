// evaluate(…, { asOf }) (SPEC §7.1 “As of today”, issue 10): blocks, weeks and months that have not come
// yet are not missing; each minimum says what is due next and the pace to finish; a minimum that cannot
// be judged says so (SPEC §2.2).
import fc from 'fast-check';
import { evaluate, type Evaluation } from '../../src/rules';
import { START, activity, contact, d, makeRecords, meeting, minimalPass, roster, visit, wk } from '../support/builders';
import { corpus } from './corpus';

const byId = (e: Evaluation, id: string) => e.minimums.find((m) => m.id === id)!;

describe('财经学院 as of a day', () => {
  // 班会 in weeks 1 and 4 only: blocks 1–3 and 4–6 have one, 7–9 has none.
  const rec = makeRecords(minimalPass({ meetings: [meeting(wk(1, 1)), meeting(wk(4, 1))] }));
  const today = wk(11, 2); // Wednesday 2026-11-18, week 11

  test('in week 11 only the blocks already over are missing (“在校各班每三周召开1次”)', () => {
    const m = byId(evaluate(rec, { asOf: today }), 'meetings');
    expect(m.missing).toEqual(['第7–9周']);
    expect(m.status).toBe('pending');
    expect(m.note).toBe(
      '班会：截至2026年11月18日（第11周）已召开2次，要求至少6次（每3周1次），还差4次；第7–9周没有班会。',
    );
    expect(m.due).toBe('本3周（第10–12周）还需要1次班会，剩12天');
    expect(m.pace).toBe('还需4次班会，剩8周');
    const warnings = evaluate(rec, { asOf: today }).diagnostics.filter((x) => x.table === '班会记录表');
    expect(warnings.map((x) => x.message)).toEqual([
      '班会记录表：第7–9周没有班会（在校各班每3周召开1次）。如已召开，请补登记。',
    ]);
  });

  test('the end-of-semester judgement (no asOf) reports every empty block and fails', () => {
    const m = byId(evaluate(rec), 'meetings');
    expect(m.missing).toEqual(['第7–9周', '第10–12周', '第13–15周', '第16–18周']);
    expect(m.status).toBe('unmet');
    expect([m.due, m.pace]).toEqual([null, null]);
    expect(evaluate(rec).asOf).toBeNull();
  });

  test('a block with its 班会 held is not due; the days left count today', () => {
    const held = makeRecords(minimalPass());
    const m = byId(evaluate(held, { asOf: wk(12, 2) }), 'meetings');
    expect(m.due).toBeNull(); // week 10 has its 班会
    const lastDay = byId(evaluate(rec, { asOf: wk(12, 6) }), 'meetings');
    expect(lastDay.due).toBe('本3周（第10–12周）还需要1次班会，剩1天');
  });

  test('走访宿舍: the running 2-week block is due, the pace counts the visits still needed', () => {
    const visits = makeRecords(minimalPass({ dormVisits: [visit(wk(1, 2), 'all')] }));
    const m = byId(evaluate(visits, { asOf: wk(3, 0) }), 'dormVisits');
    expect(m.missing).toEqual([]);
    expect(m.due).toBe('本2周（第3–4周）还需要走访1次宿舍，剩14天');
    expect(m.pace).toBe('还需走访宿舍8次，剩16周');
    expect(m.status).toBe('pending');
  });

  test('records dated after the day judged do not count yet', () => {
    const e = evaluate(makeRecords(minimalPass()), { asOf: wk(4, 0) });
    expect(byId(e, 'meetings').actual).toBe(1); // week 1's only; week 4's is on its second day
    expect(byId(e, 'activities')).toMatchObject({ actual: 0, status: 'pending', pace: '还需1次班级活动，剩15周' });
  });

  test('the window’s last day or later is the end-of-semester judgement; before the start, week 1', () => {
    const full = makeRecords(minimalPass());
    expect(evaluate(full, { asOf: START + 18 * 7 - 1 })).toEqual(evaluate(full));
    expect(evaluate(full, { asOf: d('2027-06-30') })).toEqual(evaluate(full));
    expect(evaluate(full, { asOf: d('2026-08-01') }).asOf).toBe(START);
  });

  test('联系家长 in semester 2 is open as of a day, with its pace', () => {
    const sem2 = makeRecords(minimalPass({ settings: { semester: 2 }, parentContacts: [contact([0], wk(2))] }));
    const m = byId(evaluate(sem2, { asOf: wk(17, 0) }), 'parentContacts');
    expect(m).toMatchObject({ status: 'pending', pace: '还需联系39名学生的家长，剩2周' });
    expect(byId(evaluate(sem2), 'parentContacts').status).toBe('unmet');
  });
});

describe('minimums that cannot be judged (SPEC §2.2)', () => {
  test('a fresh template: 谈心 and 联系家长 are unmet but not judgeable, and say what to fill in', () => {
    const fresh = makeRecords({ roster: [], settings: { semesterStart: null, semester: 1 } });
    const e = evaluate(fresh);
    const talks = byId(e, 'talks');
    expect(talks).toMatchObject({ required: 0, actual: 0, status: 'unmet', judgeable: false });
    expect(talks.note).toContain('请先在“学生名册”工作表填写全班学生');
    expect(byId(e, 'parentContacts').judgeable).toBe(false);
    expect(byId(e, 'meetings').judgeable).toBe(true);
  });

  test('no 学期 → 联系家长 not judgeable; 阿克苏职院 without 学期开始日期 → weekly and monthly rules not judgeable', () => {
    expect(byId(evaluate(makeRecords(minimalPass({ settings: { semester: null } }))), 'parentContacts').judgeable).toBe(
      false,
    );
    const e = evaluate(makeRecords(minimalPass({ settings: { profile: '阿克苏职院', semesterStart: null } })));
    expect(e.minimums.filter((m) => !m.judgeable).map((m) => m.id)).toEqual(['dormVisitsWeekly', 'committeeMeetings']);
    expect(byId(e, 'dormVisitsWeekly').note).toContain('请填写后重新计算');
  });
});

describe('不合格: each bonus names its item', () => {
  test('“不合格者不再参加打分”: five lines, one per bonus, each with its name', () => {
    const e = evaluate(makeRecords(minimalPass({ activities: [] })));
    expect(e.grade).toBe('不合格');
    expect(e.bonuses.map((b) => b.line)).toEqual([
      '班会：不合格者不再参加打分，本项不加分。',
      '谈心两次：不合格者不再参加打分，本项不加分。',
      '班级活动：不合格者不再参加打分，本项不加分。',
      '走访两次的宿舍：不合格者不再参加打分，本项不加分。',
      '联系家长：不合格者不再参加打分，本项不加分。',
    ]);
  });

  test('合格: the line is the bonus name and its note', () => {
    const e = evaluate(makeRecords(minimalPass({ activities: [activity(wk(5, 3)), activity(wk(6, 3))] })));
    expect(e.bonuses[2].line).toBe('班级活动：班级活动2次，超过1次1次，加2分（上限8分）');
  });
});

describe('阿克苏职院 as of a day', () => {
  const rec = makeRecords({
    settings: { profile: '阿克苏职院' },
    roster: roster(8),
    dormVisits: [1, 2, 4, 5, 6, 7, 8, 9, 10].map((w) => visit(wk(w, 1), 'all')),
    meetings: [meeting(d('2026-09-20'), '班委会'), meeting(wk(2, 0)), meeting(wk(9, 0))],
  });
  const today = d('2026-11-18'); // week 11

  test('每周走访: a past week without a visit fails at once; the running week is due', () => {
    const m = byId(evaluate(rec, { asOf: today }), 'dormVisitsWeekly');
    expect(m.missing).toEqual(['第3周']);
    expect(m.status).toBe('unmet');
    expect(m.due).toBe('本周（第11周）还需要走访1次宿舍，剩5天');
    expect(m.pace).toBe('还需每周走访1次宿舍，剩8周');
    expect(m.note).toBe(
      '走访宿舍：截至2026年11月18日（第11周），已过的10周中有9周走访了宿舍（每周至少深入学生宿舍一次），没有走访的周：第3周。',
    );
  });

  test('每月班委会: months over are judged, the running month is due, the rest are ahead', () => {
    const m = byId(evaluate(rec, { asOf: today }), 'committeeMeetings');
    expect(m.missing).toEqual(['2026年10月']);
    expect(m.due).toBe('本月（2026年11月）还需要召开1次班委会，剩13天');
    expect(m.pace).toBe('还需每月召开1次班委会，剩2个月');
    expect(byId(evaluate(rec), 'committeeMeetings').missing).toEqual(['2026年10月', '2026年11月', '2026年12月']);
  });

  test('班级全体会议: 2 of 3 held, still open', () => {
    expect(byId(evaluate(rec, { asOf: today }), 'classMeetings')).toMatchObject({
      status: 'pending',
      pace: '还需1次班级全体会议，剩8周',
    });
  });
});

test('property: as of any day, what is missing is part of what the end of the semester finds missing', () => {
  const classes = corpus();
  fc.assert(
    fc.property(fc.nat(classes.length - 1), fc.integer({ min: -20, max: 18 * 7 + 20 }), (i, offset) => {
      const rec = classes[i];
      const asOf = START + offset;
      const now = evaluate(rec, { asOf });
      const end = evaluate(rec);
      now.minimums.forEach((m, k) => {
        if (m.id === 'meetings' || m.id === 'dormVisitsWeekly' || m.id === 'committeeMeetings') {
          for (const x of m.missing) expect(end.minimums[k].missing).toContain(x);
        }
        expect(m.actual).toBeLessThanOrEqual(end.minimums[k].actual);
      });
    }),
    { seed: 7, numRuns: 150 },
  );
});
