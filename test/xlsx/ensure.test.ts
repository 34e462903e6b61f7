import ExcelJS from 'exceljs';
import { HEADER_ROW, TABLES, TABLE_KEYS, VALIDATION_ROWS, SUMMARY_SHEET } from '../../src/records/schema';
import { parseWorkbook } from '../../src/records';
import { createWorkbook, ensure, read, validationsOf, writeWorkbookBuffer } from '../../src/xlsx';
import { OPTIONS, newWorkbook, roundTrip, snapshot, tableModel } from './helpers';

const NOTHING = { createdSheets: [], createdTables: [], addedColumns: [], skipped: [], changed: false };

describe('ensure on a workbook that has everything', () => {
  it('changes nothing, before and after a save/load, and every cell stays as it was', async () => {
    const wb = await createWorkbook(OPTIONS);
    const before = snapshot(wb);
    expect(ensure(wb, OPTIONS)).toEqual(NOTHING);
    expect(snapshot(wb)).toEqual(before);

    const loaded = await roundTrip(wb);
    const loadedBefore = snapshot(loaded);
    const bytesBefore = snapshot(await roundTrip(loaded));
    expect(ensure(loaded, { ...OPTIONS, className: '别的班', advisor: '别人' })).toEqual(NOTHING);
    expect(snapshot(loaded)).toEqual(loadedBefore);
    expect(snapshot(await roundTrip(loaded))).toEqual(bytesBefore);
  });

  it('creates every sheet and table in an empty workbook, then a second run changes nothing', async () => {
    const wb = newWorkbook();
    const first = ensure(wb, OPTIONS);
    expect(first.changed).toBe(true);
    expect(first.createdSheets).toEqual(TABLE_KEYS.map((k) => TABLES[k].sheet));
    expect(first.createdTables).toEqual(TABLE_KEYS.map((k) => TABLES[k].table));
    expect(wb.getWorksheet(SUMMARY_SHEET)).toBeUndefined();
    expect(ensure(wb, OPTIONS)).toEqual(NOTHING);
    const loaded = await roundTrip(wb);
    expect(ensure(loaded, OPTIONS)).toEqual(NOTHING);
  });

  it('finds our table on a renamed sheet and does not create the sheet again', async () => {
    const wb = await createWorkbook(OPTIONS);
    wb.getWorksheet('班会记录')!.name = '我的班会';
    const loaded = await roundTrip(wb);
    expect(ensure(loaded, OPTIONS)).toEqual(NOTHING);
    expect(loaded.getWorksheet('班会记录')).toBeUndefined();
  });
});

/** A 班会记录 sheet whose table lacks some columns (as a user might have built it). */
function partialMeetingBook(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('班会记录');
  ws.getCell('A1').value = '我们班的班会';
  const columns = ['编号', '主题', '日期', '地点', '主持人', '记录人', '应到人数', '实到人数', '会议内容'];
  ws.addTable({
    name: '班会记录表',
    ref: 'A3',
    headerRow: true,
    columns: columns.map((name) => ({ name, filterButton: true })),
    rows: [
      [1, '开学安全教育', new Date(Date.UTC(2026, 8, 8)), 'A201', '王老师', '李娜', 30, 30, '讲安全'],
      [2, '=学风建设', new Date(Date.UTC(2026, 8, 22)), 'A201', '王老师', '李娜', 30, 30, '讲学风'],
    ],
  });
  ws.getCell('A8').value = '备忘：下周交材料';
  ws.getCell('K1').value = '表格上方的用户备注';
  return wb;
}

describe('repairing a table that lacks columns', () => {
  it.each([
    ['as created in memory', false],
    ['as loaded from a file', true],
  ])('appends the missing columns at the right edge, %s, touching no user cell', async (_label, load) => {
    let wb = partialMeetingBook();
    if (load) wb = await roundTrip(wb);
    const before = snapshot(wb);
    const report = ensure(wb, OPTIONS);
    const missing = ['类型', '未到名单及原因', '补救措施', '班长签字', '团支书签字'];
    expect(report.addedColumns).toEqual(missing.map((header) => ({ table: '班会记录表', header })));
    expect(report.skipped).toEqual([]);
    expect(report.createdSheets).not.toContain('班会记录');
    expect(report.changed).toBe(true);
    // Every cell that had content still has it.
    const after = snapshot(wb);
    for (const [address, cell] of Object.entries(before)) {
      if (JSON.parse(cell).v !== null)
        expect({ address, v: JSON.parse(after[address]).v }).toEqual({ address, v: JSON.parse(cell).v });
    }
    const ws = wb.getWorksheet('班会记录')!;
    expect(ws.getCell('A1').value).toBe('我们班的班会');
    expect(missing.map((_, j) => ws.getCell(HEADER_ROW, 10 + j).value)).toEqual(missing);

    const loaded = await roundTrip(wb);
    const t = tableModel(loaded.getWorksheet('班会记录')!);
    expect(t.tableRef).toBe('A3:N5');
    expect(t.columns.map((c) => c.name)).toEqual([
      '编号',
      '主题',
      '日期',
      '地点',
      '主持人',
      '记录人',
      '应到人数',
      '实到人数',
      '会议内容',
      ...missing,
    ]);
    // The new 类型 column (J) gets its drop-down.
    expect(validationsOf(loaded.getWorksheet('班会记录')!).model[`J${HEADER_ROW + VALIDATION_ROWS}`]).toMatchObject({
      type: 'list',
    });
    // The rows are still read, and the formula-looking topic is text.
    const { raw } = read(loaded);
    expect(raw.tables.meetings?.values.slice(1).map((r) => r[1])).toEqual(['开学安全教育', '=学风建设']);
    expect(parseWorkbook(raw).meetings).toHaveLength(2);
    expect(ensure(loaded, OPTIONS)).toEqual(NOTHING);
  });

  it('leaves the table alone and reports it when the cells to its right are taken', async () => {
    const wb = await roundTrip(partialMeetingBook());
    wb.getWorksheet('班会记录')!.getCell('L4').value = '用户写在表格右边的字';
    const before = snapshot(wb);
    const report = ensure(wb, OPTIONS);
    expect(report.addedColumns).toEqual([]);
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0].sheet).toBe('班会记录');
    expect(report.skipped[0].reason).toMatch(/班会记录表.*缺少列.*类型.*右侧.*已有内容/);
    const ws = wb.getWorksheet('班会记录')!;
    for (const [address, cell] of Object.entries(before)) {
      if (address.startsWith('班会记录!')) expect(snapshot(wb)[address]).toBe(cell);
    }
    expect(tableModel(ws).tableRef).toBe('A3:I5');
  });
});

