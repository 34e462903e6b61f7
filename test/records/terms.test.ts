import { readAcademicYear, readSemester, unwrapCell } from '../../src/records';

const cell = (v: unknown) => unwrapCell(v);
const strict = { strict: true };

describe('readAcademicYear', () => {
  test.each<[unknown, number]>([
    ['2026-2027', 2026],
    ['2026-27', 2026],
    ['2026～2027', 2026],
    ['2026 至 2027', 2026],
    ['２０２６－２０２７学年', 2026],
    ['2026年-2027年', 2026],
  ])('%p → %p, also strictly', (v, year) => {
    expect(readAcademicYear(cell(v))).toEqual({ year, warn: null });
    expect(readAcademicYear(cell(v), strict)).toEqual({ year, warn: null });
  });

  test('a bare year or a number is read in the settings table, not strictly', () => {
    expect(readAcademicYear(cell('2026')).year).toBe(2026);
    expect(readAcademicYear(cell(2026)).year).toBe(2026);
    expect(readAcademicYear(cell('2026'), strict).year).toBeNull();
    expect(readAcademicYear(cell(2026), strict).year).toBeNull();
  });

  test('years that do not follow each other: a warning in the table, refused strictly', () => {
    const lenient = readAcademicYear(cell('2026-2028'));
    expect(lenient.year).toBe(2026);
    expect(lenient.warn).toContain('不相连');
    const s = readAcademicYear(cell('2026-2028'), strict);
    expect(s.year).toBeNull();
    expect(s.warn).toContain('2026-2027');
  });

  test('years outside 1900–2200 and other text are not read', () => {
    for (const v of ['1899-1900', '2201-2202', '下学年', '', true]) {
      expect(readAcademicYear(cell(v)).year).toBeNull();
    }
  });
});

describe('readSemester', () => {
  test.each<[unknown, 1 | 2]>([
    [1, 1],
    ['2', 2],
    ['一', 1],
    ['第二学期', 2],
    ['第 1 学期', 1],
  ])('%p → %p, also strictly', (v, n) => {
    expect(readSemester(cell(v))).toBe(n);
    expect(readSemester(cell(v), strict)).toBe(n);
  });

  test.each<[string, 1 | 2]>([
    ['上学期', 1],
    ['春季', 2],
    ['2026-2027学年第一学期', 1],
    ['第2', 2],
  ])('%p is read in the settings table only', (v, n) => {
    expect(readSemester(cell(v))).toBe(n);
    expect(readSemester(cell(v), strict)).toBeNull();
  });

  test('anything else is null', () => {
    for (const v of [3, '3', '第三学期', '', null]) expect(readSemester(cell(v))).toBeNull();
  });
});
