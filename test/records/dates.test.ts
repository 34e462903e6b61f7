import fc from 'fast-check';
import { dayFromYMD, serialFromDay } from '../../src/rules/days';
import { FIRST_YEAR, LAST_YEAR, readDate, type ReadResult } from '../../src/records';

const Y = { date1904: false, academicYear: 2026 };
const NOY = { date1904: false, academicYear: null };
const ok = (y: number, m: number, d: number): ReadResult<number> => ({ kind: 'ok', value: dayFromYMD(y, m, d) });

function expectError(r: ReadResult<unknown>, ...parts: string[]): void {
  expect(r.kind).toBe('error');
  if (r.kind !== 'error') return;
  expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  for (const p of parts) expect(r.message).toContain(p);
}

describe('a time of day written after the date is ignored (issue 9)', () => {
  test.each([
    '2026/9/17 下午3:00',
    '2026/9/17 上午9:30',
    '2026-09-17 晚上8:15',
    '2026-09-17 中午12:00',
    '2026年9月17日下午3点',
    '2026年9月17日 下午3点半',
    '2026年9月17日 下午3点30分',
    '2026年9月17日 15时30分',
    '2026年9月17日 15时30分20秒',
    '2026-09-17 晚上20点',
    '2026/9/17 3:00 PM',
    '2026-09-17（周四）下午3:00',
    '9月17日 下午3:00',
    '20260917 14:30',
  ])('%s', (s) => {
    expect(readDate(s, Y)).toEqual(ok(2026, 9, 17));
  });

  test('impossible times are errors that say what to change', () => {
    expectError(readDate('2026-09-23 25:61', Y), '2026-09-23 25:61', '时间不存在', '0–23');
    expectError(readDate('2026-09-23 24:00', Y), '时间不存在');
    expectError(readDate('2026-09-23 12:60', Y), '时间不存在');
    expectError(readDate('2026-09-23 12:30:60', Y), '时间不存在');
    expectError(readDate('2026-09-23 下午25点', Y), '时间不存在');
    expectError(readDate('2026-09-23 13:00 PM', Y), '0–12');
    expectError(readDate('9月23日 25:00', Y), '时间不存在');
  });

  test('text after the date that is no time is still unreadable', () => {
    expectError(readDate('2026-09-23 下午', Y), '不是可识别的日期');
    expectError(readDate('2026-09-23 开会', Y), '不是可识别的日期');
    expectError(readDate('2026-09-2314:30', Y), '不是可识别的日期');
  });
});

describe('dates outside 1900–2200 are errors (issue 9)', () => {
  test('serials', () => {
    expectError(readDate(-5, Y), '-5', '1900–2200');
    expectError(readDate(2958466, Y), '2958466', '1900–2200');
    expectError(readDate(serialFromDay(dayFromYMD(2201, 1, 1)), Y), '1900–2200');
    expect(readDate(serialFromDay(dayFromYMD(2200, 12, 31)), Y)).toEqual(ok(2200, 12, 31));
    expectError(readDate(-5, { date1904: true, academicYear: 2026 }), '1900–2200');
  });

  test('Dates from exceljs (a date-formatted −5 or 2958466)', () => {
    expectError(readDate(new Date(Date.UTC(1899, 11, 25)), Y), '1899-12-25', '1900–2200');
    expectError(readDate(new Date(Date.UTC(9999, 11, 31)), Y), '1900–2200');
    expect(readDate(new Date(Date.UTC(1900, 0, 1)), Y)).toEqual(ok(1900, 1, 1));
  });

  test('text and yyyymmdd numbers', () => {
    expectError(readDate('2500-01-01', Y), '2500', '1900–2200');
    expectError(readDate('1899-12-31', Y), '1899');
    expectError(readDate(25000101, Y), '1900–2200');
    expect(readDate(22001231, Y)).toEqual(ok(2200, 12, 31));
  });
});

