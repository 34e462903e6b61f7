// Append records to a table of an exceljs workbook (plans/append decides columns,
// numbers and values), numbering
// 编号/序号/次数 automatically (largest existing number + 1, …).
//
// exceljs has no working “add a row to a loaded table”: Table.addRow only edits the in-memory rows of
// a table created in this session and rewrites every cell from them on commit. What survives a save
// and load is the table's extent in its model (tableRef/autoFilterRef) plus the cells themselves, so
// the rows are written as cells below the table and the extent is moved (setTableRect) — checked by a
// save/load round trip in test/contract. A fresh table's blank row takes the first record.
// All checks happen before the first cell is written: an error leaves the workbook unchanged.
import type * as ExcelJS from 'exceljs';
import { isBlankCell } from '../records/values';
import { TABLES, type RecordInput, type TableKey } from '../records/schema';
import { missingTableMessage, planAppend, seqIndex } from '../plans/append';
import {
  colLetter,
  findTable,
  isEmptyCell,
  parseRange,
  plainValue,
  setTableRect,
  tableRect,
  validationsOf,
} from './cells';
import { writeValue } from './write';

/** Whether the table's only body row is the template's blank row (it takes the first record). */
function isFreshRow(ws: ExcelJS.Worksheet, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const v = ws.getCell(row, c).value;
    if (!isBlankCell(v) || (v !== null && typeof v === 'object' && !(v instanceof Date))) return false;
  }
  return true;
}

export function append(wb: ExcelJS.Workbook, key: TableKey, rows: RecordInput[]): { firstRow: number; count: number } {
  const spec = TABLES[key];
  if (rows.length === 0) return { firstRow: 0, count: 0 };
  const found = findTable(wb, spec.table);
  if (!found) throw new Error(missingTableMessage(spec.table));
  const ws = found.worksheet;
  const rect = tableRect(found.table);
  if (!rect) throw new Error(`表格“${spec.table}”的范围无法读取，请在 Excel 中打开并检查该表格。`);
  if (found.table.table.totalsRow) {
    throw new Error(`表格“${spec.table}”有汇总行，无法在末尾添加记录。请在“表设计”中取消“汇总行”后重试。`);
  }

  const cellValue = (r: number, c: number): unknown => plainValue(ws.getCell(r, c).value);
  const header: unknown[] = [];
  for (let c = rect.left; c <= rect.right; c++) header.push(cellValue(rect.top, c));
  const s = seqIndex(key, header);
  const seqValues: unknown[][] = [];
  if (s !== undefined) for (let r = rect.top + 1; r <= rect.bottom; r++) seqValues.push([cellValue(r, rect.left + s)]);
  const plan = planAppend(key, header, seqValues, rows);

  const fresh = rect.bottom - rect.top === 1 && isFreshRow(ws, rect.bottom, rect.left, rect.right);
  const first = fresh ? rect.bottom : rect.bottom + 1;
  const newBottom = first + rows.length - 1;
  // Excel would insert cells; exceljs cannot shift a column span, so the rows below must be free.
  for (let r = rect.bottom + 1; r <= newBottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      if (!isEmptyCell(ws.getCell(r, c))) {
        throw new Error(
          `表格“${spec.table}”下方的单元格（${colLetter(c)}${r}）已有内容，无法在表格末尾添加记录。请把表格下方的内容移开后重试。`,
        );
      }
    }
  }

  plan.rows.forEach((values, i) => {
    values.forEach((v, j) => {
      // Blank fields leave the cell as it is (a fresh row's formats stay).
      if (v !== null) writeValue(ws.getCell(first + i, rect.left + j), v);
    });
  });
  if (newBottom > rect.bottom) {
    setTableRect(found.table, { ...rect, bottom: newBottom });
    extendValidations(ws, rect.left, rect.right, rect.bottom, newBottom);
  }
  return { firstRow: first, count: rows.length };
}

/**
 * Drop-down lists that cover the table's last row are continued down to its new last row (Excel does
 * this for tables). exceljs keeps validations by range when it wrote them and by single cell after a
 * load, so coverage is computed per column.
 */
function extendValidations(ws: ExcelJS.Worksheet, left: number, right: number, oldBottom: number, newBottom: number) {
  const store = validationsOf(ws);
  const entries = Object.entries(store.model)
    .map(([address, dv]) => ({ r: parseRange(address), dv }))
    .filter((e): e is { r: NonNullable<typeof e.r>; dv: ExcelJS.DataValidation } => !!e.r && !!e.dv);
  for (let c = left; c <= right; c++) {
    const inColumn = entries.filter((e) => e.r.left <= c && c <= e.r.right).sort((a, b) => a.r.top - b.r.top);
    const at = inColumn.find((e) => e.r.top <= oldBottom && oldBottom <= e.r.bottom);
    if (!at) continue;
    let end = oldBottom;
    for (const e of inColumn) {
      if (e.r.top <= end + 1 && e.r.bottom > end && e.dv.formulae?.[0] === at.dv.formulae?.[0]) end = e.r.bottom;
    }
    if (end < newBottom) store.add(`${colLetter(c)}${end + 1}:${colLetter(c)}${newBottom}`, { ...at.dv });
  }
}
