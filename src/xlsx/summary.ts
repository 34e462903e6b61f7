// The 量化汇总 sheet of an exceljs workbook (the .xlsx twin of excel/summary), from records/summary's
// layout: computed values beside live =BZR.* formulas. Our own sheet (marker in A1) is replaced at its
// place; a user's sheet of that name is never overwritten. Everything is checked before anything is
// changed; the workbook is in memory, so nothing reaches the file until the caller saves it
// (saveWorkbook writes a temporary file and renames it).
import type * as ExcelJS from 'exceljs';
import { SUMMARY_SHEET, TABLES, TABLE_KEYS } from '../records/schema';
import { SUMMARY_MARKER, summaryLayout } from '../records/summary';
import type { Evaluation } from '../rules/model';
import { findTable, findWorksheet, isEmptyCell, plainValue, textValue } from './cells';

function hasContent(ws: ExcelJS.Worksheet): boolean {
  let found = false;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!isEmptyCell(cell)) found = true;
    });
  });
  return found;
}

export function writeSummary(wb: ExcelJS.Workbook, evaluation: Evaluation, computedAt: Date): void {
  const old = findWorksheet(wb, SUMMARY_SHEET);
  if (old && hasContent(old) && plainValue(old.getCell(1, 1).value) !== SUMMARY_MARKER) {
    throw new Error(
      `工作簿中已有名为“${SUMMARY_SHEET}”的工作表，但它不是由本加载项生成的（A1 单元格没有“${SUMMARY_MARKER}”标记）。` +
        `为免覆盖您的内容，汇总没有写入。请把该工作表改名或移走，再点击“计算”。`,
    );
  }
  const present = TABLE_KEYS.map((k) => TABLES[k].table).filter((name) => findTable(wb, name) !== undefined);
  const layout = summaryLayout(evaluation, computedAt, present);

  const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SUMMARY_SHEET);
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;

  layout.values.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v === '') return;
      ws.getCell(i + 1, j + 1).value = typeof v === 'string' ? textValue(v) : v;
    });
  });
  for (const f of layout.formulas) {
    ws.getCell(f.row, f.col).value = { formula: f.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  }
  const cols = layout.values[0]?.length ?? 0;
  for (const r of layout.boldRows) {
    for (let c = 1; c <= cols; c++) ws.getCell(r, c).font = { bold: true };
  }
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  layout.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
}
