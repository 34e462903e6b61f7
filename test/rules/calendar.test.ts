import {
  academicYearOf,
  academicYearStart,
  fullBlocks,
  monthsInWindow,
  semesterWindow,
  termOfStart,
  weekOf,
  yearOfMonthIn,
  yearStartOf,
} from '../../src/rules';
import { d, settings } from '../support/builders';

describe('calendar', () => {
  const start = d('2026-09-07');
  test('weekOf: week k covers [start + 7(k−1), start + 7k); ≤ 0 before the start', () => {
    expect(weekOf(start, start)).toBe(1);
    expect(weekOf(d('2026-09-13'), start)).toBe(1);
    expect(weekOf(d('2026-09-14'), start)).toBe(2);
    expect(weekOf(d('2027-01-10'), start)).toBe(18);
    expect(weekOf(d('2027-01-11'), start)).toBe(19);
    expect(weekOf(d('2026-09-06'), start)).toBe(0);
    expect(weekOf(d('2026-08-30'), start)).toBe(-1);
    expect(weekOf(d('2026-08-31'), start)).toBe(0);
  });

  test('the window is weeks 1..W', () => {
    expect(semesterWindow(start, 18)).toEqual({ start, end: d('2027-01-11'), weeks: 18 });
    expect(semesterWindow(null, 18)).toEqual({ start: null, end: null, weeks: 18 });
  });

  test('full blocks only', () => {
    expect(fullBlocks(18, 3)).toHaveLength(6);
    expect(fullBlocks(20, 3)).toEqual([1, 4, 7, 10, 13, 16].map((f) => ({ from: f, to: f + 2 })));
    expect(fullBlocks(18, 2)).toHaveLength(9);
  });

  test('month coverage counts the days of each month inside the window, partial months included', () => {
    const months = monthsInWindow(start, d('2027-01-11'));
    expect(months.map((m) => [m.label, m.days])).toEqual([
      ['2026年9月', 24],
      ['2026年10月', 31],
      ['2026年11月', 30],
      ['2026年12月', 31],
      ['2027年1月', 10],
    ]);
    expect(monthsInWindow(d('2027-02-01'), d('2027-03-01')).map((m) => [m.label, m.days])).toEqual([['2027年2月', 28]]);
  });
});

describe('the academic year and the semester of a start date (SPEC §1 学年开始日期: 1 August)', () => {
  test('a day belongs to the academic year that began on the last 1 August', () => {
    expect(academicYearOf(d('2026-08-01'))).toBe(2026);
    expect(academicYearOf(d('2026-07-31'))).toBe(2025);
    expect(academicYearOf(d('2027-07-31'))).toBe(2026);
    expect(academicYearStart(2026)).toBe(d('2026-08-01'));
    expect(yearOfMonthIn(2026, 9)).toBe(2026);
    expect(yearOfMonthIn(2026, 3)).toBe(2027);
  });

  test('a semester starting August–December is the first, one starting after New Year the second', () => {
    expect(termOfStart(d('2026-09-07'))).toEqual({ academicYear: 2026, semester: 1 });
    expect(termOfStart(d('2026-08-24'))).toEqual({ academicYear: 2026, semester: 1 });
    expect(termOfStart(d('2027-01-04'))).toEqual({ academicYear: 2026, semester: 2 });
    expect(termOfStart(d('2027-02-22'))).toEqual({ academicYear: 2026, semester: 2 });
  });

  test('学年开始日期 as written wins over the 1 August default', () => {
    expect(yearStartOf(settings({ academicYear: 2026, yearStart: null }))).toBe(d('2026-08-01'));
    expect(yearStartOf(settings({ academicYear: 2026, yearStart: d('2026-09-01') }))).toBe(d('2026-09-01'));
    expect(yearStartOf(settings({ academicYear: null, yearStart: null }))).toBeNull();
  });
});
