// The Office.js gateway on the in-memory Excel: round trips (sync counts), writes, atomicity, chunking.
import { append, ensure, read, writeSummary, SUMMARY_TEMP_SHEET } from '../../src/excel';
import { parseWorkbook } from '../../src/records';
import { SUMMARY_MARKER } from '../../src/records/summary';
import { TABLES, TABLE_KEYS, type RecordInput, type TemplateOptions } from '../../src/records/schema';
import { evaluate } from '../../src/rules';
import { dayFromYMD, serialFromDay } from '../../src/rules/days';
import { FakeExcel } from '../support/fake-excel';

const OPTIONS: TemplateOptions = {
  className: '会计2301',
  advisor: '王老师',
  academicYear: '2026-2027',
  semester: 1,
  semesterStart: dayFromYMD(2026, 9, 7),
};

const talk = (i: number): RecordInput => ({
  names: `学生${i}`,
  date: { day: dayFromYMD(2026, 9, 7) + (i % 120) },
  place: '办公室',
  minutes: 10 + (i % 20),
  content: `第${i}次谈心：学习与生活情况，已记录。`,
});

async function ready(): Promise<FakeExcel> {
  const fake = new FakeExcel([{ name: 'Sheet1' }]);
  await ensure(fake.ctx, OPTIONS);
  fake.resetStats();
  return fake;
}

