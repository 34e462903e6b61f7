// Where the summary goes: stand-alone a download of the same SUMMARY.xlsx `bzr consolidate` writes
// (summaryPlans written by src/sheetml), in Excel sheets of the open workbook (src/excel applySheet).
import type { Consolidation } from '../../consolidate/types';
import type { SheetPlan } from '../../plans/model';
import { downloadXlsx } from '../download';

/** The summary workbook's bytes (the writer is loaded here, on demand). */
export async function summaryBytes(c: Consolidation): Promise<Uint8Array> {
  const { summaryBytes: bytesOf } = await import('../../consolidate/write');
  return bytesOf(c);
}

export async function downloadSummary(c: Consolidation, fileName: string): Promise<void> {
  downloadXlsx(await summaryBytes(c), fileName);
}

/** A sheet of the summary's name as found by sync 1: absent, empty, ours (marker in A1), or a user's. */
interface Probe {
  sheet: Excel.Worksheet;
  a1: Excel.Range;
  used: Excel.Range;
}

function queueProbe(context: Excel.RequestContext, plan: SheetPlan): Probe {
  const sheet = context.workbook.worksheets.getItemOrNullObject(plan.name);
  sheet.load('name');
  const a1 = sheet.getRange('A1');
  a1.load('values');
  // valuesOnly false: a sheet with only formats is still someone's (the same rule as excel/sheet).
  const used = sheet.getUsedRangeOrNullObject(false);
  used.load('rowIndex');
  return { sheet, a1, used };
}

/** Names of the sheets a user made: present, not empty, and without our marker in A1. */
function foreignSheets(plans: readonly SheetPlan[], probes: readonly Probe[]): string[] {
  return plans
    .filter((plan, i) => {
      const p = probes[i];
      if (p.sheet.isNullObject || p.used.isNullObject) return false;
      return plan.marker === undefined || p.a1.values[0][0] !== plan.marker;
    })
    .map((p) => p.name);
}

/**
 * Writes the summary's sheets into the open workbook. Sync 1 checks every name first, so nothing is
 * written at all when one would be refused: our own earlier summary sheets (marker in A1) are replaced,
 * a user's sheet of the same name never (applySheet would refuse it half-way, and the host has no
 * rollback). Then each sheet is applySheet's two syncs.
 */
export async function writeIntoWorkbook(c: Consolidation, context: Excel.RequestContext): Promise<string[]> {
  const [{ summaryPlans }, { applySheet }] = await Promise.all([
    import('../../consolidate/sheets'),
    import('../../excel/sheet'),
  ]);
  const plans = summaryPlans(c);
  const probes = plans.map((p) => queueProbe(context, p));
  await context.sync();
  const taken = foreignSheets(plans, probes).map((n) => `“${n}”`);
  if (taken.length > 0) {
    throw new Error(
      `当前工作簿中已有工作表${taken.join('、')}，但不是本加载项写入的汇总（A1 单元格没有【BZR】标记），` +
        '为免覆盖其中的内容，没有写入。请把这些工作表改名或移走后重试，或新建一个空白工作簿后再写入。',
    );
  }
  for (const plan of plans) await applySheet(context, plan);
  return plans.map((p) => p.name);
}
