// Shared helpers for the xlsx tests: round trips and cell snapshots through exceljs.
import ExcelJS from 'exceljs';
import { dayFromYMD } from '../../src/rules/days';
import type { TemplateOptions } from '../../src/records/schema';
import { loadWorkbook, writeWorkbookBuffer } from '../../src/xlsx';

export const OPTIONS: TemplateOptions = {
  school: '阿克苏职业技术学院',
  department: '财经学院',
  major: '大数据与会计',
  className: '会计2301',
  advisor: '王老师',
  academicYear: '2026-2027',
  semester: 1,
  semesterStart: dayFromYMD(2026, 9, 7),
};

export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await writeWorkbookBuffer(wb));
}

/** Every cell of every sheet: value, number format and font, as JSON text. */
export function snapshot(wb: ExcelJS.Workbook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        out[`${ws.name}!${r}:${c}`] = JSON.stringify({
          v: cell.value instanceof Date ? cell.value.toISOString() : cell.value,
          f: cell.numFmt ?? null,
          b: cell.font?.bold ?? null,
        });
      });
    });
  }
  return out;
}

/** The (single) table of a sheet, as exceljs loaded it. */
export function tableModel(ws: ExcelJS.Worksheet): {
  name: string;
  tableRef: string;
  columns: Array<{ name: string }>;
} {
  const tables = ws.getTables() as unknown as Array<{
    table: { name: string; tableRef: string; columns: Array<{ name: string }> };
  }>;
  expect(tables).toHaveLength(1);
  return tables[0].table;
}

export function newWorkbook(): ExcelJS.Workbook {
  return new ExcelJS.Workbook();
}
