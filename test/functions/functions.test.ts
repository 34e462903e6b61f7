// The custom functions called through the Excel calling harness (harness.ts: one array for the
// repeating tables, null for omitted optionals, an invocation object last), checked against the rules
// module's own answers on the same data (parseWorkbook + evaluate called here, independently of functions/).
import fc from 'fast-check';
import { FunctionError, functionError } from '../../src/functions/errors';
import { excel, type ExcelHarness } from './harness';
import { parseWorkbook, TABLES, type RawWorkbook, type TableKey } from '../../src/records';
import { allowance, assignQuota, evaluate, points, weekOf } from '../../src/rules';
import { dayFromYMD, serialFromDay } from '../../src/rules/days';
import {
  args,
  rng,
  sampleClass,
  serial,
  semesterSerial,
  shuffleColumns,
  shuffled,
  type Matrix,
  type SampleTables,
} from './fixtures';

let xl: ExcelHarness;
beforeAll(async () => {
  xl = await excel();
}, 60_000);

/** The rules' answer on the same tables: a RawWorkbook built here with header row 1. */
function expected(t: SampleTables) {
  const raw: RawWorkbook = { tables: {}, date1904: false };
  for (const [key, values] of Object.entries(t) as Array<[TableKey, Matrix]>) {
    raw.tables[key] = { key, name: TABLES[key].table, sheet: TABLES[key].sheet, headerRow: 1, values, source: 'table' };
  }
  return evaluate(parseWorkbook(raw));
}

const STATUS: Record<string, string> = { met: '达标', unmet: '未达标', pending: '待学年末', 'n/a': '不适用' };

describe('MINIMUMS / SCORE / GRADE agree with the rules', () => {
  const cases: Array<[string, SampleTables]> = [
    ['财经学院 合格', sampleClass()],
    ['财经学院 不合格 (too few 班会)', sampleClass({ meetings: 3 })],
    ['财经学院 semester 2', sampleClass({ semester: 2, contacted: 12 })],
    ['阿克苏职院', sampleClass({ profile: '阿克苏职院' })],
    ['trailing blank rows', sampleClass({ trailingBlanks: 3 })],
  ];

  test.each(cases)('%s', (_name, t) => {
    const ev = expected(t);
    const out = xl.value('MINIMUMS', ...args(t));
    expect(out[0]).toEqual(['指标', '要求', '实际', '状态', '说明']);
    const rows = out.slice(1, 1 + ev.minimums.length);
    expect(rows).toEqual(ev.minimums.map((m) => [m.name, m.required, m.actual, STATUS[m.status], m.note]));
    // Nothing but the optional 记录问题 row follows the minimums.
    expect(out.length - 1 - ev.minimums.length).toBe(ev.diagnostics.some((d) => d.severity !== 'info') ? 1 : 0);
    expect(xl.value('GRADE', ...args(t))).toBe(ev.grade);
    if (ev.score !== null) expect(xl.value('SCORE', ...args(t))).toBe(ev.score);
  });

  test('the sample 财经学院 class passes with a bonus score', () => {
    const t = sampleClass();
    expect(xl.value('GRADE', ...args(t))).toBe('合格');
    expect(xl.value('SCORE', ...args(t))).toBeGreaterThan(60);
    expect(xl.value('SCORE', ...args(sampleClass({ meetings: 3 })))).toBe(0); // “不合格者不再参加打分”
  });

  test('tables in any order, columns in any order, extra columns and omitted optional arguments', () => {
    const t = sampleClass();
    const base = xl.value('MINIMUMS', ...args(t));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const random = rng(seed);
        const keys = shuffled(Object.keys(t) as TableKey[], random);
        const moved: SampleTables = {};
        for (const k of keys) {
          const m = shuffleColumns(t[k] as Matrix, random);
          // A column the user added: ignored.
          moved[k] = m.map((row, i) => [...row, i === 0 ? '备用列' : 'x']);
        }
        const params: unknown[] = args(moved, keys);
        params.splice(Math.floor(random() * params.length), 0, null); // an empty optional argument
        expect(xl.value('MINIMUMS', ...params)).toEqual(base);
      }),
      { numRuns: 25 },
    );
  });

  test('a bad date in a record table is reported with its row in the passed range, and the row does not count', () => {
    const t = sampleClass();
    const meetings = (t.meetings as Matrix).map((r) => [...r]);
    const dateCol = (meetings[0] as string[]).indexOf('日期');
    meetings[4][dateCol] = '2026-02-30';
    t.meetings = meetings;
    const out = xl.value('MINIMUMS', ...args(t));
    const last = out[out.length - 1];
    expect(last[0]).toBe('记录问题');
    expect(String(last[4])).toMatch(/班会记录表 所传表格第5行 “日期”列/);
    expect(out[1][2]).toBe(expected(t).minimums[0].actual);
    expect(out[1][2]).toBe(6); // 7 rows, one unreadable
  });

  test('blank cells may arrive as null as well as empty strings', () => {
    const t = sampleClass();
    const withNulls: SampleTables = {};
    for (const [k, m] of Object.entries(t) as Array<[TableKey, Matrix]>) {
      withNulls[k] = m.map((row) => row.map((v) => (v === '' ? null : v)));
    }
    expect(xl.value('MINIMUMS', ...args(withNulls))).toEqual(xl.value('MINIMUMS', ...args(t)));
  });
});

