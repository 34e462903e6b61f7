// Undo of the pane's own last append in an exceljs workbook (the stand-alone pane edits one in memory):
// the twin of excel/undo. The table's last row is removed only when it still equals what was written;
// a table's only body row is emptied instead, so the table keeps the blank row the template has.
import type * as ExcelJS from 'exceljs';
import { matchColumns } from '../records/columns';
import { TABLES, type RecordInput, type TableKey } from '../records/schema';
import { recordValue } from '../plans/values';
import { findTable, plainValue, setTableRect, tableRect } from './cells';
import { tableValue } from './write';

export type RemoveResult = { removed: true } | { removed: false; reason: string };

function same(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v instanceof Date ? v.getTime() : v === null || v === undefined ? '' : String(v));
  return norm(a) === norm(b);
}

export function removeRow(wb: ExcelJS.Workbook, key: TableKey, row: number, input: RecordInput): RemoveResult {
  const spec = TABLES[key];
  const found = findTable(wb, spec.table);
  const rect = found && tableRect(found.table);
  if (!found || !rect) return { removed: false, reason: `找不到表格“${spec.table}”，无法撤销。` };
  if (rect.bottom !== row) {
    return {
      removed: false,
      reason: `“${spec.sheet}”表格在第${row}行之后已有变化，无法撤销。如需删除，请在工作表中直接删除第${row}行。`,
    };
  }
  const ws = found.worksheet;
  const header: unknown[] = [];
  for (let c = rect.left; c <= rect.right; c++) header.push(plainValue(ws.getCell(rect.top, c).value));
  const { index } = matchColumns(spec, header);
  const unchanged = spec.columns.every((col) => {
    const i = index[col.field];
    if (i === undefined || col.kind === 'seq') return true;
    return same(plainValue(ws.getCell(row, rect.left + i).value), tableValue(recordValue(col, input[col.field])));
  });
  if (!unchanged) {
    return {
      removed: false,
      reason: `“${spec.sheet}”第${row}行已被修改，为免丢失您的修改，没有撤销。如需删除，请在工作表中直接删除该行。`,
    };
  }
  // Values only: the row keeps its formats (the blank template row keeps them for the next record).
  for (let c = rect.left; c <= rect.right; c++) ws.getCell(row, c).value = null;
  if (rect.bottom - rect.top > 1) setTableRect(found.table, { ...rect, bottom: rect.bottom - 1 });
  return { removed: true };
}
