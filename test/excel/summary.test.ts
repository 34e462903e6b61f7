// 写入量化汇总 on the in-memory Excel (issue 8 item 5): the user's cells of the 量化汇总 sheet are kept,
// or nothing is written and the message names them; syncs counted.
import { append, ensure, read, writeSummary, SUMMARY_TEMP_SHEET } from '../../src/excel';
import { parseWorkbook } from '../../src/records';
import type { RecordInput, TemplateOptions } from '../../src/records/schema';
import { evaluate } from '../../src/rules';
import type { Evaluation } from '../../src/rules/model';
import { dayFromYMD } from '../../src/rules/days';
import { FakeExcel, sheetLayout } from '../support/fake-excel';

const OPTIONS: TemplateOptions = { className: '会计2301', advisor: '王老师', semesterStart: dayFromYMD(2026, 9, 7) };
const AT = new Date(2026, 10, 2, 14, 5);
const SHEET = '量化汇总';

const talk = (i: number, minutes: number | string = 20): RecordInput => ({
  names: `学生${i}`,
  date: { day: dayFromYMD(2026, 9, 8) + i },
  place: '办公室',
  minutes: minutes as number,
  content: '学习情况',
});

async function ready(): Promise<FakeExcel> {
  const fake = new FakeExcel([{ name: 'Sheet1' }]);
  await ensure(fake.ctx, OPTIONS);
  await append(fake.ctx, 'talks', [talk(1)]);
  return fake;
}

const evaluation = async (fake: FakeExcel): Promise<Evaluation> => evaluate(parseWorkbook((await read(fake.ctx)).raw));
const summary = (fake: FakeExcel) => fake.dump().sheets.find((s) => s.name === SHEET)!;
/** The last row of the summary's own cells in A–K. */
const lastRow = (fake: FakeExcel) =>
  Math.max(
    ...Object.keys(summary(fake).cells)
      .filter((a) => /^[A-K]\d+$/.test(a))
      .map((a) => Number(a.slice(1))),
  );

test('the record column L is written and hidden; rewriting our own output replaces it, in 2 syncs', async () => {
  const fake = await ready();
  const e = await evaluation(fake);
  await writeSummary(fake.ctx, e, AT);
  expect(sheetLayout(fake, SHEET).hiddenCols).toEqual([12]);
  expect(String(summary(fake).cells.L1.v)).toMatch(/^bzr1:/);
  const before = summary(fake).cells;
  fake.resetStats();
  await writeSummary(fake.ctx, e, new Date(2026, 10, 3, 9, 0));
  expect(fake.stats.syncs).toBe(2);
  const after = summary(fake).cells;
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  expect(after.D4.v).toBe('2026-11-03 09:00');
  expect(fake.dump().sheets.map((s) => s.name)).not.toContain(SUMMARY_TEMP_SHEET);
});

test('a value typed below the summary and one in a blank cell of its area are kept', async () => {
  const fake = await ready();
  const e = await evaluation(fake);
  await writeSummary(fake.ctx, e, AT);
  const below = `B${lastRow(fake) + 3}`;
  fake.seedSheet({ name: SHEET, cells: { [below]: '我的备注', F2: '旁注', N4: { v: 3, f: '=1+2' } } });
  await writeSummary(fake.ctx, e, AT);
  await writeSummary(fake.ctx, e, AT);
  const cells = summary(fake).cells;
  expect(cells[below].v).toBe('我的备注');
  expect(cells.F2.v).toBe('旁注');
  expect(cells.N4.f).toBe('=1+2');
});

test('a typed cell where the new (longer) summary lands: refused with its address, workbook unchanged, 1 sync', async () => {
  const fake = await ready();
  await writeSummary(fake.ctx, await evaluation(fake), AT);
  const row = lastRow(fake) + 1;
  fake.seedSheet({ name: SHEET, cells: { [`A${row}`]: '我的', [`E${row}`]: '备注' } });
  // Two rows with problems (时长 not a number): two more lines in the 问题 list.
  await append(fake.ctx, 'talks', [talk(2, '很久'), talk(3, '半天')]);
  const e = await evaluation(fake);
  const before = fake.dump();
  fake.resetStats();
  await expect(writeSummary(fake.ctx, e, AT)).rejects.toThrow(
    `量化汇总表的 A${row}、E${row} 中有您自己输入或改动过的内容，更新会覆盖它们。请把它们移到 L 列右边或别的工作表后再更新。`,
  );
  expect(fake.stats.syncs).toBe(1);
  expect(fake.dump()).toEqual(before);
});

test('a user’s edit of one of our cells: refused, workbook unchanged', async () => {
  const fake = await ready();
  const e = await evaluation(fake);
  await writeSummary(fake.ctx, e, AT);
  fake.seedSheet({ name: SHEET, cells: { B2: '我改过的班级' } });
  const before = fake.dump();
  await expect(writeSummary(fake.ctx, e, AT)).rejects.toThrow(/量化汇总表的 B2 中有您自己输入或改动过的内容/);
  expect(fake.dump()).toEqual(before);
});

test('a user’s own sheet called 量化汇总 is still refused as such (not as covered cells)', async () => {
  const fake = await ready();
  fake.seedSheet({ name: SHEET, cells: { A1: '我的汇总', B2: 99 } });
  await expect(writeSummary(fake.ctx, await evaluation(fake), AT)).rejects.toThrow(/不是由本加载项生成的/);
});

test('a batch stopped at any operation, then run again: the typed cell below the summary is kept', async () => {
  const base = await ready();
  const e = await evaluation(base);
  await writeSummary(base.ctx, e, AT);
  const below = `A${lastRow(base) + 2}`;
  base.seedSheet({ name: SHEET, cells: { [below]: '我的备注' } });
  const clean = base.fork();
  await writeSummary(clean.ctx, e, AT);
  const expected = clean.dump();
  const probe = base.fork();
  probe.resetStats();
  await writeSummary(probe.ctx, e, AT);
  const total = probe.stats.ops;
  // The fake's operations are alike in runs (one value/format write after another): every 4th index
  // and the last ten (the sheet swap: delete the old, rename the new) keep the test short.
  const ks = Array.from({ length: total }, (_, k) => k).filter((k) => k % 4 === 0 || k >= total - 10);
  expect(ks.length).toBeGreaterThan(10);
  for (const k of ks) {
    const f = base.fork();
    f.resetStats();
    f.failAtOp(k);
    await writeSummary(f.ctx, e, AT).catch(async () => writeSummary(f.ctx, e, AT));
    expect({ k, dump: f.dump() }).toEqual({ k, dump: expected });
    expect(sheetLayout(f, SHEET).hiddenCols).toEqual([12]);
  }
});