describe('a sheet with our name holding user data but no table', () => {
  it('is skipped with a Chinese reason and left untouched; the other tables are created', async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet('谈心记录');
    ws.getCell('A1').value = '我自己的谈心登记';
    ws.getCell('A2').value = '张三';
    ws.getCell('B2').value = new Date(Date.UTC(2026, 8, 9));
    ws.getCell('C5').value = { formula: 'B2+1', result: new Date(Date.UTC(2026, 8, 10)) } as ExcelJS.CellFormulaValue;
    const loaded = await roundTrip(wb);
    const before = snapshot(loaded);
    const report = ensure(loaded, OPTIONS);
    expect(report.skipped).toEqual([
      {
        sheet: '谈心记录',
        reason: expect.stringMatching(/谈心记录.*已有内容.*谈心记录表.*没有改动它.*创建\/修复记录表/),
      },
    ]);
    expect(report.createdTables).not.toContain('谈心记录表');
    expect(report.createdTables).toHaveLength(TABLE_KEYS.length - 1);
    const sheet = loaded.getWorksheet('谈心记录')!;
    expect(sheet.getTables()).toHaveLength(0);
    const after = snapshot(loaded);
    for (const address of Object.keys(before).filter((a) => a.startsWith('谈心记录!'))) {
      expect(after[address]).toBe(before[address]);
    }
    expect(Object.keys(after).filter((a) => a.startsWith('谈心记录!'))).toEqual(
      Object.keys(before).filter((a) => a.startsWith('谈心记录!')),
    );
    // Second run: the same skip, nothing changed.
    expect(ensure(loaded, OPTIONS)).toEqual({ ...NOTHING, skipped: report.skipped });
  });

  it('an empty sheet with our name gets the table', () => {
    const wb = newWorkbook();
    wb.addWorksheet('谈心记录');
    const report = ensure(wb, OPTIONS);
    expect(report.createdSheets).not.toContain('谈心记录');
    expect(report.createdTables).toContain('谈心记录表');
    expect(tableModel(wb.getWorksheet('谈心记录')!).name).toBe('谈心记录表');
  });
});

describe('设置表', () => {
  it('keeps the values the user wrote, whatever the options say', async () => {
    const wb = await roundTrip(await createWorkbook(OPTIONS));
    const ws = wb.getWorksheet('设置')!;
    const rowOf = (key: string) => {
      for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === key) return r;
      throw new Error(key);
    };
    ws.getCell(rowOf('班级'), 2).value = '会计2302';
    ws.getCell(rowOf('学期周数'), 2).value = 16;
    ws.getCell(rowOf('学校'), 2).value = null;
    const loaded = await roundTrip(wb);
    const report = ensure(loaded, { ...OPTIONS, className: '会计2301', school: '别的学校' });
    expect(report).toEqual(NOTHING);
    const s = loaded.getWorksheet('设置')!;
    expect(s.getCell(rowOf('班级'), 2).value).toBe('会计2302');
    expect(s.getCell(rowOf('学期周数'), 2).value).toBe(16);
    expect(s.getCell(rowOf('学校'), 2).value).toBeNull();
    const parsed = parseWorkbook(read(loaded).raw);
    expect(parsed.settings.className).toBe('会计2302');
  });

  it('writes blank values for options that were not given', async () => {
    const wb = await roundTrip(await createWorkbook({}));
    const { raw } = read(wb);
    const values = new Map(raw.tables.settings!.values.slice(1).map((r) => [r[0], r[1]]));
    expect(values.get('班级')).toBeNull();
    expect(values.get('考核规则')).toBe('财经学院');
    expect(values.get('班主任类型')).toBe('兼职');
    expect(wb.getWorksheet('设置')!.getCell(2, 1).value).toMatch(/^（.*学年度第.*学期）  班级：.*班主任：/);
  });
});

describe('bytes', () => {
  it('a created workbook is a zip with one table part per schema table', async () => {
    const buf = await writeWorkbookBuffer(await createWorkbook(OPTIONS));
    expect(buf.readUInt32BE(0)).toBe(0x504b0304);
    const text = buf.toString('latin1');
    for (let i = 1; i <= TABLE_KEYS.length; i++) expect(text).toContain(`xl/tables/table${i}.xml`);
  });
});
