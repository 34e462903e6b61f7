// The conflicting-table rule (docs/rules.md “表格归属”): a user's own table named like ours on another
// sheet is left alone by repair (the message names its sheet) and not read; the readers read our
// sheet instead and say so. The same through exceljs (src/xlsx), the streaming reader (src/intake)
// and Office.js on the in-memory Excel (src/excel).
import type * as ExcelJS from 'exceljs';
import { ensure as excelEnsure, read as excelRead } from '../../src/excel';
import { readXlsx } from '../../src/intake';
import { planEnsure } from '../../src/plans/repair';
import { TABLES, TABLE_KEYS } from '../../src/records/schema';
import { headerMatch, isOurTable } from '../../src/records/sheet';
import { ensure, findTable, read, tableRect, writeWorkbookBuffer } from '../../src/xlsx';
import { FakeExcel } from '../support/fake-excel';
import { OPTIONS, newWorkbook, roundTrip, snapshot, tableModel } from './helpers';

/** A user's table named 班会记录表 on their own sheet, header `headers`, one row. */
function userTable(wb: ExcelJS.Workbook, sheet: string, headers: string[], row: unknown[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet);
  ws.addTable({
    name: '班会记录表',
    ref: 'B2',
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: [row],
  });
  return ws;
}

/** A header typed on our sheet (no Excel table): enough of our columns to be found. */
const HEADERS = ['编号', '主题', '日期', '地点', '主持人', '记录人'];

const cellsOf = (wb: ExcelJS.Workbook, sheet: string) =>
  Object.fromEntries(Object.entries(snapshot(wb)).filter(([a]) => a.startsWith(`${sheet}!`)));

describe('whose table is it (records/sheet isOurTable)', () => {
  it('on our sheet a table is ours whatever its header; elsewhere only when the header looks like ours', () => {
    expect(isOurTable('meetings', '班会记录', ['姓名', '成绩'])).toBe(true);
    expect(isOurTable('meetings', ' 班会记录 ', [])).toBe(true);
    expect(isOurTable('meetings', '我的班会', ['姓名', '成绩'])).toBe(false);
    // One of our columns is too few (it would have been widened before this rule).
    expect(isOurTable('meetings', '我的班会', ['日期', '成绩'])).toBe(false);
    expect(isOurTable('meetings', '班会记录（2026）', ['主题', '日期'])).toBe(true);
    expect(isOurTable('settings', '我的设置', ['项目', '数值'])).toBe(false);
    // Loose cells need more to be taken for a header: half of the required columns too.
    expect(headerMatch('meetings', ['主题', '日期', '地点'])).toBe(0);
    expect(headerMatch('meetings', ['主题', '日期', '地点', '主持人'])).toBe(4);
  });

  it('the plan skips a user table with a message naming its sheet, with or without our sheet', () => {
    const table = { sheet: '我的班会', headers: ['日期', '成绩'], rightFree: true };
    const alone = planEnsure({ meetings: { table } }, OPTIONS);
    expect(alone.addColumns).toEqual([]);
    expect(alone.create.map((c) => c.key)).toEqual(TABLE_KEYS.filter((k) => k !== 'meetings'));
    expect(alone.report.skipped).toEqual([
      {
        sheet: '我的班会',
        reason: expect.stringMatching(/工作表“我的班会”中的表格“班会记录表”.*没有改动它.*改名.*会新建工作表“班会记录”/),
      },
    ]);
    const withSheet = planEnsure({ meetings: { table, sheet: { name: '班会记录', empty: false } } }, OPTIONS);
    expect(withSheet.report.skipped[0].reason).toMatch(/按工作表“班会记录”的内容读取/);
  });
});

