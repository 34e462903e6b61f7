// 保存设置 through both adapters (Office.js on the in-memory Excel, exceljs saved and loaded again):
// changed 值 cells, new keys appended as rows, dates as date cells, no other cell touched, and a value
// typed in the sheet after the pane read it is never overwritten (nothing is written, conflicts returned).
import { parseWorkbook } from '../../src/records';
import type { RawTable } from '../../src/records/schema';
import { writeSettings as officeWriteSettings } from '../../src/excel/settings';
import { writeSettings as xlsxWriteSettings } from '../../src/xlsx/settings';
import { loadWorkbook, writeWorkbookBuffer } from '../../src/xlsx';
import type { SettingsEdit, SettingsWrite } from '../../src/plans/settings';
import { dayFromYMD } from '../../src/rules/days';
import { OPTIONS } from './fixtures';
import { officeDriver, xlsxDriver, type Driver } from './drivers';

type Both = {
  d: Driver;
  write(edits: SettingsEdit[]): Promise<SettingsWrite>;
  type(a1: string, v: string): Promise<void>;
};

async function pair(): Promise<Both[]> {
  const o = officeDriver({ sheets: [{ name: 'Sheet1' }] });
  const x = xlsxDriver({ sheets: [{ name: 'Sheet1' }] });
  await o.ensure(OPTIONS);
  await x.ensure(OPTIONS);
  let wb = x.wb();
  return [
    {
      d: o,
      write: (edits) => officeWriteSettings(o.fake.ctx, edits),
      async type(a1, v) {
        o.fake.ctx.workbook.worksheets.getItem('设置').getRange(a1).values = [[v]];
        await o.fake.ctx.sync();
      },
    },
    {
      d: { ...x, read: async () => (await import('../../src/xlsx')).read(wb), cells: async (s) => cellsOf(s) },
      async write(edits) {
        const r = xlsxWriteSettings(wb, edits);
        wb = await loadWorkbook(await writeWorkbookBuffer(wb)); // only what survives the file counts
        return r;
      },
      async type(a1, v) {
        wb.getWorksheet('设置')!.getCell(a1).value = v;
      },
    },
  ];
  async function cellsOf(sheet: string) {
    const ws = wb.getWorksheet(sheet);
    const out: Record<string, string | number | boolean> = {};
    ws?.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value as unknown;
        const p = v instanceof Date ? v.getTime() / 86400000 + 25569 : v;
        if (p !== null && p !== '') out[`${String.fromCharCode(64 + c)}${r}`] = p as string | number;
      }),
    );
    return out;
  }
}

const settingsTable = async (d: Driver): Promise<RawTable> => (await d.read()).raw.tables.settings!;

/** The loaded 值 cell of `key` (what the pane passes as `expected`). */
function loaded(t: RawTable, key: string): unknown {
  const row = t.values.find((r) => r[0] === key);
  return row ? row[1] : undefined;
}

describe('contract: 保存设置 through both adapters', () => {
  test('updates 值 cells in place, appends new keys, writes a date cell, and touches nothing else', async () => {
    for (const { d, write } of await pair()) {
      const t = await settingsTable(d);
      const before = await d.cells('设置');
      const edits: SettingsEdit[] = [
        { key: '班级', value: '会计2302', expected: loaded(t, '班级') },
        { key: '学期', value: 2, expected: loaded(t, '学期') },
        { key: '学期开始日期', value: { day: dayFromYMD(2027, 2, 22) }, expected: loaded(t, '学期开始日期') },
        { key: '谈心最短分钟', value: 10 },
      ];
      expect(await write(edits)).toEqual({ written: true, updated: 3, appended: 1 });
      const after = await d.cells('设置');
      const changed = Object.keys({ ...before, ...after })
        .filter((a) => before[a] !== after[a])
        .sort();
      // 班级 is row 8, 学期 row 11, 学期开始日期 row 12 (template order); the new row is 19, below A3:B18.
      expect(changed).toEqual(['A19', 'B11', 'B12', 'B19', 'B8']);
      expect(after.B12).toBe(46440); // 2027-02-22 as a 1900-system serial: a date cell, not text
      const parsed = parseWorkbook((await d.read()).raw);
      expect(parsed.settings).toMatchObject({
        className: '会计2302',
        semester: 2,
        semesterStart: dayFromYMD(2027, 2, 22),
      });
      expect(parsed.settings.params).toContainEqual({ key: '谈心最短分钟', value: 10, row: 19 });
      expect((await d.structure()).tables.find((x) => x.name === '设置表')?.range).toBe('A3:B19');
    }
  });

  test('a value typed in the sheet after the pane read it is not overwritten: nothing is written', async () => {
    for (const { d, write, type } of await pair()) {
      const t = await settingsTable(d);
      await type('B8', '会计2399'); // the user edits 班级 in the sheet meanwhile
      const before = await d.cells('设置');
      const r = await write([
        { key: '班级', value: '会计2302', expected: loaded(t, '班级') },
        { key: '班主任', value: '李老师', expected: loaded(t, '班主任') },
      ]);
      expect(r.written).toBe(false);
      if (r.written) continue;
      expect(r.conflicts).toEqual([{ key: '班级', row: 8, expected: '会计2301', found: '会计2399' }]);
      expect(r.message).toContain('第8行“班级”');
      expect(await d.cells('设置')).toEqual(before);
      // Confirmed: planned again from a fresh read, it writes.
      const fresh = await settingsTable(d);
      expect(await write([{ key: '班级', value: '会计2302', expected: loaded(fresh, '班级') }])).toMatchObject({
        written: true,
      });
    }
  });

  test('a row whose 项目 was cleared since the read is a conflict, and no second row is added', async () => {
    for (const { d, write, type } of await pair()) {
      const t = await settingsTable(d);
      await type('A8', ''); // the user clears the 班级 key in the sheet meanwhile
      const r = await write([{ key: '班级', value: '会计2302', expected: loaded(t, '班级') }]);
      expect(r).toMatchObject({ written: false, conflicts: [{ key: '班级', row: null, found: '（无此行）' }] });
    }
  });
});

test('in Excel, 保存设置 takes 2 syncs (1 when it finds a conflict)', async () => {
  const o = officeDriver({ sheets: [{ name: 'Sheet1' }] });
  await o.ensure(OPTIONS);
  const t = await settingsTable(o);
  o.fake.resetStats();
  await officeWriteSettings(o.fake.ctx, [
    { key: '学年度', value: '2027-2028', expected: loaded(t, '学年度') },
    { key: '学年开始日期', value: { day: dayFromYMD(2027, 9, 1) }, expected: loaded(t, '学年开始日期') },
    { key: '优秀比例', value: 0.3 },
  ]);
  expect(o.fake.stats.syncs).toBe(2);
  o.fake.resetStats();
  const r = await officeWriteSettings(o.fake.ctx, [{ key: '学年度', value: '2028-2029', expected: '2026-2027' }]);
  expect(r.written).toBe(false);
  expect(o.fake.stats.syncs).toBe(1);
});
