// The pane's writes of the 设置与名册 view: a pasted roster in ONE append call, and 保存设置 (plans/settings).
// Adapters are imported on use, so none of this is in the first screen's JavaScript.
import type * as ExcelJS from 'exceljs';
import type { RecordInput, TableKey } from '../../records/schema';
import type { SettingsEdit, SettingsWrite } from '../../plans/settings';

export interface AppendedAll {
  firstRow: number;
  count: number;
}

/** All rows in one append (≤ 2 syncs in Excel: one probe, one table.rows.add). */
export async function appendAllInExcel(key: TableKey, rows: RecordInput[]): Promise<AppendedAll> {
  const { append } = await import('../../excel/append');
  return Excel.run((context) => append(context, key, rows));
}

export async function appendAllInMemory(
  wb: ExcelJS.Workbook,
  key: TableKey,
  rows: RecordInput[],
): Promise<AppendedAll> {
  const { append } = await import('../../xlsx/append');
  return append(wb, key, rows);
}

export async function writeSettingsInExcel(edits: SettingsEdit[]): Promise<SettingsWrite> {
  const { writeSettings } = await import('../../excel/settings');
  return Excel.run((context) => writeSettings(context, edits));
}

export async function writeSettingsInMemory(wb: ExcelJS.Workbook, edits: SettingsEdit[]): Promise<SettingsWrite> {
  const { writeSettings } = await import('../../xlsx/settings');
  return writeSettings(wb, edits);
}
