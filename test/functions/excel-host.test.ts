// SPEC §4.1 through the Excel calling harness: the three blank encodings, error cells, data-type
// cells, the 1904 date system, whole-column ranges and the memoised judging.
import { clearMemo, memoCounts } from '../../src/functions/memo';
import { args, dateCell, sampleClass, semesterDate, serial, type Matrix, type SampleTables } from './fixtures';
import { excel, excelError, type ExcelHarness } from './harness';

let xl: ExcelHarness;
beforeAll(async () => {
  xl = await excel();
}, 60_000);

const ENCODINGS = ['', null, 0] as const;

/** A copy of the tables with one cell of one record row replaced. */
function withCell(t: SampleTables, key: keyof SampleTables, row: number, header: string, v: unknown): SampleTables {
  const m = (t[key] as Matrix).map((r) => [...r]);
  m[row][(m[0] as string[]).indexOf(header)] = v;
  return { ...t, [key]: m };
}

describe('blank cells as "", null and 0 give identical answers', () => {
  test.each([
    ['财经学院', sampleClass({ trailingBlanks: 4 })],
    ['财经学院 不合格', sampleClass({ meetings: 3, contacted: 2 })],
    ['阿克苏职院', sampleClass({ profile: '阿克苏职院' })],
  ])('%s', (_name, t) => {
    const answers = ENCODINGS.map((blanks) => {
      const h = xl.with({ blanks });
      return [h.value('MINIMUMS', ...args(t)), h.value('GRADE', ...args(t))];
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    // No 学号“0”重复 or similar from blanks read as zeros.
    expect(JSON.stringify(answers[2])).not.toMatch(/“0”/);
  });

  test('0 in the settings table is a blank too (学年开始日期 empty → no date 1899-12-30)', () => {
    const t = sampleClass();
    const zero = xl.with({ blanks: 0 });
    expect(zero.value('MINIMUMS', ...args(t))).toEqual(xl.value('MINIMUMS', ...args(t)));
  });
});

describe('error cells reach the function; only their row is not counted', () => {
  test('#N/A in a meeting’s date: that 班会 does not count and 记录问题 says where', () => {
    const t = withCell(sampleClass(), 'meetings', 3, '日期', excelError('#N/A'));
    const out = xl.value('MINIMUMS', ...args(t));
    // The minimums are those of the same tables without that row.
    const without = { ...t, meetings: (t.meetings as Matrix).filter((_, i) => i !== 3) };
    const clean = xl.value('MINIMUMS', ...args(without));
    const rows = clean.findIndex((r) => r[0] === '记录问题');
    expect(out.slice(0, rows)).toEqual(clean.slice(0, rows));
    const problems = out[out.length - 1];
    expect(problems[0]).toBe('记录问题');
    expect(String(problems[4])).toMatch(/班会记录表 所传表格第4行 “日期”列：.*单元格是错误值 #N\/A/);
  });

  test('#DIV/0! in the roster: the call still answers', () => {
    const t = withCell(sampleClass(), 'roster', 5, '宿舍', excelError('#DIV/0!'));
    expect(xl.call('GRADE', ...args(t))).toHaveProperty('value');
  });

  test('without allowErrorForDataTypeAny Excel answers the error for the whole call (why the build adds it)', () => {
    const bare = xl.with({});
    const meta = { ...bare.meta, allowErrorForDataTypeAny: false };
    const t = withCell(sampleClass(), 'meetings', 3, '日期', excelError('#N/A'));
    const h = new (bare.constructor as new (m: typeof meta) => ExcelHarness)(meta);
    expect(h.call('SCORE', ...args(t))).toEqual({ error: { code: '#N/A', message: '' } });
    expect(xl.meta.allowErrorForDataTypeAny).toBe(true);
  });
});

describe('data-type cells are read by their basic or displayed value', () => {
  test('a formatted number and an entity give the same answer as the plain values', () => {
    const t = sampleClass();
    const meetings = (t.meetings as Matrix).map((r) => [...r]);
    const h = meetings[0] as string[];
    meetings[2][h.indexOf('应到人数')] = { type: 'FormattedNumber', basicValue: 12, numberFormat: '0"人"' };
    meetings[2][h.indexOf('主持人')] = {
      type: 'Entity',
      text: '班长',
      properties: {},
      basicType: 'Error',
      basicValue: '#VALUE!',
    };
    const typed = { ...t, meetings };
    expect(xl.value('MINIMUMS', ...args(typed))).toEqual(xl.value('MINIMUMS', ...args(t)));
  });
});

describe('1904 date system', () => {
  test('the same class in a 1904 workbook gets the same answers once the pane has said so', () => {
    const t = sampleClass();
    const w1904 = xl.with({ date1904: true });
    expect(w1904.value('MINIMUMS', ...args(t))).toEqual(xl.value('MINIMUMS', ...args(t)));
    expect(w1904.value('WEEK', dateCell(2026, 9, 14), dateCell(2026, 9, 7))).toBe(2);
    expect(w1904.value('WEEK', semesterDate(5, 6), '2026-09-07')).toBe(5); // a date cell against typed text
  });

  test('before the pane has told the runtime, serials are read in the 1900 system (documented default)', () => {
    const unknown = xl.with({ date1904: true, paneSeen: false });
    // 2026-09-14 as a 1904 serial read as 1900: 4 years and a day earlier.
    expect(unknown.value('WEEK', dateCell(2026, 9, 14), '2026-09-07')).toBe(-207);
    expect(xl.value('WEEK', serial(2026, 9, 14), '2026-09-07')).toBe(2);
  });
});

describe('whole-column ranges', () => {
  test('tables with 20,000 trailing blank rows answer as the tables themselves', () => {
    const t = sampleClass();
    const long: SampleTables = {};
    for (const [k, m] of Object.entries(t) as Array<[keyof SampleTables, Matrix]>) {
      long[k] = [...m, ...Array.from({ length: 20_000 }, () => m[0].map(() => null))];
    }
    for (const blanks of ENCODINGS) {
      expect(xl.with({ blanks }).value('SCORE', ...args(long))).toBe(xl.value('SCORE', ...args(t)));
    }
  });

  test.each(ENCODINGS)('QUOTA over B:B (blanks as %p) spills as many rows as there are scores', (blanks) => {
    const column: unknown[][] = Array.from({ length: 1_048_576 }, () => [null]);
    [90, 85, 0, 72, 66, 61, 60, 88, 75, 70].forEach((s, i) => (column[i] = [s]));
    const out = xl.with({ blanks }).value<string[][]>('QUOTA', column);
    expect(out).toHaveLength(10);
    expect(out.flat().filter((a) => a === '优秀')).toHaveLength(3);
    expect(out[2][0]).toBe('不合格');
  });

  test('a 0 inside an ordinary range is a score (不合格), also at its end', () => {
    expect(xl.with({ blanks: 0 }).value('QUOTA', [[90], [85], [0]])).toEqual([['合格'], ['合格'], ['不合格']]);
  });
});

describe('memoised judging', () => {
  test('GRADE, SCORE and MINIMUMS over the same tables judge once; a changed cell is judged again', () => {
    const t = sampleClass();
    clearMemo();
    const before = memoCounts();
    xl.value('GRADE', ...args(t));
    xl.value('SCORE', ...args(t));
    xl.value('MINIMUMS', ...args(t));
    const after = memoCounts();
    expect(after.misses - before.misses).toBe(1);
    expect(after.hits - before.hits).toBe(2);
    const fewer = sampleClass({ meetings: 3 });
    expect(xl.value('SCORE', ...args(fewer))).toBe(0);
    expect(xl.with({ date1904: true }).value('SCORE', ...args(t))).toBe(xl.value('SCORE', ...args(t)));
    expect(memoCounts().misses - after.misses).toBe(2); // the changed tables, and the other date system
  });
});