test('MINIMUMS: last semester’s rows are one line of the 记录问题 row, not one line each', () => {
  const t = sampleClass();
  const settings = t.settings!.map((row) => [...row]);
  for (const row of settings) {
    if (row[0] === '学期') row[1] = 2;
    if (row[0] === '学期开始日期') row[1] = serial(2027, 2, 22);
  }
  const talks = t.talks!.length - 1;
  const out = xl.value('MINIMUMS', settings, ...Object.entries(t).flatMap(([k, m]) => (k === 'settings' ? [] : [m])));
  const problems = out[out.length - 1];
  expect(problems[0]).toBe('记录问题');
  expect(String(problems[4])).toContain(`谈心记录表第2–${talks + 1}行（共${talks}行）：日期不在本学期内`);
  expect(String(problems[4])).not.toContain('谈心记录表第3行：日期');
});

describe('table errors', () => {
  const t = sampleClass();

  test('no 设置表 → #VALUE! naming the header row expected', () => {
    const e = xl.error('SCORE', ...args(t, ['meetings', 'roster']));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/缺少设置表/);
    expect(e.message).toMatch(/项目 \| 值/);
    expect(e.message).toMatch(/设置表\[#All\]/);
  });

  test('no arguments at all → #VALUE!', () => {
    expect(xl.error('MINIMUMS').code).toBe('#VALUE!');
    expect(xl.error('GRADE', null as unknown as Matrix).message).toMatch(/没有传入任何表格/);
  });

  test('an unknown table (or a table passed without its header row) → #VALUE! saying which headers are expected', () => {
    const noHeader = (t.meetings as Matrix).slice(1);
    for (const bad of [
      [
        ['科目', '成绩'],
        ['数学', 90],
      ],
      noHeader,
    ]) {
      const e = xl.error('MINIMUMS', t.settings as Matrix, bad as Matrix);
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toMatch(/第2个参数无法识别/);
      expect(e.message).toMatch(/班会记录表（主题 \| 日期/);
    }
  });

  test('the same table twice → #VALUE!', () => {
    const e = xl.error('GRADE', t.settings as Matrix, t.meetings as Matrix, t.meetings as Matrix);
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/第3个参数与前面的参数是同一张表（班会记录表）/);
  });

  test('wrong shapes → #VALUE!', () => {
    for (const bad of [42, '设置表', [], [1, 2, 3], { a: 1 }]) {
      const e = xl.error('MINIMUMS', t.settings as Matrix, bad as unknown as Matrix);
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toMatch(/第2个参数/);
    }
  });

  test('阿克苏职院 SCORE → #N/A saying that profile defines no points', () => {
    const a = sampleClass({ profile: '阿克苏职院' });
    const e = xl.error('SCORE', ...args(a));
    expect(e.code).toBe('#N/A');
    expect(e.message).toMatch(/阿克苏职院/);
    expect(e.message).toMatch(/没有规定积分/);
    expect(['称职', '不称职']).toContain(xl.value('GRADE', ...args(a)));
  });
});

