import fc from 'fast-check';
import {
  TABLES,
  TABLE_KEYS,
  parseWorkbook,
  readCount,
  readDate,
  readMinutes,
  cellText,
  type RawWorkbook,
  type TableKey,
} from '../../src/records';
import { headerOf, rowOf, DEFAULT_SETTINGS, ROSTER, MEETING, TALK } from './helpers';

const CJK = /[\u4e00-\u9fff]/;

/** Any cell value Office.js or exceljs could hand over, and some they never would. */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.constantFrom('张三', '艾力·买买提', '艾力 ・ 买买提', '王五、陈七', '全部', '1-101', '班委会', '是', '否', '参加'),
  fc.constantFrom(
    '2026-09-01',
    '2026/9/1 8:00',
    '9月1日',
    '09-01',
    '20260901',
    '2026-02-30',
    '2026年13月1日',
    '0.5小时',
    '10分钟',
    '45人',
    '-3',
  ),
  fc.integer().map(String),
  fc.double().map(String),
  fc.double(),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -0, 60, 20260901, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(''),
  fc.date({ noInvalidDate: false }),
  fc.constant(new Date(NaN)),
  fc.constantFrom(
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
  ),
  fc.record({ error: fc.constantFrom('#N/A', '#REF!', '', 5 as unknown as string) }),
  fc.record({ richText: fc.array(fc.oneof(fc.record({ text: fc.string() }), fc.anything())) }),
  fc.record({
    formula: fc.string(),
    result: fc.oneof(
      fc.string(),
      fc.double(),
      fc.date(),
      fc.constant(undefined),
      fc.record({ error: fc.constant('#N/A') }),
    ),
  }),
  fc.record({ sharedFormula: fc.string(), result: fc.anything() }),
  fc.record({ text: fc.anything(), hyperlink: fc.string() }),
  fc.anything(),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object(),
);

const anyRow = fc.array(anyCell, { maxLength: 16 });

/** A table whose header is the schema's (possibly shuffled) or garbage, then random rows. */
function anyTable(key: TableKey) {
  return fc.record({
    header: fc.oneof(
      fc.constant(headerOf(key)),
      fc.shuffledSubarray(headerOf(key)),
      fc.array(anyCell, { maxLength: 10 }),
    ),
    rows: fc.array(
      fc.oneof(
        anyRow,
        // mostly-valid rows with a few cells replaced
        fc.tuple(fc.nat(15), anyCell).map(([i, v]) => {
          const base =
            key === 'meetings' ? rowOf(key, MEETING) : key === 'talks' ? rowOf(key, TALK) : headerOf(key).map(() => '');
          base[i % Math.max(1, base.length)] = v;
          return base;
        }),
      ),
      { maxLength: 8 },
    ),
    headerRow: fc.oneof(fc.constant(3), fc.integer({ min: 1, max: 100 })),
  });
}

const anyWorkbook: fc.Arbitrary<RawWorkbook> = fc
  .record({
    tables: fc.record(
      Object.fromEntries(TABLE_KEYS.map((k) => [k, anyTable(k)])) as Record<TableKey, ReturnType<typeof anyTable>>,
      { requiredKeys: [] },
    ),
    date1904: fc.boolean(),
    withSettings: fc.boolean(),
    withRoster: fc.boolean(),
  })
  .map(({ tables, date1904, withSettings, withRoster }) => {
    const raw: RawWorkbook = { tables: {}, date1904 };
    if (withSettings) {
      raw.tables.settings = {
        key: 'settings',
        name: '设置表',
        sheet: '设置',
        headerRow: 3,
        values: [['项目', '值'], ...Object.entries(DEFAULT_SETTINGS)],
        source: 'table',
      };
    }
    if (withRoster) {
      raw.tables.roster = {
        key: 'roster',
        name: '学生名册表',
        sheet: '学生名册',
        headerRow: 3,
        values: [headerOf('roster'), ...ROSTER.map((s) => rowOf('roster', s))],
        source: 'table',
      };
    }
    for (const [k, t] of Object.entries(tables) as Array<
      [TableKey, { header: unknown[]; rows: unknown[][]; headerRow: number }]
    >) {
      raw.tables[k] = {
        key: k,
        name: TABLES[k].table,
        sheet: TABLES[k].sheet,
        headerRow: t.headerRow,
        values: [t.header, ...t.rows],
        source: 'table',
      };
    }
    return raw;
  });

describe('parseWorkbook properties', () => {
  test('never throws; every diagnostic has a Chinese message and a row inside its table or null', () => {
    fc.assert(
      fc.property(anyWorkbook, (raw) => {
        const r = parseWorkbook(raw);
        const byName = new Map(Object.values(raw.tables).map((t) => [t!.name, t!]));
        for (const d of r.diagnostics) {
          expect(d.message.length).toBeGreaterThan(0);
          expect(d.message).toMatch(CJK);
          expect(['error', 'warning', 'info']).toContain(d.severity);
          if (d.row !== null) {
            const t = byName.get(d.table);
            expect(t).toBeDefined();
            expect(d.row).toBeGreaterThan(t!.headerRow);
            expect(d.row).toBeLessThan(t!.headerRow + t!.values.length);
          }
        }
        // Records are only ever complete rows: their rows lie inside their table, their dates are days.
        for (const key of ['meetings', 'talks', 'interviews', 'activities', 'dormVisits', 'parentContacts'] as const) {
          for (const rec of r[key]) {
            expect(Number.isInteger(rec.date)).toBe(true);
            expect(rec.row).toBeGreaterThan(raw.tables[key]!.headerRow);
          }
        }
        for (const t of [...r.talks, ...r.interviews]) {
          expect(t.students.length).toBeLessThanOrEqual(t.size);
          expect(new Set(t.students).size).toBe(t.students.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('readers never throw on any value', () => {
    fc.assert(
      fc.property(
        anyCell,
        fc.boolean(),
        fc.option(fc.integer({ min: 1900, max: 2999 })),
        (v, date1904, academicYear) => {
          for (const r of [readDate(v, { date1904, academicYear }), readMinutes(v), readCount(v), cellText(v)]) {
            expect(['ok', 'blank', 'error']).toContain(r.kind);
            if (r.kind === 'error') expect(r.message).toMatch(CJK);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('a date written as yyyy-mm-dd reads back as that day in every text form', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (date) => {
          const y = date.getUTCFullYear();
          const m = date.getUTCMonth() + 1;
          const d = date.getUTCDate();
          const day = Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
          const p = (n: number) => String(n).padStart(2, '0');
          const ctx = { date1904: false, academicYear: null };
          for (const s of [
            `${y}-${p(m)}-${p(d)}`,
            `${y}/${m}/${d}`,
            `${y}.${m}.${d}`,
            `${y}年${m}月${d}日`,
            `${y}${p(m)}${p(d)}`,
            `${y}-${p(m)}-${p(d)} 12:34`,
          ]) {
            expect(readDate(s, ctx)).toEqual({ kind: 'ok', value: day });
          }
        },
      ),
    );
  });
});
