// One suite, two gateways: the Office.js gateway (on the in-memory Excel) and the .xlsx gateway must
// give the same sheets, tables, headers, drop-down lists and the same records for the same input.
import { parseWorkbook } from '../../src/records';
import { TABLES, TABLE_KEYS } from '../../src/records/schema';
import { OPTIONS, RECORDS } from './fixtures';
import type { SheetPlan } from '../../src/plans/model';
import { dayFromYMD } from '../../src/rules/days';
import { evaluate } from '../../src/rules';
import { officeDriver, xlsxDriver, type Driver, type Seed } from './drivers';

const pair = (seed: Seed): [Driver, Driver] => [officeDriver(seed), xlsxDriver(seed)];

async function bothSame<T>(drivers: [Driver, Driver], f: (d: Driver) => Promise<T>): Promise<T> {
  const a = await f(drivers[0]);
  const b = await f(drivers[1]);
  expect(a).toEqual(b);
  return a;
}

const reportShape = (r: Awaited<ReturnType<Driver['ensure']>>) => ({
  ...r,
  skipped: r.skipped.map((s) => s.sheet),
});

describe('contract: Office.js gateway ≡ .xlsx gateway', () => {
  test('ensure on an empty workbook: same sheets, tables, headers and drop-down lists', async () => {
    const drivers = pair({ sheets: [{ name: 'Sheet1' }] });
    const report = await bothSame(drivers, async (d) => reportShape(await d.ensure(OPTIONS)));
    expect(report.createdTables).toEqual(TABLE_KEYS.map((k) => TABLES[k].table));
    const s = await bothSame(drivers, (d) => d.structure());
    expect(s.sheets).toEqual(['Sheet1', ...TABLE_KEYS.map((k) => TABLES[k].sheet)]);
    expect(s.lists['班会记录表']).toEqual({ 类型: '班会,班委会' });
    expect(s.tables.find((t) => t.name === '设置表')?.range).toBe('A3:B18');
    // The same parsed settings (values written by both).
    await bothSame(drivers, async (d) => parseWorkbook((await d.read()).raw));
    // A second run changes nothing for either.
    const again = await bothSame(drivers, async (d) => reportShape(await d.ensure(OPTIONS)));
    expect(again.changed).toBe(false);
  });

  test('ensure + append several records of each table: same records, same numbering, text stays text', async () => {
    const drivers = pair({ sheets: [{ name: 'Sheet1' }] });
    await bothSame(drivers, async (d) => reportShape(await d.ensure(OPTIONS)));
    for (const key of TABLE_KEYS) {
      const rows = RECORDS[key];
      if (!rows) continue;
      await bothSame(drivers, (d) => d.append(key, rows));
      // A second append continues the numbering.
      if (key === 'meetings') await bothSame(drivers, (d) => d.append(key, rows.slice(0, 1)));
    }
    await bothSame(drivers, (d) => d.structure());
    const parsed = await bothSame(drivers, async (d) => parseWorkbook((await d.read()).raw));
    expect(parsed.roster.map((s) => s.id)).toEqual(['001', '002', '003']);
    expect(parsed.roster[1].parentName).toBe('=买买提');
    expect(parsed.meetings).toHaveLength(3);
    expect(parsed.talks).toHaveLength(2);
    const meetingCells = await bothSame(drivers, async (d) => {
      const c = await d.cells('班会记录');
      return [c.A4, c.A5, c.A6, c.L4, c.L5];
    });
    expect(meetingCells).toEqual([1, 2, 3, '@全体 安全教育', '=1+1 不是公式']);
    // Both evaluate alike, and write the same 量化汇总 values.
    const evaluation = evaluate(parsed);
    const at = new Date(2026, 10, 2, 14, 5);
    await bothSame(drivers, async (d) => {
      await d.writeSummary(evaluation, at);
      return d.cells('量化汇总');
    });
  });

  test('repair of a table missing columns: same added columns, same records', async () => {
    const seed: Seed = {
      sheets: [
        {
          name: '班会记录',
          rows: [
            ['班会记录表'],
            [''],
            ['编号', '主题', '日期', '地点', '备注（我加的）'],
            [1, '开学第一课', 46273, '教室', '自己的列'],
            [2, '学风建设', 46287, '教室', ''],
          ],
          tables: [{ name: '班会记录表', range: 'A3:E5' }],
        },
      ],
    };
    const drivers = pair(seed);
    const report = await bothSame(drivers, async (d) => reportShape(await d.ensure(OPTIONS)));
    expect(report.addedColumns.map((c) => c.header)).toEqual([
      '类型',
      '主持人',
      '记录人',
      '应到人数',
      '实到人数',
      '未到名单及原因',
      '补救措施',
      '会议内容',
      '班长签字',
      '团支书签字',
    ]);
    const s = await bothSame(drivers, (d) => d.structure());
    expect(s.tables.find((t) => t.name === '班会记录表')?.range).toBe('A3:O5');
    expect(s.lists['班会记录表']['类型']).toBe('班会,班委会');
    await bothSame(drivers, async (d) => parseWorkbook((await d.read()).raw));
    // The user's cells are where they were.
    await bothSame(drivers, async (d) => {
      const c = await d.cells('班会记录');
      return [c.A4, c.B4, c.E3, c.E4];
    });
  });

  test('read of the sheet fallback: same records and the same diagnostics', async () => {
    const seed: Seed = {
      sheets: [
        {
          name: '谈心记录',
          rows: [
            ['谈心记录（手工）'],
            ['序号', '姓名', '日期', '地点', '时长（分钟）', '谈心内容'],
            [1, '张三', '2026-09-10', '办公室', 10, '学习'],
            [2, '李四', 46276, '宿舍', '15分钟', '生活'],
          ],
        },
        {
          name: '学生名册',
          rows: [
            ['学号', '姓名', '宿舍'],
            ['001', '张三', '101'],
            ['002', '李四', '102'],
          ],
        },
      ],
    };
    const drivers = pair(seed);
    const read = await bothSame(drivers, async (d) => {
      const r = await d.read();
      return { diagnostics: r.diagnostics, parsed: parseWorkbook(r.raw) };
    });
    expect(read.parsed.talks).toHaveLength(2);
    expect(read.diagnostics.map((d) => d.severity)).toEqual(['info', 'info']);
    // ensure leaves both sheets alone and says so.
    const report = await bothSame(drivers, async (d) => reportShape(await d.ensure(OPTIONS)));
    expect(report.skipped).toEqual(['学生名册', '谈心记录']);
  });
});

