import { dayFromYMD, serialFromDay } from '../../src/rules/days';
import { cellText, isBlankCell, readCount, readDate, readMinutes, readYesNo, type ReadResult } from '../../src/records';

const Y = { date1904: false, academicYear: 2026 };
const NOY = { date1904: false, academicYear: null };
const ok = <T>(value: T): ReadResult<T> => ({ kind: 'ok', value });
const d = (y: number, m: number, dd: number) => ok(dayFromYMD(y, m, dd));

function expectError(r: ReadResult<unknown>, ...parts: string[]): void {
  expect(r.kind).toBe('error');
  if (r.kind !== 'error') return;
  expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  for (const p of parts) expect(r.message).toContain(p);
}

describe('readDate', () => {
  test('Excel serials in the 1900 system', () => {
    expect(readDate(46266, Y)).toEqual(d(2026, 9, 1));
    expect(readDate(46266.6, Y)).toEqual(d(2026, 9, 1)); // time part dropped
    expect(readDate(1, Y)).toEqual(d(1900, 1, 1));
    expect(readDate(59, Y)).toEqual(d(1900, 2, 28));
    expect(readDate(61, Y)).toEqual(d(1900, 3, 1));
    expect(readDate(serialFromDay(dayFromYMD(2027, 3, 15)), Y)).toEqual(d(2027, 3, 15));
  });

  test('serial 60 is the fictitious 1900-02-29 and does not throw', () => {
    expect(readDate(60, Y).kind).toBe('ok');
  });

  test('1904 system', () => {
    const ctx = { date1904: true, academicYear: 2026 };
    expect(readDate(46266 - 1462, ctx)).toEqual(d(2026, 9, 1));
    expect(readDate(0, ctx)).toEqual(d(1904, 1, 1));
    expect(readDate(serialFromDay(dayFromYMD(2026, 12, 31), true), ctx)).toEqual(d(2026, 12, 31));
  });

  test('bad serials are errors', () => {
    expectError(readDate(-3, Y), '日期');
    expectError(readDate(0, Y));
    expectError(readDate(1e12, Y));
    expectError(readDate(NaN, Y));
    expectError(readDate(Infinity, Y));
  });

  test('a number that is a valid yyyymmdd', () => {
    expect(readDate(20260901, Y)).toEqual(d(2026, 9, 1));
    expectError(readDate(20260230, Y), '2026年2月30日');
  });

  test('JS Date (exceljs gives UTC midnight)', () => {
    expect(readDate(new Date(Date.UTC(2026, 8, 1)), Y)).toEqual(d(2026, 9, 1));
    expect(readDate(new Date(2026, 8, 1, 14, 30), Y)).toEqual(d(2026, 9, 1));
    expectError(readDate(new Date(NaN), Y), '日期');
  });

  test.each([
    '2026-09-01',
    '2026-9-1',
    '2026/9/1',
    '2026/09/01',
    '2026.9.1',
    '2026年9月1日',
    '2026年09月01日',
    '2026 年 9 月 1 日',
    '20260901',
    '2026-09-01 14:30',
    '2026/9/1 8:00:00',
    '2026-09-01T08:00:00',
    '2026-09-01T08:00:00.000Z',
    '2026年9月1日 14:30',
    '２０２６－０９－０１',
    '  2026-09-01  ',
    '2026-09-01（周二）',
  ])('string %s', (s) => {
    expect(readDate(s, Y)).toEqual(d(2026, 9, 1));
  });

  test('year-less strings take the year inside the academic year (1 Aug – 31 Jul)', () => {
    expect(readDate('9月1日', Y)).toEqual(d(2026, 9, 1));
    expect(readDate('9/1', Y)).toEqual(d(2026, 9, 1));
    expect(readDate('09-01', Y)).toEqual(d(2026, 9, 1));
    expect(readDate('8月1日', Y)).toEqual(d(2026, 8, 1));
    expect(readDate('12/31', Y)).toEqual(d(2026, 12, 31));
    expect(readDate('1月5日', Y)).toEqual(d(2027, 1, 5));
    expect(readDate('03-15', Y)).toEqual(d(2027, 3, 15));
    expect(readDate('7/31', Y)).toEqual(d(2027, 7, 31));
    expect(readDate('2/29', { date1904: false, academicYear: 2027 })).toEqual(d(2028, 2, 29));
    expectError(readDate('2/29', Y), '2027年2月29日');
  });

  test('year-less strings without 学年度 are an error that says what to fill', () => {
    expectError(readDate('9月1日', NOY), '设置表', '学年度', '2026-09-01');
    expect(readDate('2026-09-01', NOY)).toEqual(d(2026, 9, 1));
  });

  test('invalid days are errors', () => {
    expectError(readDate('2026-02-30', Y), '2026-02-30', '2026年2月30日');
    expectError(readDate('2026-13-01', Y));
    expectError(readDate('2026年9月31日', Y));
    expectError(readDate('20260230', Y));
  });

  test('other values', () => {
    expect(readDate('', Y)).toEqual({ kind: 'blank' });
    expect(readDate('   ', Y)).toEqual({ kind: 'blank' });
    expect(readDate(null, Y)).toEqual({ kind: 'blank' });
    expect(readDate(undefined, Y)).toEqual({ kind: 'blank' });
    expectError(readDate('明天', Y), '明天');
    expectError(readDate(true, Y));
    expectError(readDate('#N/A', Y), '#N/A');
    expectError(readDate({ error: '#REF!' }, Y), '#REF!');
    expect(readDate({ formula: 'DATE(2026,9,1)', result: new Date(Date.UTC(2026, 8, 1)) }, Y)).toEqual(d(2026, 9, 1));
    expect(readDate({ richText: [{ text: '2026-' }, { text: '09-01' }] }, Y)).toEqual(d(2026, 9, 1));
  });
});

