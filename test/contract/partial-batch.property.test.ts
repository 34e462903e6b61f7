// SPEC §6 "No rollback is assumed", as a property on the in-memory Excel: a batch fails at an
// operation index k (the fake applies the operations before k, as Excel may — TOOLING "The real
// host"), the operation is run again if it reported the failure, and the workbook must equal an
// uninterrupted run's: no user cell lost, no record twice, no leftover temporary sheet. Every
// structural operation index is failed; the value/format writes between them are sampled per slice
// of the batch (fast-check seeds the sample); the coverage per case is printed at the end.
import fc from 'fast-check';
import { append, ensure, read, writeSummary, SUMMARY_TEMP_SHEET, tempSheetName } from '../../src/excel';
import { parseWorkbook } from '../../src/records';
import { TABLES, type RecordInput, type TemplateOptions } from '../../src/records/schema';
import { evaluate } from '../../src/rules';
import type { Evaluation } from '../../src/rules/model';
import { dayFromYMD } from '../../src/rules/days';
import { FakeExcel, type SeedSheet, type WorkbookDump } from '../support/fake-excel';

const OPTIONS: TemplateOptions = {
  className: '会计2301',
  advisor: '王老师',
  academicYear: '2026-2027',
  semester: 1,
  semesterStart: dayFromYMD(2026, 9, 7),
};
const AT = new Date(2026, 10, 2, 14, 5);

const talk = (i: number): RecordInput => ({
  names: `学生${i}`,
  date: { day: dayFromYMD(2026, 9, 7) + i },
  place: '办公室',
  minutes: 10 + i,
  content: `第${i}次谈心`,
});

/** Runs `op` on a fresh workbook from `setup`, failing the batch that carries operation k. */
async function interrupted(setup: () => Promise<FakeExcel>, op: (f: FakeExcel) => Promise<unknown>, k: number) {
  const fake = await setup();
  fake.failAtOp(k);
  let failed = false;
  try {
    await op(fake);
  } catch {
    failed = true;
  }
  if (failed) await op(fake);
  return fake;
}

/**
 * The operation indexes to fail at: EVERY operation that changes the workbook's structure (adds,
 * moves, renames or deletes a sheet or a table, or changes a table's size) — the steps whose order
 * makes a write safe — plus the first and last few, plus one value/format write picked at random in
 * each of `strata` equal slices of the batch (those writes are alike: sampling them keeps the test
 * fast without skipping any kind of step).
 */
function chosenIndexes(total: number, structural: ReadonlySet<number>, strata: number, seed: number): number[] {
  // A short batch is failed at every index.
  if (total <= strata + 8) return Array.from({ length: total }, (_, k) => k);
  const pick = new Set<number>(structural);
  for (let k = 0; k < Math.min(total, 4); k++) pick.add(k).add(total - 1 - k);
  let x = seed >>> 0 || 1;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const size = total / strata;
  for (let i = 0; i < strata && size >= 1; i++) pick.add(Math.floor(i * size + next() * size));
  return [...pick].filter((k) => k >= 0 && k < total).sort((a, b) => a - b);
}

/** Sheet and table names, their order and table ranges: what a structural operation changes. */
function shape(f: FakeExcel): string {
  const st = f.state;
  return JSON.stringify([
    st.sheets.map((s) => s.name),
    st.tables.map((t) => [t.name, t.sheetId, t.r0, t.c0, t.r1, t.c1]),
  ]);
}

/** Failures at the chosen indexes (see chosenIndexes): each run must end as the uninterrupted run. */
async function everyIndex(
  name: string,
  setup: () => Promise<FakeExcel>,
  op: (f: FakeExcel) => Promise<unknown>,
  check: (d: WorkbookDump) => void = () => undefined,
  { strata = 24, seed = 1 }: { strata?: number; seed?: number } = {},
): Promise<number> {
  const ref = await setup();
  const start = ref.opsSynced;
  const structural = new Set<number>();
  let before = shape(ref);
  ref.afterOp = (n) => {
    const now = shape(ref);
    if (now !== before) structural.add(n - start);
    before = now;
  };
  await op(ref);
  ref.afterOp = undefined;
  const total = ref.opsSynced - start;
  const want = ref.dump();
  check(want);
  const ks = chosenIndexes(total, structural, strata, seed);
  for (const k of ks) {
    const got = (await interrupted(setup, op, k)).dump();
    if (JSON.stringify(got) !== JSON.stringify(want)) expect({ k, got }).toEqual({ k, got: want });
    check(got);
  }
  covered.push(`${name}: ${ks.length} of ${total} operation indexes (${structural.size} structural, all of them)`);
  return total;
}

const covered: string[] = [];
afterAll(() => console.log(`partial-batch coverage:\n${covered.join('\n')}`));

const noLeftovers = (d: WorkbookDump) => {
  const names = d.sheets.map((s) => s.name);
  expect(names.filter((n) => n.endsWith('（生成中）'))).toEqual([]);
  expect(d.tables.filter((t) => t.name.endsWith('_new'))).toEqual([]);
};

const prepared = new Map<string, FakeExcel>();
/** A workbook after ensure; built once per seed, then forked (ensure is the slow part). */
async function ready(seed: SeedSheet[] = [{ name: 'Sheet1' }]): Promise<FakeExcel> {
  const id = JSON.stringify(seed);
  if (!prepared.has(id)) {
    const fake = new FakeExcel(seed);
    await ensure(fake.ctx, OPTIONS);
    prepared.set(id, fake);
  }
  return prepared.get(id)!.fork();
}

