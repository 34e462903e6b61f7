// The one place where the pane calls the workbook gateways' record operations (append, undo). The
// gateways are being unified behind one interface: when their names change, only this file changes.
import type * as ExcelJS from 'exceljs';
import type { RecordInput, TableKey } from '../records/schema';

export interface Appended {
  /** Worksheet row (1-based) of the new record. */
  row: number;
}

export type Removed = { removed: true } | { removed: false; reason: string };

/** Appends one numbered record to the open Excel workbook (≤ 2 syncs). */
export async function appendInExcel(key: TableKey, input: RecordInput): Promise<Appended> {
  const { append } = await import('../excel/append');
  const r = await Excel.run((context) => append(context, key, [input]));
  return { row: r.firstRow };
}

export async function removeInExcel(key: TableKey, row: number, input: RecordInput): Promise<Removed> {
  const { removeRow } = await import('../excel/undo');
  return Excel.run((context) => removeRow(context, key, row, input));
}

/** Appends one numbered record to a workbook held in memory (stand-alone mode). */
export async function appendInMemory(wb: ExcelJS.Workbook, key: TableKey, input: RecordInput): Promise<Appended> {
  const { append } = await import('../xlsx/append');
  return { row: append(wb, key, [input]).firstRow };
}

export async function removeInMemory(
  wb: ExcelJS.Workbook,
  key: TableKey,
  row: number,
  input: RecordInput,
): Promise<Removed> {
  const { removeRow } = await import('../xlsx/undo');
  return removeRow(wb, key, row, input);
}
