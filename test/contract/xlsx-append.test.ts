// append/writeSummary on exceljs workbooks: what survives a save and load.
import {
  append,
  createWorkbook,
  loadWorkbook,
  read,
  writeSummary,
  writeWorkbookBuffer,
  tablesOf,
  tableRect,
  validationsOf,
} from '../../src/xlsx';
import { parseWorkbook } from '../../src/records';
import { SUMMARY_MARKER } from '../../src/records/summary';
import { evaluate } from '../../src/rules';
import { dayFromYMD } from '../../src/rules/days';
import type ExcelJS from 'exceljs';

const roundTrip = async (wb: ExcelJS.Workbook) => loadWorkbook(await writeWorkbookBuffer(wb));
const visit = (i: number) => ({ date: { day: dayFromYMD(2026, 9, 7) + i }, dorms: '全部', reason: '检查卫生' });

test('appended rows survive a save/load: table extent, numbering, dates, drop-down lists', async () => {
  let wb = await roundTrip(await createWorkbook({ className: '会计1班', semesterStart: dayFromYMD(2026, 9, 7) }));
  expect(append(wb, 'dormVisits', [visit(0), visit(1)])).toEqual({ firstRow: 4, count: 2 });
  wb = await roundTrip(wb);
  expect(
    append(
      wb,
      'dormVisits',
      Array.from({ length: 600 }, (_, i) => visit(i % 100)),
    ),
  ).toEqual({
    firstRow: 6,
    count: 600,
  });
  wb = await roundTrip(wb);
  const ws = wb.getWorksheet('走访宿舍')!;
  const t = tablesOf(ws)[0];
  expect(tableRect(t)).toEqual({ top: 3, left: 1, bottom: 605, right: 6 });
  expect(ws.getCell('A605').value).toBe(602);
  expect(ws.getCell('B4').value).toEqual(new Date(Date.UTC(2026, 8, 7)));
  // Every row of the 事由 column has its drop-down list, also below the template's 500 rows.
  const covered = new Set<number>();
  for (const [a, dv] of Object.entries(validationsOf(ws).model)) {
    const m = /^D(\d+)(?::D(\d+))?$/.exec(a);
    if (!m || !dv) continue;
    for (let r = Number(m[1]); r <= Number(m[2] ?? m[1]); r++) covered.add(r);
  }
  for (let r = 4; r <= 605; r++) expect([r, covered.has(r)]).toEqual([r, true]);
  const parsed = parseWorkbook(read(wb).raw);
  expect(parsed.dormVisits).toHaveLength(602);
});

test('append refuses to write over cells below the table (nothing changes)', async () => {
  const wb = await createWorkbook({});
  append(wb, 'talks', [{ names: '张三' }]);
  wb.getWorksheet('谈心记录')!.getCell('C5').value = '我的备注';
  const before = await writeWorkbookBuffer(wb);
  expect(() => append(wb, 'talks', [{ names: '李四' }])).toThrow(/C5.*已有内容/);
  expect(read(await loadWorkbook(await writeWorkbookBuffer(wb))).raw).toEqual(read(await loadWorkbook(before)).raw);
});

test('writeSummary replaces our own sheet and refuses a user’s sheet of that name', async () => {
  const wb = await createWorkbook({});
  const e = evaluate(parseWorkbook(read(wb).raw));
  writeSummary(wb, e, new Date(2026, 10, 2, 14, 5));
  writeSummary(wb, e, new Date(2026, 10, 2, 15, 5));
  const again = await roundTrip(wb);
  expect(again.worksheets.filter((w) => w.name === '量化汇总')).toHaveLength(1);
  expect(again.getWorksheet('量化汇总')!.getCell('A1').value).toBe(SUMMARY_MARKER);
  expect(again.getWorksheet('量化汇总')!.getCell('D4').value).toBe('2026-11-02 15:05');
  const user = await createWorkbook({});
  user.addWorksheet('量化汇总').getCell('A1').value = '我的汇总';
  expect(() => writeSummary(user, e, new Date())).toThrow(/不是由本加载项生成的/);
  expect(user.getWorksheet('量化汇总')!.getCell('A1').value).toBe('我的汇总');
});
