// Reading exceljs cells, ranges and tables (the .xlsx adapter's probes). Writing is in write.ts.
import type * as ExcelJS from 'exceljs';
import { textKey } from '../rules/text';
import { formatRange, parseRef, type Rect } from '../plans/a1';

export { colLetter, formatRange, type Rect } from '../plans/a1';

/** Plain value of an exceljs cell value: formula → its result, rich text → its text, hyperlink → its text. */
export function plainValue(v: ExcelJS.CellValue | undefined): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' || v instanceof Date) return v;
  const o = v as unknown as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) {
    const r = o.result;
    return r === undefined ? null : plainValue(r as ExcelJS.CellValue);
  }
  if (Array.isArray(o.richText)) {
    return (o.richText as Array<{ text?: unknown }>).map((p) => (typeof p.text === 'string' ? p.text : '')).join('');
  }
  if ('hyperlink' in o && 'text' in o) return plainValue(o.text as ExcelJS.CellValue);
  return v; // { error: '#N/A' } and anything else: as exceljs gives it
}

/** Whether a cell is free to be written: nothing at all in it (a formula, even without a result, is content). */
export function isEmptyCell(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  return v === null || v === undefined || v === '';
}

// ---------------------------------------------------------------------------------------------
// Ranges and tables. exceljs keeps a table's extent in its model: `tableRef` ('A3:F10', read from
// the file or computed by addTable) and `autoFilterRef`; a loaded table has no `rows` array, so the
// model is the one place to read and change the extent for both created and loaded tables.

/** The parts of exceljs's table model that our code reads and changes. */
export interface TableModel {
  name: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: Array<{ name: string; filterButton?: boolean; totalsRowFunction?: string; totalsRowLabel?: string }>;
  rows?: unknown[][];
}

export interface TableHandle {
  table: TableModel;
}

/** 'A3:F10', '$A$3:$F$10' or 'A3' → Rect; null when absent or unreadable (plans/a1). */
export function parseRange(ref: string | undefined): Rect | null {
  return ref ? parseRef(ref) : null;
}

/** Table and sheet names compare by the one text key (SPEC §1). */
export const nameKey = textKey;

/** Every table of a worksheet (exceljs's typings say otherwise; at run time it is an array of tables). */
export function tablesOf(ws: ExcelJS.Worksheet): TableHandle[] {
  return (ws.getTables() as unknown as TableHandle[]).filter((t) => t && t.table);
}

/** A table by name anywhere in the workbook (names compared with nameKey). */
export function findTable(
  wb: ExcelJS.Workbook,
  name: string,
): { worksheet: ExcelJS.Worksheet; table: TableHandle } | undefined {
  const key = nameKey(name);
  for (const ws of wb.worksheets) {
    for (const t of tablesOf(ws)) {
      if (nameKey(t.table.name ?? '') === key || nameKey(t.table.displayName ?? '') === key) {
        return { worksheet: ws, table: t };
      }
    }
  }
  return undefined;
}

/** A worksheet by name (compared with nameKey). */
export function findWorksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = nameKey(name);
  return wb.worksheets.find((ws) => nameKey(ws.name) === key);
}

/** The table's full extent (header, body and totals rows). */
export function tableRect(t: TableHandle): Rect | null {
  const m = t.table;
  const full = parseRange(m.tableRef);
  if (full) return full;
  // A table made by addTable before validate ran: ref is the top-left cell only.
  const tl = parseRange(m.ref);
  if (!tl) return null;
  const height = (m.headerRow === false ? 0 : 1) + (m.rows?.length ?? 0) + (m.totalsRow ? 1 : 0);
  return {
    top: tl.top,
    left: tl.left,
    bottom: tl.top + Math.max(height, 1) - 1,
    right: tl.left + m.columns.length - 1,
  };
}

/** Moves the table's bottom/right edge (the cells themselves are written by the caller). */
export function setTableRect(t: TableHandle, r: Rect): void {
  const m = t.table;
  m.tableRef = formatRange(r);
  const filterBottom = m.totalsRow ? r.bottom - 1 : r.bottom;
  m.autoFilterRef = formatRange({ ...r, bottom: filterBottom });
}

/** exceljs's per-sheet data validations (missing from its typings): address or range → validation. */
export interface DataValidationStore {
  model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, validation: ExcelJS.DataValidation): void;
}

export function validationsOf(ws: ExcelJS.Worksheet): DataValidationStore {
  return (ws as unknown as { dataValidations: DataValidationStore }).dataValidations;
}
