// applySheet and writeSummary on an exceljs workbook: a sheet plan written as a whole sheet. Our own
// sheet (plan.marker in A1) or an empty one is replaced at its place; any other sheet of that name is
// never touched. Everything is checked before anything changes; nothing reaches the file until the
// caller saves (saveWorkbook writes a temporary file and renames it).
import type * as ExcelJS from 'exceljs';
import { SUMMARY_SHEET, TABLES, TABLE_KEYS } from '../records/schema';
import type { SheetPlan } from '../plans/model';
import { foreignSheetMessage } from '../plans/sheet';
import { SUMMARY_MARKER } from '../records/summary';
import { planSummary, spillsFrom, type ExistingBlock, type OldSummary } from '../plans/summary';
import type { Evaluation } from '../rules/model';
import { findTable, findWorksheet, isEmptyCell, plainValue } from './cells';
import { layoutSheet } from './write';

function hasValues(ws: ExcelJS.Worksheet): boolean {
  let found = false;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!isEmptyCell(cell)) found = true;
    });
  });
  return found;
}

/** A sheet of the plan's name that is not empty and not marked as ours is never replaced. */
function assertOurs(old: ExcelJS.Worksheet | undefined, plan: SheetPlan): void {
  if (old && hasValues(old) && (plan.marker === undefined || plainValue(old.getCell(1, 1).value) !== plan.marker)) {
    throw new Error(foreignSheetMessage(plan));
  }
}

export function applySheet(wb: ExcelJS.Workbook, plan: SheetPlan): void {
  const old = findWorksheet(wb, plan.name);
  assertOurs(old, plan);
  const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(plan.name);
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  layoutSheet(ws, plan);
}

/** The cells of a sheet with content, one block each (formulas with their '='). */
function contentBlocks(ws: ExcelJS.Worksheet | undefined): ExistingBlock[] {
  const blocks: ExistingBlock[] = [];
  ws?.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.formula ? `=${cell.formula}` : plainValue(cell.value);
      blocks.push({ row: r, col: c, formulas: [[v]] });
    });
  });
  return blocks;
}

/** What the summary sheet holds now, as plans/summary reads it (G5: the live =BZR.MINIMUMS). */
function oldSummary(ws: ExcelJS.Worksheet | undefined): OldSummary | null {
  if (!ws) return null;
  return { blocks: contentBlocks(ws), spilling: spillsFrom(plainValue(ws.getCell('G5').value)) };
}

/**
 * 写入量化汇总: the summary plan over the tables present. The user's cells of the old sheet are kept,
 * or nothing is written when the new summary would cover them (plans/summary planSummary).
 */
export function writeSummary(wb: ExcelJS.Workbook, evaluation: Evaluation, computedAt: Date): void {
  const present = TABLE_KEYS.map((k) => TABLES[k].table).filter((name) => findTable(wb, name) !== undefined);
  const old = findWorksheet(wb, SUMMARY_SHEET);
  const decision = planSummary(evaluation, computedAt, present, oldSummary(old));
  if (!decision.ok) {
    // A sheet that is not ours is named as such first; then the user's cells our summary would cover.
    assertOurs(old, { name: SUMMARY_SHEET, marker: SUMMARY_MARKER, cells: [], tables: [] });
    throw new Error(decision.message);
  }
  applySheet(wb, decision.plan);
}