describe('POINTS', () => {
  test('equals rules.points on the same counts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 6, maxLength: 6 }), (v) => {
        const size = Math.max(v[5], v[1], v[4]);
        const expectedScore = points({
          meetings: v[0],
          talksTwice: v[1],
          activities: v[2],
          dormsTwice: v[3],
          parentContacts: v[4],
          classSize: size,
        }).score;
        expect(xl.value('POINTS', v[0], v[1], v[2], v[3], v[4], size)).toBe(expectedScore);
      }),
    );
  });

  test('the seed example: 8 班会, 10 students talked twice, 3 activities, 2 dorms twice, 30 of 40 parents', () => {
    // 60 + min(6, 3×2) + min(6, 2×2) + min(8, 2×2) + 2 + min(5, 30−20) = 60 + 6 + 4 + 4 + 2 + 5
    expect(xl.value('POINTS', 8, 10, 3, 2, 30, 40)).toBe(81);
    expect(xl.value('POINTS', 6, 0, 1, 0, 0, 40)).toBe(60);
  });

  test('bad numbers → #VALUE! naming the argument', () => {
    for (const [i, bad] of [
      [0, -1],
      [2, 1.5],
    ] as Array<[number, unknown]>) {
      const v: unknown[] = [6, 1, 1, 1, 1, 30];
      v[i] = bad;
      const e = xl.error('POINTS', ...v);
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toContain(`第${i + 1}个参数`);
    }
    expect(xl.error('POINTS', 6, 50, 1, 1, 1, 30).message).toMatch(/不能超过班级人数/);
    // A `number` parameter: Excel turns text into #VALUE! itself and a blank cell into 0.
    expect(xl.error('POINTS', 6, 1, 1, 'abc', 1, 30)).toEqual({ code: '#VALUE!', message: '' });
    expect(xl.error('POINTS', 6, 1, 1, 1, 1, '').message).toMatch(/不能超过班级人数（0）/);
  });
});

describe('QUOTA', () => {
  test('agrees with rules.assignQuota; a column stays a column', () => {
    const scores = [[90], [85], [0], [72], [66], [61], [60], [88], [75], [70]];
    const items = scores.map(([s]) => ({ score: s, grade: (s === 0 ? '不合格' : '合格') as '合格' | '不合格' }));
    const want = assignQuota(items).map((r) => (r.tie ? `${r.award}（${r.note}）` : r.award));
    const out = xl.value('QUOTA', scores);
    expect(out).toEqual(want.map((w) => [w]));
    expect(out.flat().filter((a) => a === '优秀')).toHaveLength(3); // floor(30% × 10)
    expect(out[2][0]).toBe('不合格');
  });

  test('a row stays a row; blank cells stay blank and are not counted', () => {
    const out = xl.value('QUOTA', [[90, '', 80, 70, null]]);
    expect(out).toEqual([['合格', '', '合格', '合格', '']]); // 3 advisors assessed: q = floor(0.3 × 3) = 0
  });

  test('ties across the cut-off stay 合格 and are flagged', () => {
    const out = xl.value('QUOTA', [[90], [80], [80], [70], [65], [64], [63], [62], [61], [60]], undefined, 0.2);
    expect(out[0][0]).toBe('优秀');
    expect(out[1][0]).toBe('合格（并列，超出名额需人工决定）');
    expect(out[2][0]).toBe('合格（并列，超出名额需人工决定）');
  });

  test('grades, ratio as 30 or 0.3, and errors', () => {
    const scores = [[80], [null], [0]];
    const grades = [['合格'], ['称职'], ['不合格']];
    expect(xl.value('QUOTA', scores, grades, 30)).toEqual(xl.value('QUOTA', scores, grades, 0.3));
    expect(xl.value('QUOTA', scores, grades)[1][0]).toBe('称职');
    expect(xl.error('QUOTA', [[80], [55]]).message).toMatch(/第2行的 55 分/);
    expect(xl.error('QUOTA', [[80], ['abc']]).message).toMatch(/不是分数/);
    expect(xl.error('QUOTA', [[80], [70]], [['合格']]).message).toMatch(/大小不同/);
    expect(xl.error('QUOTA', [[80]], [['良好']]).message).toMatch(/无法识别/);
    expect(xl.error('QUOTA', [[80]], undefined, -1).message).toMatch(/优秀比例/);
    expect(xl.value('QUOTA', 75)).toEqual([['合格']]); // one cell arrives as [[75]]
    expect(xl.error('QUOTA', [[80]], [['合格']], 'x')).toEqual({ code: '#VALUE!', message: '' }); // ratio is a number
  });

  test('property: never more 优秀 than floor(ratio × advisors assessed)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 60, max: 90 })), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 100 }),
        (scores, pct) => {
          const out = xl
            .value(
              'QUOTA',
              scores.map((s) => [s]),
              undefined,
              pct / 100,
            )
            .flat();
          expect(out.filter((a) => a === '优秀').length).toBeLessThanOrEqual(
            Math.floor((pct / 100) * scores.length + 1e-9),
          );
          scores.forEach((s, i) => expect(out[i] === '不合格').toBe(s === 0));
        },
      ),
    );
  });
});