describe('a user table named 班会记录表 on another sheet (exceljs)', () => {
  it('is not widened by repair; the report names its sheet; a second run changes nothing', async () => {
    const wb = newWorkbook();
    userTable(wb, '我的班会', ['日期', '成绩'], ['2026-09-08', 90]);
    const loaded = await roundTrip(wb);
    const before = cellsOf(loaded, '我的班会');
    const report = ensure(loaded, OPTIONS);
    expect(report.addedColumns).toEqual([]);
    expect(report.skipped.map((s) => s.sheet)).toEqual(['我的班会']);
    expect(report.createdTables).not.toContain('班会记录表');
    expect(loaded.getWorksheet('班会记录')).toBeUndefined();
    expect(tableModel(loaded.getWorksheet('我的班会')!).tableRef).toBe('B2:C3');
    expect(cellsOf(loaded, '我的班会')).toEqual(before);

    const again = await roundTrip(loaded);
    const all = snapshot(again);
    expect(ensure(again, OPTIONS)).toEqual({ ...report, createdSheets: [], createdTables: [], changed: false });
    expect(snapshot(again)).toEqual(all);
  });

  it('is not read: our sheet 班会记录 is read by its name, and every reader says so naming both sheets', async () => {
    const wb = newWorkbook();
    userTable(wb, '我的班会', ['日期', '成绩'], ['2026-09-08', 90]);
    const ours = wb.addWorksheet('班会记录');
    ours.getRow(3).values = HEADERS;
    ours.getRow(4).values = [1, '开学第一课', new Date(Date.UTC(2026, 8, 8)), '301', '王老师', '李四'];
    const bytes = await writeWorkbookBuffer(wb);

    const viaExceljs = read(await roundTrip(wb));
    const viaIntake = readXlsx(bytes, '“班级.xlsx”');
    for (const r of [viaExceljs, viaIntake]) {
      const t = r.raw.tables.meetings!;
      expect(t.source).toBe('sheet');
      expect(t.sheet).toBe('班会记录');
      expect(t.headerRow).toBe(3);
      expect(t.values[1].slice(0, 2)).toEqual([1, '开学第一课']);
      const d = r.diagnostics.filter((x) => x.code === 'conflictingTable');
      expect(d).toHaveLength(1);
      expect(d[0]).toMatchObject({ table: '班会记录表', severity: 'info' });
      expect(d[0].message).toMatch(/工作表“我的班会”中的表格“班会记录表”.*按工作表“班会记录”的第3行表头读取.*改名/);
    }
    expect(viaIntake.raw).toEqual(viaExceljs.raw);
    expect(viaIntake.diagnostics).toEqual(viaExceljs.diagnostics);
  });

  it('without our sheet nothing is read for that table and the warning says what to do', async () => {
    const wb = newWorkbook();
    userTable(wb, '我的班会', ['姓名', '成绩'], ['张三', 90]);
    for (const r of [read(await roundTrip(wb)), readXlsx(await writeWorkbookBuffer(wb))]) {
      expect(r.raw.tables.meetings).toBeUndefined();
      expect(r.diagnostics).toEqual([
        expect.objectContaining({
          code: 'conflictingTable',
          severity: 'warning',
          message: expect.stringMatching(/“我的班会”.*也没有名为“班会记录”的工作表.*改名/),
        }),
      ]);
    }
  });

  it('our table on a renamed sheet (its header is ours) is still ours: repaired and read as a table', async () => {
    const wb = newWorkbook();
    userTable(wb, '班会记录（2026）', ['编号', '主题', '日期'], [1, '开学第一课', new Date(Date.UTC(2026, 8, 8))]);
    const loaded = await roundTrip(wb);
    const report = ensure(loaded, OPTIONS);
    expect(report.skipped).toEqual([]);
    expect(report.addedColumns.map((c) => c.header)).toEqual(
      TABLES.meetings.columns.map((c) => c.header).filter((h) => !['编号', '主题', '日期'].includes(h)),
    );
    const found = findTable(loaded, '班会记录表')!;
    expect(found.worksheet.name).toBe('班会记录（2026）');
    expect(tableRect(found.table)!.right).toBe(1 + TABLES.meetings.columns.length);
    const { raw, diagnostics } = read(loaded);
    expect(raw.tables.meetings!.source).toBe('table');
    expect(diagnostics).toEqual([]);
  });
});

describe('the same rule on Office.js (in-memory Excel)', () => {
  it('repair leaves the user table alone and names its sheet; read takes our sheet and says so', async () => {
    const fake = new FakeExcel([
      {
        name: '我的班会',
        rows: [
          ['日期', '成绩'],
          ['2026-09-08', 90],
        ],
        at: 'B2',
        tables: [{ name: '班会记录表', range: 'B2:C3' }],
      },
      {
        name: '班会记录',
        rows: [HEADERS, [1, '开学第一课', 46273, '301', '王老师', '李四']],
        at: 'A3',
      },
    ]);
    const report = await excelEnsure(fake.ctx, OPTIONS);
    expect(report.addedColumns).toEqual([]);
    expect(report.skipped.map((s) => s.sheet)).toEqual(['我的班会']);
    expect(report.skipped[0].reason).toMatch(/“我的班会”.*按工作表“班会记录”的内容读取/);
    const table = fake.dump().tables.find((t) => t.name === '班会记录表')!;
    expect(table).toMatchObject({ sheet: '我的班会', range: 'B2:C3' });

    const { raw, diagnostics } = await excelRead(fake.ctx);
    expect(raw.tables.meetings).toMatchObject({ source: 'sheet', sheet: '班会记录', headerRow: 3 });
    const d = diagnostics.filter((x) => x.code === 'conflictingTable');
    expect(d.map((x) => x.message)).toEqual([expect.stringMatching(/“我的班会”.*按工作表“班会记录”的第3行表头读取/)]);
  });
});
