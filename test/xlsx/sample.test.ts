import { parseWorkbook } from '../../src/records';
import { dayFromYMD } from '../../src/rules/days';
import { evaluate } from '../../src/rules';
import { sampleClass } from '../../src/sample';
import { createWorkbook, read } from '../../src/xlsx';
import { roundTrip } from './helpers';

const start = dayFromYMD(2026, 9, 7);
const RECORD_KEYS = ['meetings', 'talks', 'interviews', 'activities', 'dormVisits', 'parentContacts'] as const;

describe('sampleClass', () => {
  it('is deterministic: the same seed gives the same class, another seed another', () => {
    expect(sampleClass({ students: 30, semesterStart: start })).toEqual(
      sampleClass({ students: 30, semesterStart: start }),
    );
    expect(sampleClass({ students: 30, semesterStart: start, seed: 2 })).not.toEqual(
      sampleClass({ students: 30, semesterStart: start, seed: 1 }),
    );
  });

  it('has unique names (with the middle-dot names), 学号, parents and dorms of 4–6 students', () => {
    const { rows, options } = sampleClass({ students: 40, semesterStart: start });
    const roster = rows.roster!;
    expect(roster).toHaveLength(40);
    const names = roster.map((s) => s.name as string);
    expect(new Set(names).size).toBe(40);
    expect(names).toEqual(expect.arrayContaining(['艾力·买买提', '古丽米拉·阿不都']));
    expect(new Set(roster.map((s) => s.id)).size).toBe(40);
    for (const s of roster) {
      expect(s.parentName).toBeTruthy();
      expect(s.parentContact).toMatch(/^138-0000-\d{4}$/); // visibly made up, never a real number
    }
    const sizes = new Map<string, number>();
    for (const s of roster) sizes.set(s.dorm as string, (sizes.get(s.dorm as string) ?? 0) + 1);
    for (const n of sizes.values()) expect(n >= 4 && n <= 6).toBe(true);
    expect(options).toMatchObject({
      academicYear: '2026-2027',
      semester: 1,
      semesterStart: start,
      profile: '财经学院',
    });
  });

  it.each([
    [40, 1],
    [25, 1],
    [50, 2],
  ] as const)(
    'a class of %i (semester %i) is 合格 with a score between 70 and 85, read back from .xlsx',
    async (n, semester) => {
      const s = semester === 1 ? start : dayFromYMD(2027, 2, 22);
      const sample = sampleClass({ students: n, semesterStart: s, semester });
      const wb = await roundTrip(await createWorkbook(sample.options, sample.rows));
      const { raw, diagnostics } = read(wb);
      expect(diagnostics).toEqual([]);
      const ev = evaluate(parseWorkbook(raw));
      expect(ev.grade).toBe('合格');
      expect(ev.score).toBeGreaterThanOrEqual(70);
      expect(ev.score).toBeLessThanOrEqual(85);
      expect(ev.minimums.map((m) => m.status)).toEqual([
        'met',
        'met',
        'met',
        'met',
        semester === 1 ? 'pending' : 'met',
      ]);
      expect(ev.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    },
  );

  it('spreads exactly `records` rows over the six record tables, all inside the semester', () => {
    const { rows } = sampleClass({ students: 60, records: 5000, semesterStart: start });
    const counts = RECORD_KEYS.map((k) => rows[k]!.length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5000);
    for (const c of counts) expect(c).toBeGreaterThan(100);
    for (const k of RECORD_KEYS) {
      for (const r of rows[k]!) {
        const day = (r.date as { day: number }).day;
        expect(day >= start && day < start + 18 * 7).toBe(true);
      }
    }
    const small = sampleClass({ students: 10, records: 12, semesterStart: start });
    expect(RECORD_KEYS.map((k) => small.rows[k]!.length).reduce((a, b) => a + b, 0)).toBe(12);
  });
});

describe('the sample and `bzr template` read a start date through rules/calendar', () => {
  it.each([
    ['2026-09-07', '2026-2027', 1],
    ['2027-01-04', '2026-2027', 2],
    ['2027-02-22', '2026-2027', 2],
  ] as const)('a start on %s is 学年度 %s, semester %i', (iso, year, semester) => {
    const [y, m, dd] = iso.split('-').map(Number);
    const { options } = sampleClass({ students: 5, semesterStart: dayFromYMD(y, m, dd) });
    expect([options.academicYear, options.semester]).toEqual([year, semester]);
  });
});
