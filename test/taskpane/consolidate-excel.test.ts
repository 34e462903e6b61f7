// 「写入当前工作簿」 in Excel (src/taskpane/consolidate/output.ts) on the in-memory Excel: the summary's
// five sheets in 1 + 5 × 2 syncs; written again, our own sheets (marker in A1) are replaced; nothing at
// all is written when a user's sheet has one of the names (the real host has no rollback, TOOLING
// “The real host”: the check comes before any write).
import { consolidate } from '../../src/consolidate/core';
import { SHEETS } from '../../src/consolidate/labels';
import { summaryMarker } from '../../src/consolidate/marker';
import type { ClassFileOk } from '../../src/consolidate/types';
import { writeIntoWorkbook } from '../../src/taskpane/consolidate/output';
import { classResult } from '../consolidate/results';
import { FakeExcel } from '../support/fake-excel';

const cls = (i: number, score: number): ClassFileOk => classResult(i, '合格', score);

const c = consolidate([cls(1, 75), cls(2, 72), cls(3, 70), cls(4, 68)], {
  ratio: 0.3,
  mask: false,
  history: [],
  date: '2027-01-15',
});

it('writes the five summary sheets into the open workbook in 11 syncs', async () => {
  const fake = new FakeExcel([{ name: 'Sheet1' }]);
  const names = await writeIntoWorkbook(c, fake.ctx);
  expect(names).toEqual(Object.values(SHEETS));
  expect(fake.stats.syncs).toBe(11);
  const sheet = fake.dump().sheets.map((s) => s.name);
  expect(sheet).toEqual(expect.arrayContaining(['Sheet1', ...Object.values(SHEETS)]));
  expect(fake.grid(SHEETS.summary, 'A1:B3')).toEqual([
    [summaryMarker(SHEETS.summary), ''],
    ['排名', '班主任'],
    [1, '老师1'],
  ]);
});

it('a second write replaces its own earlier sheets, in place, with the new results', async () => {
  const fake = new FakeExcel([{ name: 'Sheet1' }]);
  await writeIntoWorkbook(c, fake.ctx);
  const before = fake.dump().sheets.map((s) => s.name);
  const again = consolidate([cls(1, 60), cls(2, 80)], { ratio: 0.5, mask: false, history: [], date: '2027-01-16' });
  await expect(writeIntoWorkbook(again, fake.ctx)).resolves.toEqual(Object.values(SHEETS));
  expect(fake.dump().sheets.map((s) => s.name)).toEqual(before);
  expect(fake.grid(SHEETS.summary, 'A2:B4')).toEqual([
    ['排名', '班主任'],
    [1, '老师2'],
    [2, '老师1'],
  ]);
});

it("writes nothing when a user's sheet has a summary sheet's name", async () => {
  const fake = new FakeExcel([{ name: 'Sheet1' }, { name: SHEETS.notes, rows: [['我的笔记']] }]);
  await expect(writeIntoWorkbook(c, fake.ctx)).rejects.toThrow(/已有工作表“说明”.*不是本加载项写入的汇总.*没有写入/);
  expect(fake.stats.syncs).toBe(1);
  expect(fake.dump().sheets.map((s) => s.name)).toEqual(['Sheet1', SHEETS.notes]);
  expect(fake.grid(SHEETS.notes, 'A1')).toEqual([['我的笔记']]);
});

it("refuses a user's sheet even next to our own earlier ones, and leaves ours as they were", async () => {
  const fake = new FakeExcel([{ name: 'Sheet1' }]);
  await writeIntoWorkbook(c, fake.ctx);
  fake.ctx.workbook.worksheets.getItem(SHEETS.problems).delete();
  fake.ctx.workbook.worksheets.add(SHEETS.problems).getRange('A1').values = [['我的问题清单']];
  await fake.ctx.sync();
  const syncs = fake.stats.syncs;
  await expect(writeIntoWorkbook(c, fake.ctx)).rejects.toThrow(/已有工作表“问题”/);
  expect(fake.stats.syncs - syncs).toBe(1);
  expect(fake.grid(SHEETS.problems, 'A1')).toEqual([['我的问题清单']]);
  expect(fake.grid(SHEETS.summary, 'A3:B3')).toEqual([[1, '老师1']]);
});
