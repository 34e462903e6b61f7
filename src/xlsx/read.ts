// Reads the schema tables of an exceljs workbook into RawWorkbook (header row + data rows), the same
// shape the Office.js gateway returns, so one parser (records/parseWorkbook) serves both.
import type * as ExcelJS from 'exceljs';
import type { Diagnostic } from '../rules/model';
import { TABLES, TABLE_KEYS, type RawTable, type RawWorkbook, type TableSpec } from '../records/schema';
import { matchColumns } from '../records/columns';
import { findTable, findWorksheet, isBlankValue, plainValue, tableRect } from './cells';

/** How many rows from the top of a sheet are searched for a header row when there is no table. */
const HEADER_SCAN_ROWS = 10;

/** Every schema table found by table name (or, failing that, by sheet name), plus reader diagnostics. */
export function readWorkbook(wb: ExcelJS.Workbook): { raw: RawWorkbook; diagnostics: Diagnostic[] } {
  const tables: RawWorkbook['tables'] = {};
  const diagnostics: Diagnostic[] = [];
  for (const key of TABLE_KEYS) {
    const spec = TABLES[key];
    const found = findTable(wb, spec.table);
    if (found) {
      const t = readTable(found.worksheet, found.table.table, spec);
      if (t) {
        tables[key] = t;
        continue;
      }
    }
    const ws = findWorksheet(wb, spec.sheet);
    if (!ws) continue;
    const fromSheet = readSheet(ws, spec);
    if (fromSheet) {
      tables[key] = fromSheet;
      diagnostics.push({
        table: spec.table,
        row: fromSheet.headerRow,
        column: null,
        severity: 'info',
        message:
          `未找到表格“${spec.table}”，已按工作表“${ws.name}”的第${fromSheet.headerRow}行表头读取。` +
          `建议在任务窗格中点击“创建/修复记录表”。`,
      });
    } else {
      diagnostics.push({
        table: spec.table,
        row: null,
        column: null,
        severity: 'warning',
        message:
          `未找到表格“${spec.table}”，工作表“${ws.name}”的前${HEADER_SCAN_ROWS}行中也没有它的表头，已按缺少该表处理。` +
          `请检查表头文字，或在任务窗格中点击“创建/修复记录表”。`,
      });
    }
  }
  const props = wb.properties as unknown as { date1904?: boolean } | undefined;
  return { raw: { tables, date1904: props?.date1904 === true }, diagnostics };
}

function rowValues(ws: ExcelJS.Worksheet, r: number, left: number, right: number): unknown[] {
  const row = ws.findRow(r);
  const out: unknown[] = new Array(right - left + 1).fill(null);
  if (!row) return out;
  for (let c = left; c <= right; c++) out[c - left] = plainValue(row.getCell(c).value);
  return out;
}

/** A table's header and data rows from its ref (without a totals row). */
function readTable(
  ws: ExcelJS.Worksheet,
  model: {
    name: string;
    headerRow?: boolean;
    totalsRow?: boolean;
    tableRef?: string;
    ref?: string;
    columns: unknown[];
  },
  spec: TableSpec,
): RawTable | null {
  const rect = tableRect({ table: model as never });
  if (!rect) return null;
  // A table saved without a header row: the row above it holds the headers, if anything does.
  const top = model.headerRow === false ? Math.max(1, rect.top - 1) : rect.top;
  const bottom = model.totalsRow ? rect.bottom - 1 : rect.bottom;
  const values: unknown[][] = [];
  for (let r = top; r <= bottom; r++) values.push(rowValues(ws, r, rect.left, rect.right));
  return { key: spec.key, name: model.name, sheet: ws.name, headerRow: top, values, source: 'table' };
}

/** A sheet without our table: the best header row among the first rows, then down to the last non-empty row. */
function readSheet(ws: ExcelJS.Worksheet, spec: TableSpec): RawTable | null {
  const lastCol = Math.max(ws.columnCount, spec.columns.length);
  const required = spec.columns.filter((c) => c.required).length;
  let best: { row: number; matched: number; left: number; right: number } | null = null;
  for (let r = 1; r <= Math.min(HEADER_SCAN_ROWS, ws.rowCount); r++) {
    const values = rowValues(ws, r, 1, lastCol);
    const { missing } = matchColumns(spec, values);
    const matched = spec.columns.length - missing.length;
    const requiredFound = required - missing.filter((c) => c.required).length;
    if (matched < Math.min(2, spec.columns.length) || requiredFound * 2 < required) continue;
    if (!best || matched > best.matched) {
      let left = 1;
      while (left < lastCol && isBlankValue(values[left - 1])) left++;
      let right = lastCol;
      while (right > left && isBlankValue(values[right - 1])) right--;
      best = { row: r, matched, left, right };
    }
  }
  if (!best) return null;
  let last = best.row;
  for (let r = best.row + 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    for (let c = best.left; c <= best.right; c++) {
      if (!isBlankValue(row.getCell(c).value)) {
        last = r;
        break;
      }
    }
  }
  const values: unknown[][] = [];
  for (let r = best.row; r <= last; r++) values.push(rowValues(ws, r, best.left, best.right));
  return { key: spec.key, name: ws.name, sheet: ws.name, headerRow: best.row, values, source: 'sheet' };
}
