// applySheet and 写入量化汇总 (writeSummary) on the open workbook (Office.js).
//
// Sync 1 reads what is there; sync 2 builds the new sheet completely under a temporary name, at the
// old sheet's place, and only then deletes the old sheet and renames the new one. No rollback is
// assumed (SPEC §6): if sync 2 stops part-way, either the old sheet is still there (a leftover
// temporary sheet is deleted by the next run) or the old one is gone and the temporary sheet holds the
// complete new one at the right place (the next run builds it again there). A sheet of that name that
// we did not write (not empty, no plan.marker in A1) is never touched; cells a user typed into our
// summary are copied to the new sheet, or the write is refused when it would cover them (plans/summary
// planSummary) — decided after sync 1, before anything is queued.
import { SUMMARY_SHEET, TABLES, TABLE_KEYS } from '../records/schema';
import { SUMMARY_MARKER } from '../records/summary';
import type { SheetPlan } from '../plans/model';
import { foreignSheetMessage } from '../plans/sheet';
import { planSummary, spillsFrom, type OldSummary } from '../plans/summary';
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
  /** The old sheet's cells with values (valuesOnly), their formulas: what a user may have typed. */
  content: Excel.Range;
  temp: Excel.Worksheet;
  /** The same of a leftover temporary sheet: complete when an interrupted run had deleted the old one. */
  tempContent: Excel.Range;
}

function queueProbe(wb: Excel.Workbook, name: string): Probe {
  const old = wb.worksheets.getItemOrNullObject(name);
  old.load('name, position');
  const a1 = old.getRange('A1');
  a1.load('values');
  const used = old.getUsedRangeOrNullObject(false);
  used.load('rowIndex');
  const content = old.getUsedRangeOrNullObject(true);
  content.load('rowIndex, columnIndex, formulas');
  const temp = wb.worksheets.getItemOrNullObject(tempSheetName(name));
  temp.load('name, position');
  const tempContent = temp.getUsedRangeOrNullObject(true);
  tempContent.load('rowIndex, columnIndex, formulas');
  return { old, a1, used, content, temp, tempContent };
}

/**
 * What the summary holds now: the old sheet, else a leftover temporary sheet (complete when an
 * interrupted run had deleted the old one). `anchor`: its G5, the live =BZR.MINIMUMS (values).
 */
function oldSummary(p: Probe, anchor: Excel.Range, tempAnchor: Excel.Range): OldSummary | null {
  const [sheet, range, g5] = !p.old.isNullObject ? [p.old, p.content, anchor] : [p.temp, p.tempContent, tempAnchor];
  if (sheet.isNullObject || range.isNullObject) return null;
  const block = { row: range.rowIndex + 1, col: range.columnIndex + 1, formulas: range.formulas };
  return { blocks: [block], spilling: spillsFrom(g5.values[0][0]) };
}

/**
 * Where the new sheet goes: the old sheet's place, else a leftover temporary sheet's (it was put at
 * the old place before an interrupted run deleted the old sheet); counted after the leftover is gone.
 */
function targetPosition(p: Probe): number | null {
  const temp = p.temp.isNullObject ? null : p.temp.position;
  if (!p.old.isNullObject) return p.old.position - (temp !== null && temp < p.old.position ? 1 : 0);
  return temp;
}

/** A sheet of that name that is not empty and not marked as ours is never replaced. */
function assertOurs(p: Probe, plan: SheetPlan): void {
  if (!p.old.isNullObject && !p.used.isNullObject && (plan.marker === undefined || p.a1.values[0][0] !== plan.marker)) {
    throw new Error(foreignSheetMessage(plan));
  }
}

/** Sync 2: the new sheet is built whole under its temporary name, then replaces the old one. */
async function replace(context: Excel.RequestContext, p: Probe, plan: SheetPlan, date1904: boolean): Promise<void> {
  assertOurs(p, plan);
  const position = targetPosition(p);
  if (!p.temp.isNullObject) p.temp.delete();
  const sheet = context.workbook.worksheets.add(tempSheetName(plan.name));
  // At its final place from the start, so that an interrupted run leaves it where it belongs.
  if (position !== null) sheet.position = position;
  // Table names are unique per workbook: the new tables take their names once the old sheet is gone.
  const temp = (n: string) => `${n}_new`;
  layoutSheet(sheet, plan, date1904, temp);
  if (!p.old.isNullObject) p.old.delete();
  for (const t of plan.tables) sheet.tables.getItem(temp(t.name)).name = t.name;
  sheet.name = plan.name;
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
  const [anchor, tempAnchor] = [p.old, p.temp].map((s) => s.getRange('G5').load('values'));
  const tables = TABLE_KEYS.map((k) => {
    const t = wb.tables.getItemOrNullObject(TABLES[k].table);
    t.load('name');
    return { name: TABLES[k].table, t };
  });
  const date1904 = queueDate1904(wb);
  await context.sync();
  const present = tables.filter((x) => !x.t.isNullObject).map((x) => x.name);
  const decision = planSummary(evaluation, computedAt, present, oldSummary(p, anchor, tempAnchor));
  if (!decision.ok) {
    // A sheet that is not ours is named as such first; then the user's cells our summary would cover.
    if (!p.old.isNullObject) assertOurs(p, { name: SUMMARY_SHEET, marker: SUMMARY_MARKER, cells: [], tables: [] });
    throw new Error(decision.message);
  }
  await replace(context, p, decision.plan, date1904());
}
