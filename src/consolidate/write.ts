// SUMMARY.xlsx on disk: the plans applied to a new workbook, written atomically (temporary file, rename).
import type * as ExcelJS from 'exceljs';
import { saveWorkbook } from '../xlsx/workbook';
import { applySheetPlan } from './apply-xlsx';
import { summaryPlans } from './sheets';
import type { Consolidation } from './types';

async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  const wb = new (mod.default ?? mod).Workbook();
  wb.creator = 'BZR';
  return wb;
}

export async function writeSummaryFile(c: Consolidation, out: string): Promise<void> {
  const wb = await newWorkbook();
  for (const plan of summaryPlans(c)) applySheetPlan(wb, plan);
  await saveWorkbook(wb, out);
}
