// TEMPORARY until src/xlsx applySheet lands: applies OUR SheetPlans (tables, cells, widths, frozen
// header, A4 print setup) to an exceljs workbook. Replace every call with src/xlsx's applySheet.
import type * as ExcelJS from 'exceljs';
import type { CellStyle, PlanValue, SheetPlan, TablePlan } from '../plans/model';
import { dateFromDay } from '../rules/days';
import { textValue } from '../xlsx/cells';

/**
 * A string is always text: exceljs stores every string value as a shared string (t="s"), never as a
 * formula, so `=HYPERLINK(…)` from a class workbook arrives in SUMMARY.xlsx as the characters typed.
 * (exceljs 4.4 cannot write the quotePrefix style attribute; the adapter in src/xlsx adds it.)
 */
function cellValue(v: PlanValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'string') return textValue(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if ('day' in v) return dateFromDay(v.day);
  return { formula: v.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
}

function applyStyle(cell: ExcelJS.Cell, s: CellStyle | undefined): void {
  if (!s) return;
  if (s.bold || s.size || s.fontColor) {
    cell.font = { bold: s.bold, size: s.size, color: s.fontColor ? { argb: `FF${s.fontColor}` } : undefined };
  }
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } };
  if (s.numberFormat) cell.numFmt = s.numberFormat;
  if (s.wrap || s.horizontal || s.vertical) {
    cell.alignment = { wrapText: s.wrap, horizontal: s.horizontal, vertical: s.vertical };
  }
}

function addTable(ws: ExcelJS.Worksheet, t: TablePlan): void {
  const width = t.columns.length;
  const rows = t.rows.length > 0 ? t.rows : [new Array<PlanValue>(width).fill(null)];
  ws.addTable({
    name: t.name,
    ref: ws.getCell(t.headerRow, t.firstCol).address,
    headerRow: true,
    style: { theme: (t.style ?? undefined) as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.map((r) => Array.from({ length: width }, (_, i) => cellValue(r[i] ?? null))),
  });
  t.columns.forEach((c, i) => {
    if (!c.wrap && !c.numberFormat) return;
    for (let r = 1; r <= rows.length; r++) {
      const cell = ws.getCell(t.headerRow + r, t.firstCol + i);
      if (c.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      if (c.numberFormat) cell.numFmt = c.numberFormat;
    }
  });
}

export function applySheetPlan(wb: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(plan.name);
  plan.widths?.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const t of plan.tables) addTable(ws, t);
  for (const c of plan.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = cellValue(c.value);
    applyStyle(cell, c.style);
  }
  for (const m of plan.merges ?? []) ws.mergeCells(m);
  if (plan.freezeRows) ws.views = [{ state: 'frozen', ySplit: plan.freezeRows, xSplit: 0 }];
  const p = plan.print;
  if (p) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: p.fitToWidth === true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: p.centerHorizontally === true,
      printTitlesRow: p.titleRows ? `${p.titleRows[0]}:${p.titleRows[1]}` : undefined,
    };
  }
  return ws;
}
