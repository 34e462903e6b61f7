// TEST-ONLY: applies a print SheetPlan to an exceljs worksheet, so the plans can be rendered by
// LibreOffice before the real adapters' applySheet (branch plans) lands. Not a second adapter: it
// covers only what print plans use (values, styles, merges, widths, heights, page setup, breaks).
import ExcelJS from 'exceljs';
import type { CellPlan, CellStyle, PlanValue } from '../../src/plans/model';
import type { PrintSheetPlan } from '../../src/plans/print';

function valueOf(v: PlanValue): ExcelJS.CellValue {
  if (v === null || typeof v !== 'object') return v;
  if ('day' in v) return new Date(v.day * 86_400_000);
  return { formula: v.formula.replace(/^=/u, '') };
}

function styleCell(cell: ExcelJS.Cell, s: CellStyle): void {
  cell.font = { bold: !!s.bold, size: s.size ?? 11, ...(s.fontColor ? { color: { argb: `FF${s.fontColor}` } } : {}) };
  cell.alignment = { horizontal: s.horizontal, vertical: s.vertical, wrapText: !!s.wrap };
  if (s.border) {
    const thin = { style: 'thin' as const };
    cell.border = { top: thin, bottom: thin, left: thin, right: thin };
  }
}

function put(ws: ExcelJS.Worksheet, c: CellPlan): void {
  const cell = ws.getCell(c.row, c.col);
  cell.value = valueOf(c.value);
  if (c.style) styleCell(cell, c.style);
}

export function applyPrintSheet(wb: ExcelJS.Workbook, plan: PrintSheetPlan): ExcelJS.Worksheet {
  const m = plan.print.margins!;
  const ws = wb.addWorksheet(plan.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: plan.print.orientation,
      horizontalCentered: !!plan.print.centerHorizontally,
      margins: { ...m, header: 0.3, footer: 0.3 },
      // exceljs prefixes only the columns with $ ('A2:D8' → '$A2:$D8', and LibreOffice then ignores the
      // area): give it 'A$2:D$8' so that the rows are absolute too.
      printArea: plan.print.area.replace(/([A-Z]+)(\d+)/gu, '$1$$$2'),
    },
  });
  (plan.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [row, h] of Object.entries(plan.rowHeights ?? {})) ws.getRow(Number(row)).height = h;
  for (const c of plan.cells) put(ws, c);
  // A break in the plan is the first row of a page; OOXML's <brk id> is the last row before it.
  for (const r of plan.print.rowBreaks) ws.getRow(r - 1).addPageBreak();
  for (const range of plan.merges ?? []) ws.mergeCells(range);
  return ws;
}
