// A fixed, seeded corpus of class records for golden tests: wide enough to reach every note and
// diagnostic of both profiles (missing 学期开始日期, empty roster, missing tables, overrides, 实习 …).
import fc from 'fast-check';
import type { ClassRecords, Day } from '../../src/rules';
import {
  START,
  activity,
  contact,
  dormName,
  interview,
  makeRecords,
  meeting,
  minimalPass,
  param,
  roster,
  talk,
  visit,
} from '../support/builders';

const WINDOW_DAYS = 18 * 7;
const anyDay = fc.integer({ min: -120, max: WINDOW_DAYS + 30 }).map((o): Day => START + o);

const classArb = fc
  .record({
    n: fc.integer({ min: 0, max: 12 }),
    perDorm: fc.integer({ min: 0, max: 4 }),
    semester: fc.constantFrom<1 | 2 | null>(1, 2, null),
    profile: fc.constantFrom<'财经学院' | '阿克苏职院'>('财经学院', '财经学院', '阿克苏职院'),
    classStatus: fc.constantFrom<'在校' | '实习'>('在校', '在校', '在校', '实习'),
    noStart: fc.constantFrom(false, false, false, true),
    noYear: fc.constantFrom(false, false, false, true),
    yearStart: fc.option(anyDay, { freq: 4 }),
    params: fc.subarray([
      param('学期周数', 20, 30),
      param('班会间隔周数', '2周', 31),
      param('谈心最短分钟', 'abc', 32),
      param('未知项目', 1, 33),
      param('走访宿舍间隔周数', 3, 34),
      param('班级活动最少次数', 2, 35),
    ]),
    absent: fc.subarray(['meetings', 'talks', 'activities', 'dormVisits', 'parentContacts'] as const),
    meetings: fc.array(fc.record({ date: anyDay, kind: fc.constantFrom<'班会' | '班委会'>('班会', '班委会') }), {
      maxLength: 12,
    }),
    talks: fc.array(
      fc.record({
        date: anyDay,
        who: fc.uniqueArray(fc.nat(11), { minLength: 1, maxLength: 10 }),
        extra: fc.nat(2),
        minutes: fc.integer({ min: 1, max: 20 }),
      }),
      { maxLength: 30 },
    ),
    interviews: fc.array(
      fc.record({ date: anyDay, who: fc.nat(11), minutes: fc.option(fc.integer({ min: 1, max: 20 })) }),
      { maxLength: 5 },
    ),
    activities: fc.array(
      fc.record({
        date: anyDay,
        type: fc.constantFrom('团日活动', '班会', '文体活动', '主题班会'),
        present: fc.boolean(),
      }),
      { maxLength: 5 },
    ),
    visits: fc.array(
      fc.record({ date: anyDay, all: fc.boolean(), dorms: fc.uniqueArray(fc.nat(3), { maxLength: 3 }) }),
      { maxLength: 20 },
    ),
    contacts: fc.array(fc.record({ date: anyDay, who: fc.nat(11) }), { maxLength: 15 }),
  })
  .map((g): ClassRecords => {
    const students = roster(g.n, { perDorm: g.perDorm });
    const own = (xs: number[]) => xs.filter((x) => x < g.n);
    return makeRecords({
      settings: {
        semester: g.semester,
        profile: g.profile,
        classStatus: g.classStatus,
        semesterStart: g.noStart ? null : START,
        academicYear: g.noYear ? null : 2026,
        yearStart: g.yearStart,
        params: g.params,
      },
      roster: students,
      present: Object.fromEntries(g.absent.map((k) => [k, false])),
      meetings: g.meetings.map((m) => meeting(m.date, m.kind)),
      talks: g.talks.map((t) => talk(own(t.who), t.date, t.minutes, t.who.length + t.extra)),
      interviews: g.interviews.map((i) => interview(own([i.who]), i.date, i.minutes)),
      activities: g.activities.map((a) => activity(a.date, { type: a.type, advisorPresent: a.present })),
      dormVisits: g.visits.map((v) => visit(v.date, v.all ? 'all' : v.dorms.map(dormName))),
      parentContacts: g.contacts.map((c) => contact(own([c.who]), c.date)),
    });
  });

/** A passing 40-student class plus random extra records: reaches every bonus. */
const inWindowDay = fc.integer({ min: 0, max: WINDOW_DAYS - 1 }).map((o): Day => START + o);
const passingArb = fc
  .record({
    semester: fc.constantFrom<1 | 2>(1, 2),
    meetings: fc.array(inWindowDay, { maxLength: 5 }),
    talks: fc.array(fc.record({ date: inWindowDay, who: fc.uniqueArray(fc.nat(39), { minLength: 1, maxLength: 8 }) }), {
      maxLength: 40,
    }),
    activities: fc.array(inWindowDay, { maxLength: 8 }),
    visits: fc.array(fc.record({ date: inWindowDay, dorms: fc.uniqueArray(fc.nat(9), { maxLength: 4 }) }), {
      maxLength: 12,
    }),
    contacts: fc.array(fc.record({ date: anyDay, who: fc.nat(39) }), { minLength: 10, maxLength: 60 }),
  })
  .map((g): ClassRecords => {
    const base = makeRecords(minimalPass());
    return {
      ...base,
      settings: { ...base.settings, semester: g.semester },
      meetings: [...base.meetings, ...g.meetings.map((d) => meeting(d, '班会', 500))],
      talks: [...base.talks, ...g.talks.map((t) => talk(t.who, t.date, 10, t.who.length, 500))],
      activities: [...base.activities, ...g.activities.map((d) => activity(d, { row: 500 }))],
      dormVisits: [...base.dormVisits, ...g.visits.map((v) => visit(v.date, v.dorms.map(dormName), 500))],
      parentContacts: g.contacts.map((c) => contact([c.who], c.date, 500)),
    };
  });

/** 60 seeded random classes, 20 passing ones plus the minimal passing class in both semesters and both profiles. */
export function corpus(): ClassRecords[] {
  const fixed = ([1, 2] as const).flatMap((semester) =>
    (['财经学院', '阿克苏职院'] as const).map((profile) => {
      const r = makeRecords(minimalPass());
      return { ...r, settings: { ...r.settings, semester, profile } };
    }),
  );
  return [
    ...fixed,
    ...fc.sample(classArb, { seed: 20260907, numRuns: 60 }),
    ...fc.sample(passingArb, { seed: 20270222, numRuns: 20 }),
  ];
}