describe('strict reading (the command line)', () => {
  const strict = { strict: true };
  test.each(['2026-09-07', '2026/9/7', '2026.9.7', '2026年9月7日', ' 2026-09-07 ', '２０２６－０９－０７'])(
    'accepts %s',
    (s) => {
      expect(readDate(s, NOY, strict)).toEqual(ok(2026, 9, 7));
    },
  );
  test.each(['20260907', '9月7日', '2026-09-07 08:00', '2026-09-07（周一）'])(
    'refuses %s, which a cell may hold',
    (s) => {
      expect(readDate(s, Y, strict).kind).toBe('error');
      expect(readDate(s, Y)).toEqual(ok(2026, 9, 7));
    },
  );
  test('numbers are not dates on the command line', () => {
    expect(readDate(46272, Y, strict).kind).toBe('error');
    expect(readDate('2026-02-30', NOY, strict)).toMatchObject({ kind: 'error' });
  });
});

describe('property: any valid day in every accepted form reads back as that day', () => {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const validTime = fc.oneof(
    fc.constant(''),
    fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => ` ${h}:${p2(m)}`),
    fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m, s]) => `T${p2(h)}:${p2(m)}:${p2(s)}`),
    fc
      .tuple(
        fc.constantFrom('上午', '下午', '晚上', '中午'),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 59 }),
      )
      .map(([w, h, m]) => ` ${w}${h}:${p2(m)}`),
    fc
      .tuple(
        fc.constantFrom('上午', '下午', '晚上', '中午'),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 59 }),
      )
      .map(([w, h, m]) => `${w}${h}点${m}分`),
    fc.integer({ min: 1, max: 12 }).map((h) => ` ${h}:00 PM`),
  );
  // Hours 24–99 or minutes/seconds 60–99: always impossible.
  const invalidTime = fc.oneof(
    fc.tuple(fc.integer({ min: 24, max: 99 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => ` ${h}:${p2(m)}`),
    fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 60, max: 99 })).map(([h, m]) => ` ${h}:${m}`),
    fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 60, max: 99 }))
      .map(([h, m, s]) => ` ${h}:${p2(m)}:${s}`),
    fc.tuple(fc.constantFrom('上午', '下午', '晚上'), fc.integer({ min: 24, max: 99 })).map(([w, h]) => ` ${w}${h}点`),
    fc.integer({ min: 13, max: 99 }).map((h) => ` ${h}:00 PM`),
  );
  const anyDay = fc
    .date({
      min: new Date(Date.UTC(FIRST_YEAR, 0, 1)),
      max: new Date(Date.UTC(LAST_YEAR, 11, 31)),
      noInvalidDate: true,
    })
    .map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }));
  const forms = ({ y, m, d }: { y: number; m: number; d: number }) => [
    `${y}-${p2(m)}-${p2(d)}`,
    `${y}-${m}-${d}`,
    `${y}/${m}/${d}`,
    `${y}.${m}.${d}`,
    `${y}年${m}月${d}日`,
    `${y}${p2(m)}${p2(d)}`,
  ];

  test('with or without a valid time', () => {
    fc.assert(
      fc.property(anyDay, validTime, (day, time) => {
        const expected = ok(day.y, day.m, day.d);
        for (const s of forms(day)) expect(readDate(s + time, NOY)).toEqual(expected);
        // Year-less: the academic year that holds the day (1 August – 31 July).
        const academicYear = day.m >= 8 ? day.y : day.y - 1;
        if (academicYear >= FIRST_YEAR) {
          expect(readDate(`${day.m}月${day.d}日${time}`, { date1904: false, academicYear })).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('an impossible time is never read', () => {
    fc.assert(
      fc.property(anyDay, invalidTime, (day, time) => {
        for (const s of forms(day)) {
          const r = readDate(s + time, Y);
          expect(r.kind).toBe('error');
        }
      }),
      { numRuns: 300 },
    );
  });
});
