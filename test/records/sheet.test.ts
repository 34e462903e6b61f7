import { HEADER_SCAN_ROWS, sheetFallbackDiagnostic, tableFromSheet } from '../../src/records/sheet';

describe('tableFromSheet: a record table read from a sheet without its Excel table', () => {
  const header = ['次数', '日期', '走访宿舍', '事由', '发现问题', '处理情况'];

  test('finds the header under a title, cuts the block to its columns and drops trailing blank rows', () => {
    const values = [
      ['走访宿舍记录表', null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
      [null, ...header, '我的备注'],
      [null, 1, '2026-09-08', '3号楼301', '检查卫生', '', '', 'x'],
      [null, 2, '2026-09-22', '全部', '排查安全隐患', '', '', ''],
      [null, '', '', '', '', '', '', ''],
    ];
    const t = tableFromSheet('dormVisits', '走访宿舍', values, 1);
    expect(t).not.toBeNull();
    expect(t!.headerRow).toBe(3);
    expect(t!.source).toBe('sheet');
    expect(t!.values).toHaveLength(3);
    expect(t!.values[0]).toEqual([...header, '我的备注']);
    expect(t!.values[2][2]).toBe('全部');
  });

  test('worksheet row numbers follow firstRow (a used range that starts lower down)', () => {
    const t = tableFromSheet('dormVisits', '走访宿舍', [header, [1, '2026-09-08', '301', '检查卫生', '', '']], 5);
    expect(t!.headerRow).toBe(5);
  });

  test('a header below the scanned rows, or a sheet of other data, is not taken for the table', () => {
    const filler = Array.from({ length: HEADER_SCAN_ROWS }, () => ['笔记']);
    expect(tableFromSheet('dormVisits', '走访宿舍', [...filler, header], 1)).toBeNull();
    expect(
      tableFromSheet(
        'dormVisits',
        '走访宿舍',
        [
          ['姓名', '成绩'],
          ['张三', 90],
        ],
        1,
      ),
    ).toBeNull();
  });

  test('the diagnostic says which sheet row was read, or that the table counts as missing', () => {
    const t = tableFromSheet('dormVisits', '走访宿舍', [header], 3);
    const found = sheetFallbackDiagnostic('dormVisits', '走访宿舍', t);
    expect(found).toMatchObject({ table: '走访宿舍记录表', row: 3, severity: 'info' });
    expect(found.message).toContain('已按工作表“走访宿舍”的第3行表头读取');
    const missing = sheetFallbackDiagnostic('dormVisits', '走访宿舍', null);
    expect(missing).toMatchObject({ row: null, severity: 'warning' });
    expect(missing.message).toContain('已按缺少该表处理');
  });
});
