// 保存设置 on an exceljs workbook, from plans/settings: changed 值 cells are written in place, new keys
// become rows below the table (its extent moved, as in xlsx/append). All checks happen before the first
// cell is written; a conflict writes nothing.
import type * as ExcelJS from 'exceljs';
import { TABLES } from '../records/schema';
import { missingTableMessage } from '../plans/append';
import { conflictMessage, planSettings, type SettingsEdit, type SettingsWrite } from '../plans/settings';
import { colLetter, findTable, isEmptyCell, plainValue, setTableRect, tableRect } from './cells';
import { writeValue } from './write';

export function writeSettings(wb: ExcelJS.Workbook, edits: readonly SettingsEdit[]): SettingsWrite {
  const spec = TABLES.settings;
  const found = findTable(wb, spec.table);
  if (!found) throw new Error(missingTableMessage(spec.table));
  const ws = found.worksheet;
  const rect = tableRect(found.table);
  if (!rect) throw new Error(`表格“${spec.table}”的范围无法读取，请在 Excel 中打开并检查该表格。`);
  const values: unknown[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: unknown[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(plainValue(ws.getCell(r, c).value));
    values.push(row);
  }
  const plan = planSettings(values, rect.top, edits);
  if (plan.conflicts.length > 0) {
    return { written: false, conflicts: plan.conflicts, message: conflictMessage(plan.conflicts) };
  }
  const first = rect.bottom + 1;
  const newBottom = rect.bottom + plan.appends.length;
  const right = Math.max(rect.right, rect.left + plan.valueCol);
  // exceljs cannot insert cells: the rows below the table must be free (Excel would shift them).
  for (let r = first; r <= newBottom; r++) {
    for (let c = rect.left; c <= right; c++) {
      if (!isEmptyCell(ws.getCell(r, c))) {
        throw new Error(
          `设置表下方的单元格（${colLetter(c)}${r}）已有内容，无法添加新的设置项。请把设置表下方的内容移开后重试。`,
        );
      }
    }
  }
  for (const u of plan.updates) writeValue(ws.getCell(rect.top + 1 + u.index, rect.left + plan.valueCol), u.value);
  plan.appends.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null) writeValue(ws.getCell(first + i, rect.left + j), v);
    }),
  );
  if (newBottom > rect.bottom) setTableRect(found.table, { ...rect, bottom: newBottom });
  return { written: true, updated: plan.updates.length, appended: plan.appends.length };
}
