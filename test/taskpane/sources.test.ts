// The task pane's data paths, as the buttons use them: in Excel (Excel.run over the in-memory Excel) and
// in the stand-alone mode (a File read in memory). The page itself is tested in Chromium by
// test/manifest/build.test.ts.
import * as office from '../../src/excel';
import { SUMMARY_MARKER } from '../../src/records/summary';
import { TABLES, TABLE_KEYS } from '../../src/records/schema';
import { dayFromYMD } from '../../src/rules/days';
import { describeEnsure } from '../../src/taskpane/messages';
import {
  describeError,
  judgeFile,
  judgeOpenWorkbook,
  judgeSample,
  ensureOpenWorkbook,
  writeSummaryToOpenWorkbook,
} from '../../src/taskpane/sources';
import { createWorkbook, writeWorkbookBuffer } from '../../src/xlsx';
import { FakeExcel } from '../support/fake-excel';

const START = dayFromYMD(2026, 9, 7);
let fake: FakeExcel;

beforeEach(() => {
  fake = new FakeExcel([{ name: 'Sheet1' }]);
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(fake.ctx),
  };
});
afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

test('创建/修复记录表 makes every table; a second click changes nothing and says so', async () => {
  const first = await ensureOpenWorkbook({});
  expect(first.createdTables).toEqual(TABLE_KEYS.map((k) => TABLES[k].table));
  expect(describeEnsure(first)).toContain('新建表格：设置表、学生名册表');
  const second = await ensureOpenWorkbook({});
  expect(second.changed).toBe(false);
  expect(describeEnsure(second)).toBe('记录表齐全，无需修复。');
});

test('a sheet of ours that holds the user’s own data is reported, not touched', async () => {
  fake = new FakeExcel([{ name: '谈心记录', rows: [['我的笔记'], ['不要动']] }]);
  const before = JSON.stringify(fake.dump().sheets.find((s) => s.name === '谈心记录'));
  const report = await ensureOpenWorkbook({});
  expect(report.skipped.map((s) => s.sheet)).toContain('谈心记录');
  expect(describeEnsure(report)).toMatch(/未改动“谈心记录”/);
  expect(JSON.stringify(fake.dump().sheets.find((s) => s.name === '谈心记录'))).toBe(before);
});

test('刷新 judges what the teacher typed into the open workbook', async () => {
  await ensureOpenWorkbook({
    className: '会计2301',
    advisor: '王丽',
    academicYear: '2026-2027',
    semester: 1,
    semesterStart: START,
  });
  await Excel.run((ctx) =>
    office.append(ctx, 'roster', [
      { id: '2023001', name: '艾力·买买提', dorm: '3号楼201' },
      { id: '2023002', name: '张三', dorm: '3号楼201' },
    ]),
  );
  await Excel.run((ctx) =>
    office.append(ctx, 'talks', [
      { names: '艾力・买买提', date: { day: START + 3 }, place: '办公室', minutes: '10分钟', content: '学习计划' },
    ]),
  );
  const { evaluation, source } = await judgeOpenWorkbook();
  expect(source).toBe('当前工作簿');
  expect(evaluation.class).toBe('会计2301');
  const talks = evaluation.minimums.find((m) => m.id === 'talks')!;
  expect([talks.actual, talks.required, talks.status]).toEqual([1, 2, 'unmet']);
  expect(talks.missing).toEqual(['张三']);
  expect(evaluation.grade).toBe('不合格');
});

test('写入量化汇总 writes our summary sheet from a fresh judgement', async () => {
  await ensureOpenWorkbook({});
  const { evaluation } = await judgeOpenWorkbook();
  await writeSummaryToOpenWorkbook(evaluation);
  const summary = fake.dump().sheets.find((s) => s.name === '量化汇总');
  expect(summary).toBeDefined();
  expect(JSON.stringify(summary)).toContain(SUMMARY_MARKER);
});

test('stand-alone mode: a chosen .xlsx file and the built-in sample are judged in memory', async () => {
  const wb = await createWorkbook({ className: '电商2402', advisor: '李老师', semester: 1, semesterStart: START });
  const file = new File([new Uint8Array(await writeWorkbookBuffer(wb))], '电商2402.xlsx');
  const judged = await judgeFile(file);
  expect(judged.source).toBe('电商2402.xlsx');
  expect(judged.evaluation.class).toBe('电商2402');
  expect(judged.evaluation.grade).toBe('不合格');

  const sample = await judgeSample();
  expect(sample.evaluation.grade).toBe('合格');
  expect(sample.evaluation.score).toBeGreaterThanOrEqual(60);
});

test('failures read in Chinese', async () => {
  await expect(judgeFile(new File([new Uint8Array([1, 2, 3])], 'x.xlsx'))).rejects.toThrow(/不是 Excel 工作簿/);
  // The page speaks Chinese only: Office's English words are not shown.
  expect(describeError(new Error('GeneralException'))).toMatch(/^操作没有完成。请稍后重试/);
  expect(describeError(new Error('GeneralException'))).not.toMatch(/[A-Za-z]/);
  expect(describeError(new Error('找不到文件'))).toBe('找不到文件');
});
