// Property tests: adding a qualifying record never hurts; the score is 0 or 60..90.
import fc from 'fast-check';
import { evaluate, type ClassRecords, type Day } from '../../src/rules';
import {
  START,
  activity,
  contact,
  dormName,
  interview,
  makeRecords,
  meeting,
  minimalPass,
  roster,
  talk,
  visit,
} from '../support/builders';

const WINDOW_DAYS = 18 * 7;
const anyDay = fc.integer({ min: -60, max: WINDOW_DAYS + 30 }).map((o): Day => START + o);
const inWindowDay = fc.integer({ min: 0, max: WINDOW_DAYS - 1 }).map((o): Day => START + o);

const recordsArb = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    perDorm: fc.integer({ min: 0, max: 4 }),
    semester: fc.constantFrom<1 | 2 | null>(1, 2, null),
    profile: fc.constantFrom<'财经学院' | '阿克苏职院'>('财经学院', '财经学院', '阿克苏职院'),
    classStatus: fc.constantFrom<'在校' | '实习'>('在校', '在校', '实习'),
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
      fc.record({ date: anyDay, type: fc.constantFrom('团日活动', '班会', '文体活动'), present: fc.boolean() }),
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
      settings: { semester: g.semester, profile: g.profile, classStatus: g.classStatus },
      roster: students,
      meetings: g.meetings.map((m) => meeting(m.date, m.kind)),
      talks: g.talks.map((t) => talk(own(t.who), t.date, t.minutes, t.who.length + t.extra)),
      interviews: g.interviews.map((i) => interview(own([i.who]), i.date, i.minutes)),
      activities: g.activities.map((a) => activity(a.date, { type: a.type, advisorPresent: a.present })),
      dormVisits: g.visits.map((v) => visit(v.date, v.all ? 'all' : v.dorms.map(dormName))),
      parentContacts: g.contacts.map((c) => contact(own([c.who]), c.date)),
    });
  });

type Adder = (r: ClassRecords) => ClassRecords;
const adderArb: fc.Arbitrary<Adder> = fc.oneof(
  fc
    .record({ date: inWindowDay, kind: fc.constantFrom<'班会' | '班委会'>('班会', '班委会') })
    .map(({ date, kind }): Adder => (r) => ({ ...r, meetings: [...r.meetings, meeting(date, kind, 900)] })),
  fc
    .record({
      date: inWindowDay,
      who: fc.uniqueArray(fc.nat(11), { minLength: 1, maxLength: 8 }),
      minutes: fc.integer({ min: 5, max: 60 }),
    })
    .map(({ date, who, minutes }): Adder => (r) => {
      const w = who.filter((x) => x < r.roster.length);
      return { ...r, talks: [...r.talks, talk(w, date, minutes, w.length, 900)] };
    }),
  fc.record({ date: inWindowDay, who: fc.nat(11) }).map(({ date, who }): Adder => (r) => ({
    ...r,
    interviews: [...r.interviews, interview(who < r.roster.length ? [who] : [], date, null, 900)],
  })),
  inWindowDay.map((date): Adder => (r) => ({ ...r, activities: [...r.activities, activity(date, { row: 900 })] })),
  fc
    .record({ date: inWindowDay, all: fc.boolean(), dorms: fc.uniqueArray(fc.nat(3), { maxLength: 3 }) })
    .map(({ date, all, dorms }): Adder => (r) => ({
      ...r,
      dormVisits: [...r.dormVisits, visit(date, all ? 'all' : dorms.map(dormName), 900)],
    })),
  fc.record({ date: inWindowDay, who: fc.nat(11) }).map(({ date, who }): Adder => (r) => ({
    ...r,
    parentContacts: [...r.parentContacts, contact(who < r.roster.length ? [who] : [], date, 900)],
  })),
);

/** A passing 40-student class plus random extra records: exercises the bonuses. */
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
    contacts: fc.array(fc.record({ date: anyDay, who: fc.nat(39) }), { maxLength: 45 }),
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

const rank = { 合格: 1, 称职: 1, 不合格: 0, 不称职: 0 } as const;

describe('properties of evaluate()', () => {
  test('adding a qualifying record inside the window never lowers the score or the grade', () => {
    fc.assert(
      fc.property(recordsArb, adderArb, (records, add) => {
        const before = evaluate(records);
        const after = evaluate(add(records));
        expect(rank[after.grade]).toBeGreaterThanOrEqual(rank[before.grade]);
        if (before.score !== null) expect(after.score as number).toBeGreaterThanOrEqual(before.score);
      }),
      { numRuns: 400 },
    );
  });

  test('starting from a passing class: adding a qualifying record never lowers the score', () => {
    fc.assert(
      fc.property(passingArb, adderArb, (records, add) => {
        const before = evaluate(records);
        const after = evaluate(add(records));
        expect(rank[after.grade]).toBeGreaterThanOrEqual(rank[before.grade]);
        expect(after.score as number).toBeGreaterThanOrEqual(before.score as number);
        expect(after.score as number).toBeLessThanOrEqual(90);
      }),
      { numRuns: 300 },
    );
  });

  test('the 财经学院 score is 0 (不合格) or between 60 and 90; 阿克苏职院 has none', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const e = evaluate(records);
        if (e.profile === '阿克苏职院') {
          expect(e.score).toBeNull();
          expect(['称职', '不称职']).toContain(e.grade);
        } else if (e.grade === '不合格') expect(e.score).toBe(0);
        else {
          expect(e.score as number).toBeGreaterThanOrEqual(60);
          expect(e.score as number).toBeLessThanOrEqual(90);
        }
        for (const b of e.bonuses) expect(b.points).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