describe('contract: applySheet', () => {
  test('a generic sheet plan gives the same cells, table, freeze and lists in both; a user sheet is refused', async () => {
    const plan: SheetPlan = {
      name: '打印',
      marker: '【BZR】打印',
      cells: [
        { row: 1, col: 1, value: '【BZR】打印', style: { bold: true, size: 14 } },
        { row: 2, col: 1, value: '=不是公式' },
        { row: 2, col: 2, value: { day: dayFromYMD(2026, 9, 7) } },
        { row: 2, col: 3, value: { formula: '=1+2' } },
      ],
      widths: [12, 14, 10],
      tables: [
        {
          name: '打印表',
          headerRow: 4,
          firstCol: 1,
          columns: [{ header: '项' }, { header: '类型', list: ['甲', '乙'] }],
          rows: [
            ['a', '甲'],
            ['b', '乙'],
          ],
          style: 'TableStyleMedium7',
          formatRows: 5,
        },
      ],
      freezeRows: 4,
      print: { paper: 'A4', orientation: 'landscape', titleRows: [1, 4], fitToWidth: true },
    };
    const drivers = pair({ sheets: [{ name: 'Sheet1' }] });
    await bothSame(drivers, async (d) => {
      await d.applySheet(plan);
      return d.cells('打印');
    });
    const s = await bothSame(drivers, (d) => d.structure());
    expect(s.tables).toEqual([{ name: '打印表', sheet: '打印', range: 'A4:B6', headers: ['项', '类型'] }]);
    expect(s.lists['打印表']).toEqual({ 类型: '甲,乙' });
    // Applied again over our own sheet: replaced, the same cells.
    await bothSame(drivers, async (d) => {
      await d.applySheet(plan);
      return d.cells('打印');
    });
    const user = pair({ sheets: [{ name: '打印', rows: [['我的内容']] }] });
    for (const d of user) await expect(d.applySheet(plan)).rejects.toThrow(/不是由本加载项生成的/);
  });
});
