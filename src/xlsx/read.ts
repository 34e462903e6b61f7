// Reads the schema tables of an exceljs workbook into RawWorkbook (header row + data rows), the same
// shape the Office.js gateway returns, so one parser (records/parseWorkbook) serves both.
import type * as ExcelJS from 'exceljs';
import type { Diagnostic } from '../rules/model';
import { TABLES, TABLE_KEYS, type RawTable, type RawWorkbook, type TableSpec } from '../records/schema';
import { conflictingTableDiagnostic, isOurTable, sheetFallbackDiagnostic, tableFromSheet } from '../records/sheet';
import { findTable, findWorksheet, plainValue, tableRect } from './cells';

/** Every schema table found by table name (or, failing that, by sheet name), plus reader diagnostics. */
export function read(wb: ExcelJS.Workbook): { raw: RawWorkbook; diagnostics: Diagnostic[] } {
  const tables: RawWorkbook['tables'] = {};
  const diagnostics: Diagnostic[] = [];
  for (const key of TABLE_KEYS) {
    const spec = TABLES[key];
    const found = findTable(wb, spec.table);
    // The sheet of a table with our name that is the user's own (records/sheet isOurTable): not read.
    let conflict: string | null = null;
    if (found) {
      const t = readTable(found.worksheet, found.table.table, spec);
      if (t && isOurTable(key, t.sheet, t.values[0] ?? [])) {
        tables[key] = t;
        continue;
      }
      if (t) conflict = t.sheet;
    }
    const ws = findWorksheet(wb, spec.sheet);
    if (!ws) {
      if (conflict !== null) diagnostics.push(conflictingTableDiagnostic(key, conflict, null, null));
      continue;
    }
    const fromSheet = tableFromSheet(key, ws.name, sheetValues(ws, spec));
    if (fromSheet) tables[key] = fromSheet;
    diagnostics.push(
      conflict !== null
        ? conflictingTableDiagnostic(key, conflict, ws.name, fromSheet)
        : sheetFallbackDiagnostic(key, ws.name, fromSheet),
    );
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

/** A sheet's values from A1 (exceljs cell shapes unwrapped), at least as wide as the table. */
function sheetValues(ws: ExcelJS.Worksheet, spec: TableSpec): unknown[][] {
  const lastCol = Math.max(ws.columnCount, spec.columns.length);
  const values: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) values.push(rowValues(ws, r, 1, lastCol));
  return values;
}
