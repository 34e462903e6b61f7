// 创建/修复记录表 (ensure) on an exceljs workbook: probe what is there, let plans/repair decide, apply.
import type * as ExcelJS from 'exceljs';
import {
  TABLES,
  TABLE_KEYS,
  VALIDATION_ROWS,
  type EnsureReport,
  type InitialRows,
  type TemplateOptions,
} from '../records/schema';
import { HEADER_STYLE } from '../plans/layout';
import { planEnsure, type AddColumnsPlan, type WorkbookProbe } from '../plans/repair';
import {
  findTable,
  findWorksheet,
  isEmptyCell,
  parseRange,
  plainValue,
  setTableRect,
  tableRect,
  tablesOf,
  validationsOf,
  type Rect,
  type TableHandle,
} from './cells';
import { applyStyle, formatColumn, layoutSheet, xlsxColumnWidth } from './write';

/** Whether a sheet holds anything: a value in any cell, or a table. */
export function hasContent(ws: ExcelJS.Worksheet): boolean {
  if (tablesOf(ws).length > 0) return true;
  let found = false;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!isEmptyCell(cell)) found = true;
    });
  });
  return found;
}

/** Every cell of the region is empty and no other table overlaps it. */
function regionFree(ws: ExcelJS.Worksheet, region: Rect, self: TableHandle): boolean {
  for (const other of tablesOf(ws)) {
    if (other === self) continue;
    const r = tableRect(other);
    if (r && r.left <= region.right && region.left <= r.right && r.top <= region.bottom && region.top <= r.bottom) {
      return false;
    }
  }
  for (let r = region.top; r <= region.bottom; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    // findCell (exceljs's Row, untyped): looking must not create cells in the model.
    const find = (row as unknown as { findCell(c: number): ExcelJS.Cell | undefined }).findCell.bind(row);
    for (let c = region.left; c <= region.right; c++) {
      const cell = find(c);
      if (cell && !isEmptyCell(cell)) return false;
    }
  }
  return true;
}

/** What the workbook has, for plans/repair. Columns to add need as many free cells as the spec has columns at most. */
export function probeWorkbook(wb: ExcelJS.Workbook): WorkbookProbe {
  const probe: WorkbookProbe = {};
  for (const key of TABLE_KEYS) {
    const spec = TABLES[key];
    const found = findTable(wb, spec.table);
    const rect = found && tableRect(found.table);
    if (found && rect) {
      const headers: unknown[] = [];
      for (let c = rect.left; c <= rect.right; c++)
        headers.push(plainValue(found.worksheet.getCell(rect.top, c).value));
      const right: Rect = { ...rect, left: rect.right + 1, right: rect.right + spec.columns.length };
      const rightFree = regionFree(found.worksheet, right, found.table);
      probe[key] = { table: { sheet: found.worksheet.name, headers, rightFree } };
    }
    // Our sheet by name, also when the table is elsewhere (it may be a user's table: plans/repair).
    const ws = findWorksheet(wb, spec.sheet);
    if (ws) probe[key] = { ...probe[key], sheet: { name: ws.name, empty: !hasContent(ws) } };
  }
  return probe;
}

/** Whether any cell of column `col`, rows top..bottom, already has a data validation. */
function hasValidation(ws: ExcelJS.Worksheet, col: number, top: number, bottom: number): boolean {
  for (const [address, dv] of Object.entries(validationsOf(ws).model)) {
    const r = dv ? parseRange(address) : null;
    if (r && r.left <= col && col <= r.right && r.top <= bottom && top <= r.bottom) return true;
  }
  return false;
}

function addColumns(wb: ExcelJS.Workbook, plan: AddColumnsPlan): void {
  const found = findTable(wb, plan.table);
  const rect = found && tableRect(found.table);
  if (!found || !rect) return;
  const ws = found.worksheet;
  const end = Math.max(rect.bottom, rect.top + VALIDATION_ROWS);
  plan.columns.forEach((col, j) => {
    const c = rect.right + 1 + j;
    const head = ws.getCell(rect.top, c);
    head.value = col.header;
    applyStyle(head, HEADER_STYLE);
    const column = ws.getColumn(c);
    if (column.width === undefined && col.width) column.width = xlsxColumnWidth(col.width);
    found.table.table.columns.push({ name: col.header, filterButton: true, totalsRowFunction: 'none' });
    // Formats on the table's rows; the drop-down down to VALIDATION_ROWS unless the user has one there.
    formatColumn(ws, c, { ...col, list: undefined }, rect.top + 1, rect.bottom);
    if (col.list && !hasValidation(ws, c, rect.top + 1, end))
      formatColumn(ws, c, { header: col.header, list: col.list, strict: col.strict }, rect.top + 1, end);
  });
  setTableRect(found.table, { ...rect, right: rect.right + plan.columns.length });
}

/**
 * Creates or repairs every schema table; never overwrites anything. `rows`: initial records for the
 * tables that are created (createWorkbook); ignored for tables that exist.
 */
export function ensure(wb: ExcelJS.Workbook, options: TemplateOptions = {}, rows?: InitialRows): EnsureReport {
  const plan = planEnsure(probeWorkbook(wb), options, rows);
  for (const c of plan.create) layoutSheet(findWorksheet(wb, c.sheet.name) ?? wb.addWorksheet(c.sheet.name), c.sheet);
  plan.addColumns.forEach((a) => addColumns(wb, a));
  return plan.report;
}