describe('ALLOWANCE', () => {
  test('students × months × rate, as rules.allowance', () => {
    expect(xl.value('ALLOWANCE', 40, 10, '高职')).toBe(4400);
    expect(xl.value('ALLOWANCE', 40, 10, '中职', '兼职')).toBe(5200);
    expect(xl.value('ALLOWANCE', 40, 10, ' 高职 ', '')).toBe((allowance(40, 10, '高职') as { amount: number }).amount);
  });

  test('专职 → #N/A with the rules’ message', () => {
    const e = xl.error('ALLOWANCE', 40, 10, '高职', '专职');
    expect(e.code).toBe('#N/A');
    expect(e.message).toBe((allowance(40, 10, '高职', '专职') as { message: string }).message);
  });

  test('bad input → #VALUE!', () => {
    expect(xl.error('ALLOWANCE', 40, 10, '本科').message).toMatch(/学生类别/);
    expect(xl.error('ALLOWANCE', -1, 10, '高职').message).toMatch(/第1个参数（学生人数）/);
    expect(xl.error('ALLOWANCE', 40, 1.5, '高职').message).toMatch(/第2个参数（月数）/);
    expect(xl.error('ALLOWANCE', 40, 10, '高职', '临时').message).toMatch(/班主任类型/);
  });
});

describe('WEEK', () => {
  const start = serial(2026, 9, 7);

  test('serial numbers and date text', () => {
    expect(xl.value('WEEK', start, start)).toBe(1);
    expect(xl.value('WEEK', semesterSerial(5, 6), start)).toBe(5);
    expect(xl.value('WEEK', '2026-09-14', start)).toBe(2);
    expect(xl.value('WEEK', '2026年9月13日', '2026/9/7')).toBe(1);
    expect(xl.value('WEEK', '9月21日', start)).toBe(3); // year-less: the academic year of the semester start
    expect(xl.value('WEEK', serial(2026, 9, 6), start)).toBe(0);
    expect(xl.value('WEEK', serial(2026, 9, 7) + 0.75, start)).toBe(1); // the time part is ignored
  });

  test('a year-less date takes the academic year (1 August – 31 July, rules/calendar) of the start', () => {
    const spring = serial(2027, 2, 22); // semester 2 of 2026-2027
    expect(xl.value('WEEK', '3月1日', spring)).toBe(2); // 2027-03-01
    expect(xl.value('WEEK', '9月7日', spring)).toBe(weekOf(dayFromYMD(2026, 9, 7), dayFromYMD(2027, 2, 22)));
    const first = serial(2026, 8, 3); // a semester that starts on the first Monday of August
    expect(xl.value('WEEK', '7月31日', first)).toBe(weekOf(dayFromYMD(2027, 7, 31), dayFromYMD(2026, 8, 3)));
    expect(xl.value('WEEK', '8月1日', first)).toBe(0); // 2026-08-01, the Saturday before week 1
  });

  test('property: equals rules.weekOf on the same days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: -400, max: 400 }), (s, delta) => {
        const startDay = dayFromYMD(2000, 1, 1) + s;
        expect(xl.value('WEEK', serialFromDay(startDay + delta), serialFromDay(startDay))).toBe(
          weekOf(startDay + delta, startDay),
        );
      }),
    );
  });

  test('bad dates → #VALUE! naming the argument', () => {
    expect(xl.error('WEEK', '2026-02-30', start).message).toMatch(/第1个参数（日期）/);
    expect(xl.error('WEEK', '明天', start).code).toBe('#VALUE!');
    expect(xl.error('WEEK', '', start).message).toMatch(/是空的/);
    expect(xl.error('WEEK', start, null).message).toMatch(/第2个参数（学期开始日期）/);
    expect(xl.error('WEEK', start, -5).code).toBe('#VALUE!');
  });
});

describe('errors module', () => {
  test('without the CustomFunctions global: a local error with code and message', () => {
    const e = functionError('#N/A', '说明');
    expect(e).toBeInstanceOf(FunctionError);
    expect(functionError('#VALUE!', 'x')).toMatchObject({ code: '#VALUE!' });
    expect(e).toMatchObject({ code: '#N/A', message: '说明' });
  });

  test('with the CustomFunctions global: CustomFunctions.Error with the runtime’s error code', () => {
    class RuntimeError {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    }
    const g = globalThis as Record<string, unknown>;
    g.CustomFunctions = { Error: RuntimeError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };
    try {
      expect(functionError('#N/A', '说明')).toBeInstanceOf(RuntimeError);
      expect(xl.error('ALLOWANCE', 40, 10, '高职', '专职')).toMatchObject({ code: '#N/A' });
      expect(xl.error('WEEK', 'x', 1)).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/第1个参数/) });
    } finally {
      delete g.CustomFunctions;
    }
  });
});
