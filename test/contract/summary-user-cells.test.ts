// Issue 8 item 5, SPEC §6 "nothing typed is lost": cells a user typed into the 量化汇总 sheet right of
// its columns A–K (a value and a formula) survive 写入量化汇总 run twice, through BOTH adapters (the
// Office.js gateway on the in-memory Excel, the .xlsx gateway saved and loaded between steps).
import { parseWorkbook } from '../../src/records';
import { SUMMARY_SHEET, type TemplateOptions } from '../../src/records/schema';
import { evaluate } from '../../src/rules';
import { dayFromYMD } from '../../src/rules/days';
import { officeDriver, xlsxDriver, type Driver } from './drivers';

const OPTIONS: TemplateOptions = { className: '会计2301', advisor: '王老师', semesterStart: dayFromYMD(2026, 9, 7) };

/** Types M3 (a value) and N4 (a formula) into the summary sheet as a user would. */
type Typer = () => void;

const drivers: Array<[string, () => { d: Driver; type: Typer }]> = [
  [
    'Office.js',
    () => {
      const d = officeDriver({ sheets: [{ name: 'Sheet1' }] });
      return {
        d,
        type: () => d.fake.seedSheet({ name: SUMMARY_SHEET, cells: { M3: '我的备注', N4: { v: 3, f: '=1+2' } } }),
      };
    },
  ],
  [
    '.xlsx',
    () => {
      const d = xlsxDriver({ sheets: [{ name: 'Sheet1' }] });
      return {
        d,
        type: () => {
          const ws = d.wb().getWorksheet(SUMMARY_SHEET)!;
          ws.getCell('M3').value = '我的备注';
          ws.getCell('N4').value = { formula: '1+2', result: 3 };
        },
      };
    },
  ],
];

describe.each(drivers)('%s: user cells right of A–K', (_name, make) => {
  test('a value at M3 and a formula at N4 survive writeSummary twice', async () => {
    const { d, type } = make();
    await d.ensure(OPTIONS);
    await d.append('talks', [
      { names: '张三', date: { day: dayFromYMD(2026, 9, 15) }, place: '办公室', minutes: 20, content: '学习情况' },
    ]);
    const evaluation = evaluate(parseWorkbook((await d.read()).raw));
    await d.writeSummary(evaluation, new Date(2026, 9, 1, 9, 0));
    const first = await d.cells(SUMMARY_SHEET);
    expect(first.M3).toBeUndefined();
    type();
    await d.writeSummary(evaluation, new Date(2026, 9, 2, 9, 0));
    await d.writeSummary(evaluation, new Date(2026, 9, 3, 9, 0));
    const cells = await d.cells(SUMMARY_SHEET);
    expect(cells.M3).toBe('我的备注');
    expect(cells.N4).toBe('=1+2');
    // The summary itself was rewritten (its own cells as the first time, the time of computing aside).
    expect(cells.A1).toBe(first.A1);
    const own = (c: Record<string, unknown>) =>
      Object.keys(c)
        .filter((a) => a !== 'M3' && a !== 'N4')
        .sort();
    expect(own(cells)).toEqual(own(first));
  });
});
