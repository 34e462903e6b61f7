// SUMMARY.xlsx on disk: the plans applied to a new workbook, written atomically (temporary file, rename).
import type * as ExcelJS from 'exceljs';
import { applySheet } from '../xlsx/sheet';
import { saveWorkbook } from '../xlsx/workbook';
import { summaryPlans } from './sheets';
import type { Consolidation } from './types';

async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  const wb = new (mod.default ?? mod).Workbook();
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
