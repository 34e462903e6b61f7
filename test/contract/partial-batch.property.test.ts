// SPEC §6 "No rollback is assumed", as a property on the in-memory Excel: a batch fails at EVERY
// possible operation index k (the fake applies the operations before k, as Excel may — TOOLING "The
// real host"), the operation is run again if it reported the failure, and the workbook must equal an
// uninterrupted run's: no user cell lost, no record twice, no leftover temporary sheet.
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

/** Every k from 0 to the uninterrupted run's operation count: each must end as the uninterrupted run. */
async function everyIndex(
  setup: () => Promise<FakeExcel>,
  op: (f: FakeExcel) => Promise<unknown>,
  check: (d: WorkbookDump) => void = () => undefined,
): Promise<number> {
  const ref = await setup();
  const start = ref.opsSynced;
  await op(ref);
  const total = ref.opsSynced - start;
  const want = ref.dump();
  check(want);
  for (let k = 0; k < total; k++) {
    const got = (await interrupted(setup, op, k)).dump();
    if (JSON.stringify(got) !== JSON.stringify(want)) expect({ k, got }).toEqual({ k, got: want });
    check(got);
  }
  return total;
}

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
  test('append: each record once, on a fresh table and on one with records', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 3 }), async (before, n) => {
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
        const total = await everyIndex(setup, (f) => append(f.ctx, 'talks', rows));
        expect(total).toBeGreaterThan(3);
      }),
      { numRuns: 6 },
    );
  });

  test('writeSummary: built whole, at its place, user cells kept, no leftover sheet', async () => {
    let evaluation: Evaluation | undefined;
    const evaluationOf = async (f: FakeExcel) => (evaluation ??= evaluate(parseWorkbook((await read(f.ctx)).raw)));
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.boolean(), async (existing, userCell) => {
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
        );
      }),
      { numRuns: 4 },
    );
  });

  // KNOWN GAP (issue 8 item 3, not done yet): ensure builds a new sheet in place, so a batch stopped
  // part-way leaves a half-built sheet that the next run skips as "已有内容". test.failing keeps the
  // gap visible: it starts failing (turns red) the day ensure builds under a temporary name.
  test('ensure: creating every sheet and table finishes the job when run again', async () => {
    const setup = async () => new FakeExcel([{ name: 'Sheet1', cells: { A1: '我的' } }]);
    const total = await everyIndex(
      setup,
      (f) => ensure(f.ctx, OPTIONS),
      (d) => {
        noLeftovers(d);
        expect(d.sheets[0].cells.A1.v).toBe('我的');
      },
    );
    expect(total).toBeGreaterThan(10);
  });
});

test('temporary names stay within Excel’s 31 characters', () => {
  expect(SUMMARY_TEMP_SHEET.length).toBeLessThanOrEqual(31);
  for (const spec of Object.values(TABLES)) expect(tempSheetName(spec.sheet).length).toBeLessThanOrEqual(31);
});
