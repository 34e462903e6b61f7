// SUMMARY.xlsx on disk: the plans applied to a new workbook, written atomically (temporary file, rename).
import type * as ExcelJS from 'exceljs';
import { applySheet } from '../xlsx/sheet';
import { saveWorkbook, workbookClass } from '../xlsx/workbook';
import { summaryPlans } from './sheets';
import type { Consolidation } from './types';

let loading: Promise<typeof ExcelJS.Workbook> | undefined;

/**
 * Loads exceljs (its workbook module only, ~0.3 s) ahead of use: `bzr consolidate` calls this while
 * the workers read, so the summary is written as soon as they are done.
 */
export function preloadWriter(): Promise<typeof ExcelJS.Workbook> {
  loading ??= workbookClass();
  return loading;
}

async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new (await preloadWriter())();
  wb.creator = 'BZR';
  return wb;
}

/** A new workbook holding the summary's sheets (the CLI saves it; the pane downloads its bytes). */
export async function summaryWorkbook(c: Consolidation): Promise<ExcelJS.Workbook> {
  const wb = await newWorkbook();
  for (const plan of summaryPlans(c)) applySheet(wb, plan);
  return wb;
}

export async function writeSummaryFile(c: Consolidation, out: string): Promise<void> {
  await saveWorkbook(await summaryWorkbook(c), out);
}