describe('a batch that stops at any operation, then the same operation again', () => {
  // A fresh table (its one blank row) and tables with records; one to three records appended. The
  // batch is short, so every operation index is failed in each case.
  test.each([
    [0, 1],
    [0, 3],
    [1, 2],
    [2, 3],
  ])('append (%i records before, %i appended): each record once', async (before, n) => {
    const setup = async () => {
      const fake = await ready();
      if (before > 0)
        await append(
          fake.ctx,
          'talks',
          Array.from({ length: before }, (_, i) => talk(i)),
        );
      return fake;
    };
    const rows = Array.from({ length: n }, (_, i) => talk(10 + i));
    const total = await everyIndex(`append ${before}+${n}`, setup, (f) => append(f.ctx, 'talks', rows));
    expect(total).toBeGreaterThan(3);
  });

  // Every combination of (an earlier summary exists, a user typed cells right of it).
  test.each([
    [false, false],
    [true, false],
    [true, true],
  ])(
    'writeSummary (earlier summary %s, user cells %s): built whole, at its place, user cells kept, no leftover',
    async (existing, userCell) => {
      let evaluation: Evaluation | undefined;
      const evaluationOf = async (f: FakeExcel) => (evaluation ??= evaluate(parseWorkbook((await read(f.ctx)).raw)));
      await fc.assert(
        fc.asyncProperty(fc.integer(), async (seed) => {
          const setup = async () => {
            const fake = await ready([{ name: 'Sheet1' }, { name: '封面', cells: { A1: '封面' } }]);
            if (existing) {
              await writeSummary(fake.ctx, await evaluationOf(fake), new Date(2026, 9, 1));
              // The summary placed before 封面, as a user may have moved it.
              const s = fake.state.sheets.find((x) => x.name === '量化汇总')!;
              fake.state.sheets.splice(fake.state.sheets.indexOf(s), 1);
              fake.state.sheets.splice(1, 0, s);
              if (userCell) fake.seedSheet({ name: '量化汇总', cells: { M3: '我的备注', N4: { v: 3, f: '=1+2' } } });
            }
            return fake;
          };
          await everyIndex(
            `writeSummary ${existing ? 'over an earlier one' : 'new'}${userCell ? ' with user cells' : ''}`,
            setup,
            async (f) => writeSummary(f.ctx, await evaluationOf(f), AT),
            (d) => {
              noLeftovers(d);
              const sheet = d.sheets.find((s) => s.name === '量化汇总')!;
              if (existing) expect(d.sheets.findIndex((s) => s.name === '量化汇总')).toBe(1);
              if (existing && userCell) {
                expect(sheet.cells.M3.v).toBe('我的备注');
                expect(sheet.cells.N4.f).toBe('=1+2');
              }
            },
            { seed },
          );
        }),
        { numRuns: 1 },
      );
    },
  );

  test('ensure: creating every sheet and table finishes the job when run again', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), async (seed) => {
        const setup = async () => new FakeExcel([{ name: 'Sheet1', cells: { A1: '我的' } }]);
        const total = await everyIndex(
          'ensure on a new workbook',
          setup,
          (f) => ensure(f.ctx, OPTIONS),
          (d) => {
            noLeftovers(d);
            expect(d.sheets[0].cells.A1.v).toBe('我的');
          },
          { seed },
        );
        expect(total).toBeGreaterThan(10);
      }),
      { numRuns: 1 },
    );
  });

  test('ensure: repair (an emptied sheet rebuilt in its place, a missing column added and formatted)', async () => {
    const talks = TABLES.talks;
    const meetings = TABLES.meetings;
    const setup = async () => {
      const fake = await ready([{ name: 'Sheet1', cells: { A1: '我的' } }]);
      const st = fake.state;
      // 谈心记录表 without its last column (cells gone, table narrower).
      const t = st.tables.find((x) => x.name === talks.table)!;
      const sheet = st.sheets.find((x) => x.id === t.sheetId)!;
      for (const k of [...sheet.cells.keys()]) if (Number(k.split(',')[1]) === t.c1) sheet.cells.delete(k);
      t.c1--;
      // The 班会记录 sheet emptied by a user (kept, as an empty sheet, at its place).
      const m = st.tables.find((x) => x.name === meetings.table)!;
      const ms = st.sheets.find((x) => x.id === m.sheetId)!;
      st.tables.splice(st.tables.indexOf(m), 1);
      ms.cells.clear();
      ms.validations = [];
      return fake;
    };
    await fc.assert(
      fc.asyncProperty(fc.integer(), async (seed) => {
        const total = await everyIndex(
          'ensure repairing a workbook',
          setup,
          (f) => ensure(f.ctx, OPTIONS),
          (d) => {
            noLeftovers(d);
            const headers = d.tables.find((x) => x.name === talks.table)!.headers;
            expect(headers).toEqual(talks.columns.map((c) => c.header));
            const sheetNames = d.sheets.map((s) => s.name);
            expect(d.tables.find((x) => x.name === meetings.table)?.sheet).toBe(meetings.sheet);
            expect(sheetNames.filter((n) => n === meetings.sheet)).toHaveLength(1);
          },
          { seed },
        );
        expect(total).toBeGreaterThan(10);
      }),
      { numRuns: 1 },
    );
  });
});

test('temporary names stay within Excel’s 31 characters', () => {
  expect(SUMMARY_TEMP_SHEET.length).toBeLessThanOrEqual(31);
  for (const spec of Object.values(TABLES)) expect(tempSheetName(spec.sheet).length).toBeLessThanOrEqual(31);
});
