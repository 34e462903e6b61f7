// Write the 量化汇总 sheet (Office.js): computed values beside live =BZR.* formulas (records/summary).
//
// All or nothing: sync 1 reads what is there; sync 2 builds the new sheet under a temporary name,
// and only at the end of that same batch deletes the old summary and renames the new one. If the
// batch fails, the old summary stays as it was (a leftover temporary sheet is removed next time).
// A sheet called 量化汇总 that we did not write (no marker in A1, not empty) is never touched.
import { SUMMARY_SHEET, TABLES, TABLE_KEYS } from '../records/schema';
import { SUMMARY_MARKER, summaryLayout } from '../records/summary';
import type { Evaluation } from '../rules/model';
import { textCell, widthPoints } from './cells';

export const SUMMARY_TEMP_SHEET = '量化汇总（生成中）';

export async function writeSummary(
  context: Excel.RequestContext,
  evaluation: Evaluation,
  computedAt: Date,
): Promise<void> {
  const wb = context.workbook;
  const old = wb.worksheets.getItemOrNullObject(SUMMARY_SHEET);
  old.load('name, position');
  const a1 = old.getRange('A1');
  a1.load('values');
  const used = old.getUsedRangeOrNullObject(false);
  used.load('rowIndex');
  const temp = wb.worksheets.getItemOrNullObject(SUMMARY_TEMP_SHEET);
  temp.load('name');
  const tables = TABLE_KEYS.map((k) => {
    const t = wb.tables.getItemOrNullObject(TABLES[k].table);
    t.load('name');
    return { name: TABLES[k].table, t };
  });
  await context.sync();

  if (!old.isNullObject && !used.isNullObject && a1.values[0][0] !== SUMMARY_MARKER) {
    throw new Error(
      `工作簿中已有名为“${SUMMARY_SHEET}”的工作表，但它不是由本加载项生成的（A1 单元格没有“${SUMMARY_MARKER}”标记）。` +
        `为免覆盖您的内容，汇总没有写入。请把该工作表改名或移走，再点击“计算”。`,
    );
  }
  const present = tables.filter((x) => !x.t.isNullObject).map((x) => x.name);
  const layout = summaryLayout(evaluation, computedAt, present);

  if (!temp.isNullObject) temp.delete();
  const sheet = wb.worksheets.add(SUMMARY_TEMP_SHEET);
  const rows = layout.values.length;
  const cols = layout.values[0]?.length ?? 0;
  sheet.getRangeByIndexes(0, 0, rows, cols).values = layout.values.map((r) =>
    r.map((v) => (typeof v === 'string' ? textCell(v) : v)),
  );
  for (const f of layout.formulas) sheet.getRangeByIndexes(f.row - 1, f.col - 1, 1, 1).formulas = [[f.formula]];
  for (const r of layout.boldRows) sheet.getRangeByIndexes(r - 1, 0, 1, cols).format.font.bold = true;
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.size = 14;
  layout.widths.forEach((w, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthPoints(w);
  });
  sheet.getRangeByIndexes(0, 4, rows, 1).format.wrapText = true;
  if (!old.isNullObject) {
    const position = old.position;
    old.delete();
    sheet.name = SUMMARY_SHEET;
    sheet.position = position;
  } else {
    sheet.name = SUMMARY_SHEET;
  }
  await context.sync();
}
