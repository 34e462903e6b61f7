// 保存设置 on the open workbook (Office.js), from plans/settings.
//
// Sync 1 loads the 设置表's values (header row included), its position and the date system; sync 2
// writes the changed 值 cells and adds the new rows with one table.rows.add. When a 值 cell changed
// since the pane read it, nothing is written (one sync) and the conflicts are returned.
import { DATE_FORMAT, TABLES } from '../records/schema';
import { missingTableMessage } from '../plans/append';
import { conflictMessage, planSettings, type SettingsEdit, type SettingsWrite } from '../plans/settings';
import type { PlanValue } from '../plans/model';
import { fromCell, officeValue, queueDate1904 } from './cells';

const isDay = (v: PlanValue): boolean => v !== null && typeof v === 'object' && 'day' in v;

export async function writeSettings(
  context: Excel.RequestContext,
  edits: readonly SettingsEdit[],
): Promise<SettingsWrite> {
  const spec = TABLES.settings;
  // Sync 1.
  const table = context.workbook.tables.getItemOrNullObject(spec.table);
  table.load('name');
  const range = table.getRange();
  range.load('values, rowIndex');
  const date1904 = queueDate1904(context.workbook);
  await context.sync();
  if (table.isNullObject) throw new Error(missingTableMessage(spec.table));

  const values = range.values.map((r) => r.map(fromCell));
  const plan = planSettings(values, range.rowIndex + 1, edits);
  if (plan.conflicts.length > 0) {
    return { written: false, conflicts: plan.conflicts, message: conflictMessage(plan.conflicts) };
  }
  const d1904 = date1904();
  // Sync 2: only the 值 cells of changed rows, then the new rows below the table.
  for (const u of plan.updates) {
    const cell = range.getCell(u.index + 1, plan.valueCol);
    // A date is a date cell in the workbook's date system (shown as a date, not a serial).
    if (isDay(u.value)) cell.numberFormat = [[DATE_FORMAT]];
    cell.values = [[officeValue(u.value, d1904)]];
  }
  if (plan.appends.length > 0) {
    table.rows.add(
      undefined,
      plan.appends.map((r) => r.map((v) => officeValue(v, d1904))),
    );
    plan.appends.forEach((r, i) => {
      if (!isDay(r[plan.valueCol])) return;
      // Taken after rows.add in the same batch: the table range already includes the new rows.
      table.getRange().getCell(values.length + i, plan.valueCol).numberFormat = [[DATE_FORMAT]];
    });
  }
  if (plan.updates.length > 0 || plan.appends.length > 0) await context.sync();
  return { written: true, updated: plan.updates.length, appended: plan.appends.length };
}
