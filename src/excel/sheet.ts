// applySheet and 写入量化汇总 (writeSummary) on the open workbook (Office.js).
//
// All or nothing: sync 1 reads what is there; sync 2 builds the new sheet under a temporary name,
// and only at the end of that same batch deletes the old sheet and renames the new one. If the
// batch fails, the old sheet stays as it was (a leftover temporary sheet is removed next time).
// A sheet of that name that we did not write (not empty, no plan.marker in A1) is never touched.
import { SUMMARY_SHEET, TABLES, TABLE_KEYS } from '../records/schema';
import type { SheetPlan } from '../plans/model';
import { foreignSheetMessage } from '../plans/sheet';
import { summaryPlan } from '../plans/summary';
import type { Evaluation } from '../rules/model';
import { queueDate1904 } from './cells';
import { layoutSheet } from './layout';

/** The name a sheet is built under before it replaces the old one (Excel sheet names: ≤ 31 characters). */
export function tempSheetName(name: string): string {
  return `${name}（生成中）`.slice(-31);
}

/** The temporary name of the 量化汇总 sheet while it is written. */
export const SUMMARY_TEMP_SHEET = tempSheetName(SUMMARY_SHEET);

interface Probe {
  old: Excel.Worksheet;
  a1: Excel.Range;
  used: Excel.Range;
  temp: Excel.Worksheet;
}

function queueProbe(wb: Excel.Workbook, name: string): Probe {
  const old = wb.worksheets.getItemOrNullObject(name);
  old.load('name, position');
  const a1 = old.getRange('A1');
  a1.load('values');
  const used = old.getUsedRangeOrNullObject(false);
  used.load('rowIndex');
  const temp = wb.worksheets.getItemOrNullObject(tempSheetName(name));
  temp.load('name');
  return { old, a1, used, temp };
}

/** Sync 2: the new sheet replaces the old one in one batch. */
async function replace(context: Excel.RequestContext, p: Probe, plan: SheetPlan, date1904: boolean): Promise<void> {
  if (!p.old.isNullObject && !p.used.isNullObject && (plan.marker === undefined || p.a1.values[0][0] !== plan.marker)) {
    throw new Error(foreignSheetMessage(plan));
  }
  if (!p.temp.isNullObject) p.temp.delete();
  const sheet = context.workbook.worksheets.add(tempSheetName(plan.name));
  // Table names are unique per workbook: the new tables take their names once the old sheet is gone.
  const temp = (n: string) => `${n}_new`;
  layoutSheet(sheet, plan, date1904, temp);
  if (!p.old.isNullObject) {
    const position = p.old.position;
    p.old.delete();
    for (const t of plan.tables) sheet.tables.getItem(temp(t.name)).name = t.name;
    sheet.name = plan.name;
    sheet.position = position;
  } else {
    for (const t of plan.tables) sheet.tables.getItem(temp(t.name)).name = t.name;
    sheet.name = plan.name;
  }
  await context.sync();
}

export async function applySheet(context: Excel.RequestContext, plan: SheetPlan): Promise<void> {
  const p = queueProbe(context.workbook, plan.name);
  const date1904 = queueDate1904(context.workbook);
  await context.sync();
  await replace(context, p, plan, date1904());
}

export async function writeSummary(
  context: Excel.RequestContext,
  evaluation: Evaluation,
  computedAt: Date,
): Promise<void> {
  const wb = context.workbook;
  const p = queueProbe(wb, SUMMARY_SHEET);
  const tables = TABLE_KEYS.map((k) => {
    const t = wb.tables.getItemOrNullObject(TABLES[k].table);
    t.load('name');
    return { name: TABLES[k].table, t };
  });
  const date1904 = queueDate1904(wb);
  await context.sync();
  const present = tables.filter((x) => !x.t.isNullObject).map((x) => x.name);
  await replace(context, p, summaryPlan(evaluation, computedAt, present), date1904());
}
