import ExcelJS from 'exceljs';
import { parseWorkbook } from '../../src/records';
import { TABLES, TABLE_KEYS } from '../../src/records/schema';
import { dayFromYMD } from '../../src/rules/days';
import { createWorkbook, loadWorkbook, read, writeWorkbookBuffer } from '../../src/xlsx';
import { OPTIONS, newWorkbook, roundTrip } from './helpers';

describe('read: tables found by name', () => {
  it('reads every schema table: header row first, then the body rows of the table ref', async () => {
    const wb = await roundTrip(
      await createWorkbook(OPTIONS, {
        roster: [
          { id: '01', name: '艾力·买买提', dorm: '3号楼201' },
          { id: '02', name: '古丽米拉·阿不都', dorm: '5号楼201' },
        ],
        talks: [
          {
            names: '艾力・买买提',
            date: { day: dayFromYMD(2026, 9, 10) },
            place: '办公室',
            minutes: '10分钟',
            content: '谈学习',
          },
        ],
      }),
    );
    const { raw, diagnostics } = read(wb);
    expect(diagnostics).toEqual([]);
    expect(raw.date1904).toBe(false);
    expect(Object.keys(raw.tables).sort()).toEqual([...TABLE_KEYS].sort());
    for (const key of TABLE_KEYS) {
      const t = raw.tables[key]!;
      expect(t).toMatchObject({
        key,
        name: TABLES[key].table,
        sheet: TABLES[key].sheet,
        headerRow: 3,
        source: 'table',
      });
      expect(t.values[0]).toEqual(TABLES[key].columns.map((c) => c.header));
    }
    expect(raw.tables.roster!.values.slice(1).map((r) => r[1])).toEqual(['艾力·买买提', '古丽米拉·阿不都']);
    expect(raw.tables.talks!.values[1]).toEqual([
      1,
      '艾力・买买提',
      new Date(Date.UTC(2026, 8, 10)),
      '办公室',
      '10分钟',
      '谈学习',
    ]);
    expect(raw.tables.meetings!.values).toHaveLength(2); // header + the one blank row
    expect(raw.tables.meetings!.values[1].every((v) => v === null)).toBe(true);
    const records = parseWorkbook(raw);
    expect(records.talks).toHaveLength(1);
    expect(records.talks[0].students).toEqual([0]);
  });

  it('finds a table by name on any sheet, and leaves out a totals row', async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet('Sheet9');
    ws.addTable({
      name: '学生名册表',
      ref: 'C5',
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: '姓名', totalsRowLabel: '合计' },
        { name: '学号', totalsRowFunction: 'count' },
      ],
      rows: [
        ['张伟', '01'],
        ['李娜', '02'],
      ],
    });
    const { raw } = read(await roundTrip(wb));
    expect(raw.tables.roster).toEqual({
      key: 'roster',
      name: '学生名册表',
      sheet: 'Sheet9',
      headerRow: 5,
      values: [
        ['姓名', '学号'],
        ['张伟', '01'],
        ['李娜', '02'],
      ],
      source: 'table',
    });
  });

  it('passes exceljs value shapes on as plain values', async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet('谈话记录');
    const rich: ExcelJS.CellRichTextValue = { richText: [{ text: '艾力' }, { font: { bold: true }, text: '·买买提' }] };
    ws.addTable({
      name: '谈话记录表',
      ref: 'A3',
      columns: ['学生姓名', '日期', '时长（分钟）', '谈话内容', '谈话结论', '关照类型', '建议'].map((name) => ({
        name,
      })),
      rows: [
        [
          rich,
          { formula: 'DATE(2026,9,8)', result: new Date(Date.UTC(2026, 8, 8)) },
          { formula: '5*2', result: 10 },
          { text: '链接文字', hyperlink: 'https://example.invalid/' },
          { error: '#N/A' },
          true,
          { formula: '1+1' },
        ],
      ],
    });
    const { raw } = read(await roundTrip(wb));
    expect(raw.tables.interviews!.values[1]).toEqual([
      '艾力·买买提',
      new Date(Date.UTC(2026, 8, 8)),
      10,
      '链接文字',
      { error: '#N/A' },
      true,
      null,
    ]);
  });

  it('a read-only load reads the same values', async () => {
    const { sampleClass } = await import('../../src/sample');
    const sample = sampleClass({ students: 20, semesterStart: dayFromYMD(2026, 9, 7) });
    const buf = await writeWorkbookBuffer(await createWorkbook(sample.options, sample.rows));
    const full = read(await loadWorkbook(buf));
    const readOnly = read(await loadWorkbook(buf, { readOnly: true }));
    expect(readOnly).toEqual(full);
    expect(Object.keys(full.raw.tables)).toHaveLength(8);
  });

  it('reports the 1904 date system', async () => {
    const wb = await createWorkbook(OPTIONS);
    (wb.properties as unknown as { date1904: boolean }).date1904 = true;
    expect(read(await roundTrip(wb)).raw.date1904).toBe(true);
  });

  it('finds nothing in a workbook that is not ours', async () => {
    const wb = newWorkbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '工资表';
    expect(read(await roundTrip(wb))).toEqual({ raw: { tables: {}, date1904: false }, diagnostics: [] });
  });
});

describe('read: the sheet fallback', () => {
  it('reads a sheet without a table from its best header row down to the last non-empty row', async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet('谈心记录');
    ws.getCell('A1').value = '谈心记录（手工）';
    // Columns in another order, one extra column, starting at column B, header on row 3.
    const header = ['日期', ' 姓名 ', '额外备注', '时长(分钟)', '地点', '谈心内容'];
    header.forEach((h, i) => (ws.getCell(3, i + 2).value = h));
    const rows: unknown[][] = [
      [new Date(Date.UTC(2026, 8, 9)), '张伟', '', 10, '办公室', '谈学习'],
      [],
      ['2026/9/15', '李娜', 'x', '15分钟', '宿舍', '谈生活'],
    ];
    rows.forEach((r, j) => r.forEach((v, i) => (ws.getCell(4 + j, i + 2).value = v as ExcelJS.CellValue)));
    ws.getCell(12, 3).numFmt = 'yyyy-mm-dd'; // formatting only: not content
    const { raw, diagnostics } = read(await roundTrip(wb));
    const t = raw.tables.talks!;
    expect(t).toMatchObject({ key: 'talks', name: '谈心记录', sheet: '谈心记录', headerRow: 3, source: 'sheet' });
    expect(t.values).toEqual([
      header,
      [new Date(Date.UTC(2026, 8, 9)), '张伟', '', 10, '办公室', '谈学习'],
      [null, null, null, null, null, null],
      ['2026/9/15', '李娜', 'x', '15分钟', '宿舍', '谈生活'],
    ]);
    expect(diagnostics).toEqual([
      {
        table: '谈心记录表',
        row: 3,
        column: null,
        severity: 'info',
        message: '未找到表格“谈心记录表”，已按工作表“谈心记录”的第3行表头读取。建议在任务窗格中点击“创建/修复记录表”。',
      },
    ]);
  });

  it('warns when a sheet with our name has no recognisable header row', async () => {
    const wb = newWorkbook();
    wb.addWorksheet('班会记录').getCell('A1').value = '只有一句话';
    const { raw, diagnostics } = read(await roundTrip(wb));
    expect(raw.tables.meetings).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ table: '班会记录表', severity: 'warning' });
    expect(diagnostics[0].message).toMatch(/未找到表格“班会记录表”.*前10行/);
  });
});
