// Where the summary goes: stand-alone a download of the same SUMMARY.xlsx `bzr consolidate` writes
// (summaryPlans applied with src/xlsx), in Excel sheets of the open workbook (src/excel applySheet).
import type { Consolidation } from '../../consolidate/types';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The summary workbook's bytes (exceljs is loaded here, on demand). */
export async function summaryBytes(c: Consolidation): Promise<Uint8Array> {
  const [{ summaryWorkbook }, { workbookBytes }] = await Promise.all([
    import('../../consolidate/write'),
    import('../../xlsx/workbook'),
  ]);
  return workbookBytes(await summaryWorkbook(c));
}

export async function downloadSummary(c: Consolidation, fileName: string): Promise<void> {
  const bytes = (await summaryBytes(c)) as Uint8Array<ArrayBuffer>;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/**
 * Writes the summary's sheets into the open workbook. Sync 1 checks that none of them exists yet, so
 * nothing is written at all when one would be refused (applySheet never replaces a sheet it cannot
 * recognise as its own); then each sheet is applySheet's two syncs.
 */
export async function writeIntoWorkbook(c: Consolidation, context: Excel.RequestContext): Promise<string[]> {
  const [{ summaryPlans }, { applySheet }] = await Promise.all([
    import('../../consolidate/sheets'),
    import('../../excel/sheet'),
  ]);
  const plans = summaryPlans(c);
  const probes = plans.map((p) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(p.name);
    ws.load('name');
    return ws;
  });
  await context.sync();
  const taken = plans.filter((_, i) => !probes[i].isNullObject).map((p) => `“${p.name}”`);
  if (taken.length > 0) {
    throw new Error(
      `当前工作簿中已有工作表${taken.join('、')}，为免覆盖其中的内容，没有写入。` +
        '请新建一个空白工作簿后再写入，或把这些工作表改名或删除后重试。',
    );
  }
  for (const plan of plans) await applySheet(context, plan);
  return plans.map((p) => p.name);
}