describe('readMinutes', () => {
  test.each<[unknown, number]>([
    [10, 10],
    [0, 0],
    [7.5, 7.5],
    ['10', 10],
    ['10分钟', 10],
    ['10分', 10],
    ['10 min', 10],
    ['10mins', 10],
    ['10 分钟', 10],
    ['１０分钟', 10],
    ['0.5小时', 30],
    ['1h', 60],
    ['1.5 h', 90],
    ['半小时', 30],
    ['1小时20分钟', 80],
    ['1小时半', 90],
    ['2 hours', 120],
  ])('%p → %p', (v, n) => {
    expect(readMinutes(v)).toEqual(ok(n));
  });

  test('negative and unreadable values are errors', () => {
    expectError(readMinutes(-5), '负数');
    expectError(readMinutes('-5分钟'), '负数');
    expectError(readMinutes('很久'), '很久', '分钟');
    expectError(readMinutes(true));
    expectError(readMinutes('#VALUE!'), '#VALUE!');
    expect(readMinutes('')).toEqual({ kind: 'blank' });
  });

  test('a time-formatted cell from exceljs (0:30) is read as minutes', () => {
    expect(readMinutes(new Date(Date.UTC(1899, 11, 30, 0, 30)))).toEqual(ok(30));
  });
});

describe('readCount', () => {
  test.each<[unknown, number]>([
    [45, 45],
    [0, 0],
    ['45', 45],
    ['45人', 45],
    [' 45 人 ', 45],
    ['４５', 45],
    [45.0, 45],
  ])('%p → %p', (v, n) => {
    expect(readCount(v)).toEqual(ok(n));
  });

  test('non-integers, negatives and text are errors', () => {
    expectError(readCount(45.5), '45.5', '整数');
    expectError(readCount(-1));
    expectError(readCount('-1'));
    expectError(readCount('四十五'));
    expectError(readCount(NaN));
    expectError(readCount({ error: '#DIV/0!' }), '#DIV/0!');
  });
});

describe('cellText and isBlankCell', () => {
  test('text forms', () => {
    expect(cellText('  教室  ')).toEqual(ok('教室'));
    expect(cellText(10)).toEqual(ok('10'));
    expect(cellText(10.0)).toEqual(ok('10'));
    expect(cellText(2023001)).toEqual(ok('2023001'));
    expect(cellText(1.5)).toEqual(ok('1.5'));
    expect(cellText(0.1 + 0.2)).toEqual(ok('0.3'));
    expect(cellText(true)).toEqual(ok('是'));
    expect(cellText(false)).toEqual(ok('否'));
    expect(cellText(new Date(Date.UTC(2026, 8, 1)))).toEqual(ok('2026-09-01'));
  });

  test('exceljs cell objects', () => {
    expect(cellText({ richText: [{ text: '张' }, { text: '三' }] })).toEqual(ok('张三'));
    expect(cellText({ formula: 'A1', result: '教室' })).toEqual(ok('教室'));
    expect(cellText({ sharedFormula: 'A1', result: 7 })).toEqual(ok('7'));
    expect(cellText({ text: '链接', hyperlink: 'https://example.org' })).toEqual(ok('链接'));
    expect(cellText({ text: { richText: [{ text: '富' }] }, hyperlink: 'x' })).toEqual(ok('富'));
    expect(cellText({ formula: 'A1' })).toEqual({ kind: 'blank' });
    expect(cellText({ formula: 'A1', result: { error: '#N/A' } }).kind).toBe('error');
  });

  test.each([
    '#N/A',
    '#VALUE!',
    '#REF!',
    '#DIV/0!',
    '#NUM!',
    '#NAME?',
    '#NULL!',
    '#SPILL!',
    '#CALC!',
    '#BUSY!',
    '#GETTING_DATA',
  ])('error value %s', (e) => {
    expectError(cellText(e), e);
    expectError(cellText({ error: e }), e);
  });

  test('junk values are errors, never exceptions', () => {
    for (const v of [NaN, Infinity, -Infinity, [], [1, 2], {}, { a: { b: 1 } }, Symbol('x'), () => 1, 10n]) {
      expect(cellText(v).kind).toBe('error');
    }
  });

  test('hostile objects (throwing getters, revoked proxies) are errors, never exceptions', () => {
    const throwing = Object.defineProperty({}, 'text', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const v of [throwing, proxy]) {
      expect(() => cellText(v)).not.toThrow();
      expect(cellText(v).kind).toBe('error');
      expect(readDate(v, Y).kind).toBe('error');
    }
  });

  test('blank cells', () => {
    for (const v of ['', '  ', '\u3000', null, undefined, { formula: 'ROW()-3' }, { richText: [] }]) {
      expect(isBlankCell(v)).toBe(true);
    }
    for (const v of [0, 'x', false, '#N/A', new Date(0)]) expect(isBlankCell(v)).toBe(false);
  });
});

describe('readYesNo', () => {
  test('forms', () => {
    for (const v of ['是', true, 'TRUE', '参加', '√']) expect(readYesNo(v)).toEqual(ok(true));
    for (const v of ['否', false, 'FALSE', '未参加', '×']) expect(readYesNo(v)).toEqual(ok(false));
    expectError(readYesNo('也许'), '是', '否');
    expect(readYesNo('')).toEqual({ kind: 'blank' });
  });
});
