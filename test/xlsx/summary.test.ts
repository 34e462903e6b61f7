// 写入量化汇总 on an .xlsx (exceljs), saved and loaded between steps (issue 8 item 5): the record of our
// cells (hidden column L) survives the file; typed cells are kept or the write is refused, as on Excel.
import { strFromU8, unzipSync } from 'fflate';
import type ExcelJS from 'exceljs';
import { append, ensure, loadWorkbook, read, writeSummary, writeWorkbookBuffer } from '../../src/xlsx';
import { parseWorkbook } from '../../src/records';
import type { TemplateOptions } from '../../src/records/schema';
import { evaluate } from '../../src/rules';
import { dayFromYMD } from '../../src/rules/days';

const parts = (zip: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(zip)).map(([k, v]) => [k, strFromU8(v)]));

const OPTIONS: TemplateOptions = { className: '会计2301', advisor: '王老师', semesterStart: dayFromYMD(2026, 9, 7) };
const AT = new Date(2026, 10, 2, 14, 5);
const SHEET = '量化汇总';

const roundTrip = async (wb: ExcelJS.Workbook) => loadWorkbook(await writeWorkbookBuffer(wb));

async function ready(): Promise<ExcelJS.Workbook> {
  const ExcelJSLib = (await import('exceljs')).default;
  const wb = new ExcelJSLib.Workbook();
  wb.addWorksheet('Sheet1');
  await ensure(wb, OPTIONS);
  await append(wb, 'talks', [
    { names: '张三', date: { day: dayFromYMD(2026, 9, 15) }, place: '办公室', minutes: 20, content: '学习情况' },
  ]);
  return roundTrip(wb);
}

const evaluation = async (wb: ExcelJS.Workbook) => evaluate(parseWorkbook((await read(wb)).raw));

function lastRow(ws: ExcelJS.Worksheet): number {
  let last = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    for (let c = 1; c <= 11; c++) if (row.getCell(c).value !== null) last = r;
  });
  return last;
}

test('the record column survives the file hidden; typed cells below the summary are kept on rewrite', async () => {
  let wb = await ready();
  const e = await evaluation(wb);
  writeSummary(wb, e, AT);
  wb = await roundTrip(wb);
  let ws = wb.getWorksheet(SHEET)!;
  expect(ws.getColumn(12).hidden).toBe(true);
  expect(String(ws.getCell('L1').value)).toMatch(/^bzr1:/);
  const below = `C${lastRow(ws) + 4}`;
  ws.getCell(below).value = '我的备注';
  ws.getCell('M3').value = { formula: '1+2', result: 3 } as ExcelJS.CellFormulaValue;
  wb = await roundTrip(wb);
  writeSummary(wb, e, new Date(2026, 10, 3, 9, 0));
  wb = await roundTrip(wb);
  ws = wb.getWorksheet(SHEET)!;
  expect(ws.getCell(below).value).toBe('我的备注');
  expect(ws.getCell('M3').formula).toBe('1+2');
  expect(ws.getCell('D4').value).toBe('2026-11-03 09:00');
});

test('an edit of one of our cells: refused with its address, the workbook unchanged', async () => {
  let wb = await ready();
  const e = await evaluation(wb);
  writeSummary(wb, e, AT);
  wb = await roundTrip(wb);
  wb.getWorksheet(SHEET)!.getCell('B2').value = '我改过的班级';
  const before = await writeWorkbookBuffer(wb);
  expect(() => writeSummary(wb, e, AT)).toThrow(
    '量化汇总表的 B2 中有您自己输入或改动过的内容，更新会覆盖它们。请把它们移到 L 列右边或别的工作表后再更新。',
  );
  // The parts, not the zip's bytes: the zip headers carry the time of writing (2-second steps).
  expect(parts(await writeWorkbookBuffer(wb))).toEqual(parts(before));
});