describe('the in-memory Excel behaves like Excel', () => {
  test('reading a property before load + sync throws PropertyNotLoaded; queued writes apply at sync', async () => {
    const fake = new FakeExcel([{ name: 'S', rows: [['a']] }]);
    const ctx = fake.ctx;
    const r = ctx.workbook.worksheets.getItemOrNullObject('S').getRange('A1');
    expect(() => r.values).toThrow(/not available/);
    r.load('values');
    expect(() => r.values).toThrow(/not available/);
    await ctx.sync();
    expect(r.values).toEqual([['a']]);
    ctx.workbook.worksheets.getItemOrNullObject('S').getRange('B1').values = [['b']];
    expect(fake.grid('S', 'B1')).toEqual([['']]);
    await ctx.sync();
    expect(fake.grid('S', 'B1')).toEqual([['b']]);
  });

  test('getItemOrNullObject gives a null object; what derives from it delivers nothing (undocumented)', async () => {
    const fake = new FakeExcel([{ name: 'S' }]);
    const t = fake.ctx.workbook.tables.getItemOrNullObject('无此表');
    t.load('name');
    const h = t.getHeaderRowRange();
    h.load('values');
    await fake.ctx.sync();
    expect(t.isNullObject).toBe(true);
    expect(() => h.isNullObject).toThrow('undocumented');
    expect(() => h.values).toThrow('undocumented');
  });

  test('methods and sets on a null object in the same batch are ignored (create-table.yaml)', async () => {
    const fake = new FakeExcel([{ name: 'S', cells: { A1: 'x' } }]);
    const before = fake.dump();
    const ghost = fake.ctx.workbook.worksheets.getItemOrNullObject('无此表');
    ghost.delete();
    ghost.getRange('A1').values = [['y']];
    fake.ctx.workbook.worksheets.getItemOrNullObject('S').getRange('B1').values = [['z']];
    await fake.ctx.sync();
    expect(fake.grid('S', 'A1:B1')).toEqual([['x', 'z']]);
    expect(fake.dump().sheets.length).toBe(before.sheets.length);
  });

  test('InvalidOperationInCellEditMode: the batch is refused whole while the user edits a cell', async () => {
    const fake = new FakeExcel([{ name: 'S' }]);
    fake.cellEditMode = true;
    fake.ctx.workbook.worksheets.getItemOrNullObject('S').getRange('A1').values = [['x']];
    await expect(fake.ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(fake.cell('S', 'A1')).toBeUndefined();
    fake.cellEditMode = false;
    fake.cellEditSyncs = 1;
    await expect(fake.ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    await fake.ctx.sync();
  });

  test('Excel parses written text: "=…" becomes a formula and "001" a number, unless quoted', async () => {
    const fake = new FakeExcel([{ name: 'S' }]);
    fake.ctx.workbook.worksheets.getItemOrNullObject('S').getRange('A1:D1').values = [['=1+1', '001', "'=1+1", "'001"]];
    await fake.ctx.sync();
    expect(fake.cell('S', 'A1')?.f).toBe('=1+1');
    expect(fake.grid('S', 'A1:D1')).toEqual([['', 1, '=1+1', '001']]);
  });

  test('a sync failing at operation k has applied the operations before k (no rollback)', async () => {
    const fake = new FakeExcel([{ name: 'S' }]);
    const ws = fake.ctx.workbook.worksheets.getItemOrNullObject('S');
    ws.load('name');
    ws.getRange('A1').values = [['x']];
    fake.ctx.workbook.worksheets.add('T');
    fake.failAtOp(2);
    await expect(fake.ctx.sync()).rejects.toThrow('injected');
    expect(fake.grid('S', 'A1:A1')).toEqual([['x']]);
    expect(fake.dump().sheets.map((s) => s.name)).toEqual(['S']);
    // Loads of a failed batch deliver nothing.
    expect(() => ws.name).toThrow('not available');
  });
});

describe('ensure', () => {
  test('an empty workbook: every sheet and table in ≤ 2 syncs, with formats, lists, freeze and print setup', async () => {
    const fake = new FakeExcel([{ name: 'Sheet1' }]);
    const report = await ensure(fake.ctx, OPTIONS);
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(report.createdSheets).toEqual(TABLE_KEYS.map((k) => TABLES[k].sheet));
    expect(report.changed).toBe(true);
    const dump = fake.dump();
    const meetings = dump.sheets.find((s) => s.name === '班会记录')!;
    expect(meetings.cells.A1.v).toBe('班会记录表');
    expect(meetings.cells.A3).toMatchObject({ v: '编号', fill: '#1F6F4A', fontColor: '#FFFFFF', bold: true });
    expect(meetings.cells.D4.nf).toBe('yyyy-mm-dd');
    expect(meetings.validations).toEqual([{ range: 'B4:B503', list: '班会,班委会' }]);
    expect(meetings.freezeRows).toBe(3);
    expect(meetings.page).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', printTitleRows: '$1:$3' });
    expect(dump.tables.find((t) => t.name === '班会记录表')?.range).toBe('A3:N4');
    const settings = dump.sheets.find((s) => s.name === '设置')!;
    expect(settings.cells.B12).toMatchObject({ v: 46272, nf: 'yyyy-mm-dd' }); // 学期开始日期 2026-09-07
    expect(settings.validations.map((v) => v.list)).toEqual([
      '1,2',
      '财经学院,阿克苏职院',
      '高职,中职',
      '兼职,专职',
      '在校,实习',
    ]);
  });

  test('a workbook that has everything: 1 sync, 0 writes, nothing changes', async () => {
    const fake = await ready();
    const before = fake.dump();
    const report = await ensure(fake.ctx, OPTIONS);
    expect(report.changed).toBe(false);
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.writes).toBe(0);
    expect(fake.dump()).toEqual(before);
  });

  test('missing columns are not added when the cells to the right are used', async () => {
    const fake = new FakeExcel([
      {
        name: '谈心记录',
        rows: [['序号', '姓名', '日期', '', '我的备注']],
        at: 'A3',
        tables: [{ name: '谈心记录表', range: 'A3:C4' }],
      },
    ]);
    const before = fake.dump().sheets[0].cells;
    const report = await ensure(fake.ctx, OPTIONS);
    expect(report.addedColumns).toEqual([]);
    expect(report.skipped).toEqual([
      { sheet: '谈心记录', reason: expect.stringContaining('缺少列：地点、时长（分钟）、谈心内容') },
    ]);
    expect(fake.dump().sheets[0].cells).toEqual(before);
  });

  test('a sheet with our name holding other things is left alone and reported', async () => {
    const fake = new FakeExcel([{ name: '走访宿舍', cells: { B2: '我自己的表', C3: { v: 5, f: '=2+3' } } }]);
    const before = fake.dump().sheets[0];
    const report = await ensure(fake.ctx, OPTIONS);
    expect(report.skipped.map((s) => s.sheet)).toEqual(['走访宿舍']);
    expect(report.skipped[0].reason).toMatch(/没有名为“走访宿舍记录表”的表格/);
    expect(fake.dump().sheets.find((s) => s.name === '走访宿舍')).toEqual(before);
  });
});

describe('read', () => {
  test('≤ 2 syncs, the RawWorkbook shape, error cells as { error }', async () => {
    const fake = await ready();
    await append(fake.ctx, 'talks', [talk(1), talk(2)]);
    fake.ctx.workbook.worksheets.getItemOrNullObject('谈心记录').getRange('E5').values = [['#N/A']];
    await fake.ctx.sync();
    fake.resetStats();
    const { raw, diagnostics } = await read(fake.ctx);
    expect(fake.stats.syncs).toBe(2);
    expect(diagnostics).toEqual([]);
    expect(raw.date1904).toBe(false);
    expect(Object.keys(raw.tables).sort()).toEqual([...TABLE_KEYS].sort());
    const t = raw.tables.talks!;
    expect(t).toMatchObject({ key: 'talks', name: '谈心记录表', sheet: '谈心记录', headerRow: 3, source: 'table' });
    expect(t.values[0]).toEqual(['序号', '姓名', '日期', '地点', '时长（分钟）', '谈心内容']);
    expect(t.values[2][4]).toEqual({ error: '#N/A' });
  });

  test('tables above the budget are read in chunks; a rejected batch is retried smaller', async () => {
    const fake = await ready();
    const rows = Array.from({ length: 2000 }, (_, i) => talk(i + 1));
    await append(fake.ctx, 'talks', rows);
    const expected = parseWorkbook((await read(fake.ctx)).raw);
    fake.resetStats();
    fake.payloadLimit = 60_000;
    const got = await read(fake.ctx, { budget: 50_000 });
    expect(fake.stats.syncs).toBeGreaterThan(2);
    expect(fake.stats.maxPayload).toBeLessThanOrEqual(60_000);
    expect(parseWorkbook(got.raw)).toEqual(expected);
    // A budget larger than what Excel accepts: the batch fails and is retried with half the budget.
    fake.resetStats();
    const retried = await read(fake.ctx, { budget: 4_000_000 });
    expect(parseWorkbook(retried.raw)).toEqual(expected);
  });

  test('a workbook in the 1904 date system: dates are written and read in its own serials, same syncs', async () => {
    const fake = new FakeExcel([{ name: 'Sheet1' }]);
    fake.date1904 = true;
    await ensure(fake.ctx, OPTIONS);
    fake.resetStats();
    await append(fake.ctx, 'talks', [talk(3)]);
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    const day = dayFromYMD(2026, 9, 10);
    const cells = (sheet: string) => fake.dump().sheets.find((x) => x.name === sheet)!.cells;
    // The serial Excel shows for 2026-09-10 in a 1904 workbook (1462 less than in the 1900 system).
    expect(JSON.stringify(cells('谈心记录'))).toContain(String(serialFromDay(day, true)));
    expect(JSON.stringify(cells('设置'))).toContain(String(serialFromDay(dayFromYMD(2026, 9, 7), true)));

    fake.resetStats();
    const { raw } = await read(fake.ctx);
    expect(fake.stats.syncs).toBe(2);
    expect(raw.date1904).toBe(true);
    const records = parseWorkbook(raw);
    expect(records.settings.semesterStart).toBe(dayFromYMD(2026, 9, 7));
    expect(records.talks.map((t) => t.date)).toEqual([day]);
  });

  test('the read round trip stays at 2 syncs whatever the size below the budget', async () => {
    const fake = await ready();
    await append(
      fake.ctx,
      'talks',
      Array.from({ length: 3000 }, (_, i) => talk(i)),
    );
    fake.resetStats();
    await read(fake.ctx);
    expect(fake.stats.syncs).toBe(2);
  });
});

describe('append', () => {
  test('≤ 2 syncs, one rows.add; a fresh table’s blank row takes the first record; numbering continues', async () => {
    const fake = await ready();
    const r1 = await append(fake.ctx, 'talks', [talk(1), talk(2), talk(3)]);
    expect(fake.stats.syncs).toBe(2);
    expect(r1).toEqual({ firstRow: 4, count: 3 });
    expect(fake.dump().tables.find((t) => t.name === '谈心记录表')?.range).toBe('A3:F6');
    fake.resetStats();
    const r2 = await append(fake.ctx, 'talks', [talk(4)]);
    expect(fake.stats.syncs).toBe(2);
    expect(r2).toEqual({ firstRow: 7, count: 1 });
    expect(fake.grid('谈心记录', 'A4:A7')).toEqual([[1], [2], [3], [4]]);
    expect(fake.grid('谈心记录', 'C4:C4')).toEqual([[46273]]); // 2026-09-08 as a serial number (2026-09-07 = 46272)
    expect(fake.cell('谈心记录', 'C7')?.nf).toBe('yyyy-mm-dd');
  });

  test('text starting with = + - @ stays text and reads back unchanged', async () => {
    const fake = await ready();
    const texts = ['=SUM(A1:A3)', '+86 138', '-有问题', '@张三', "'引号", '001', '2026-09-01', 'TRUE'];
    await append(
      fake.ctx,
      'dormVisits',
      texts.map((t) => ({ date: { day: 20700 }, dorms: t, reason: '其他', problem: t })),
    );
    const { raw } = await read(fake.ctx);
    expect(raw.tables.dormVisits!.values.slice(1).map((r) => r[2])).toEqual(texts);
    const dump = fake.dump().sheets.find((s) => s.name === '走访宿舍')!;
    expect(Object.values(dump.cells).some((c) => c.f !== undefined)).toBe(false);
  });

  test('a failed sync leaves no half-written record', async () => {
    const fake = await ready();
    await append(fake.ctx, 'meetings', [{ topic: '第一次', date: { day: 20700 } }]);
    const before = fake.dump();
    fake.failNthSync(2);
    await expect(append(fake.ctx, 'meetings', [{ topic: 'a' }, { topic: 'b' }])).rejects.toThrow();
    expect(fake.dump()).toEqual(before);
    // Failing on a fresh table too (the blank row and the added rows go in the same batch).
    const fresh = await ready();
    const before2 = fresh.dump();
    fresh.failNthSync(2);
    await expect(append(fresh.ctx, 'talks', [talk(1), talk(2)])).rejects.toThrow();
    expect(fresh.dump()).toEqual(before2);
  });

  test('a missing table or column is a Chinese error that says what to do', async () => {
    const fake = new FakeExcel([{ name: 'Sheet1' }]);
    await expect(append(fake.ctx, 'talks', [talk(1)])).rejects.toThrow(/找不到表格“谈心记录表”.*创建\/修复/);
    const partial = new FakeExcel([
      { name: '谈心记录', rows: [['序号', '姓名']], at: 'A3', tables: [{ name: '谈心记录表', range: 'A3:B4' }] },
    ]);
    await expect(append(partial.ctx, 'talks', [talk(1)])).rejects.toThrow(/缺少列“日期”/);
  });

  test('the seq column found under a header typed differently (one more sync)', async () => {
    const fake = new FakeExcel([
      {
        name: '谈心记录',
        rows: [
          ['姓名', ' 序 号 ', '日期', '地点', '时长(分钟)', '谈心内容'],
          ['甲', 7, '', '', '', ''],
        ],
        at: 'A3',
        tables: [{ name: '谈心记录表', range: 'A3:F4' }],
      },
    ]);
    await append(fake.ctx, 'talks', [talk(1)]);
    expect(fake.grid('谈心记录', 'A5:B5')).toEqual([['学生1', 8]]);
  });
});

describe('writeSummary', () => {
  const evaluation = async (fake: FakeExcel) => evaluate(parseWorkbook((await read(fake.ctx)).raw));

  test('values beside live formulas, in 2 syncs; rewriting replaces our own sheet in place', async () => {
    const fake = await ready();
    const e = await evaluation(fake);
    fake.resetStats();
    await writeSummary(fake.ctx, e, new Date(2026, 10, 2, 14, 5));
    expect(fake.stats.syncs).toBe(2);
    const sheet = fake.dump().sheets.find((s) => s.name === '量化汇总')!;
    expect(sheet.cells.A1.v).toBe(SUMMARY_MARKER);
    expect(sheet.cells.D4.v).toBe('2026-11-02 14:05');
    expect(sheet.cells.H3.f).toMatch(/^=BZR\.SCORE\(设置表\[#All\],学生名册表\[#All\],班会记录表\[#All\]/);
    expect(sheet.cells.G5.f).toMatch(/^=BZR\.MINIMUMS\(/);
    await writeSummary(fake.ctx, e, new Date(2026, 10, 3, 9, 0));
    const names = fake.dump().sheets.map((s) => s.name);
    expect(names.filter((n) => n === '量化汇总')).toHaveLength(1);
    expect(names).not.toContain(SUMMARY_TEMP_SHEET);
  });

  test('a failed sync leaves the old summary as it was', async () => {
    const fake = await ready();
    const e = await evaluation(fake);
    await writeSummary(fake.ctx, e, new Date(2026, 10, 2, 14, 5));
    const before = fake.dump();
    fake.failNthSync(2);
    await expect(writeSummary(fake.ctx, e, new Date(2026, 10, 3))).rejects.toThrow();
    expect(fake.dump()).toEqual(before);
  });

  test('a user’s own sheet called 量化汇总 is never overwritten', async () => {
    const fake = await ready();
    fake.seedSheet({ name: '量化汇总', cells: { A1: '我的汇总', B2: 99 } });
    const before = fake.dump();
    await expect(writeSummary(fake.ctx, await evaluation(fake), new Date())).rejects.toThrow(/不是由本加载项生成的/);
    expect(fake.dump()).toEqual(before);
  });
});
