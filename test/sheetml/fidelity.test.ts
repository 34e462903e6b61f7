// The direct writer (src/sheetml) against the exceljs adapter (src/xlsx applySheet + workbookBytes) on
// the same plans: both files read back with exceljs into one model (cells' values, types and styles,
// merges, columns, row heights, tables, frozen view, page setup, row breaks, validations, defined
// names, quote prefixes) and compared leaf by leaf. Every difference left must have a reason below.
import ExcelJS from 'exceljs';
import { summaryPlans } from '../../src/consolidate/sheets';
import { parseRef } from '../../src/plans/a1';
import type { SheetPlan } from '../../src/plans/model';
import { writeXlsx } from '../../src/sheetml';
import { columnStyle } from '../../src/sheetml/grid';
import { applySheet } from '../../src/xlsx/sheet';
import { workbookBytes } from '../../src/xlsx/workbook';
import { everyFieldPlans, richConsolidation } from './fixtures';
import { differences, readModel, showDifference, type BookModel, type Difference } from './normalise';

async function viaExceljs(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const p of plans) applySheet(wb, p);
  return workbookBytes(wb);
}

/** Row and column of 'B12'. */
function position(address: string): { row: number; col: number } {
  const r = parseRef(address)!;
  return { row: r.top, col: r.left };
}

/**
 * exceljs' Column.numFmt/alignment setters (used by the adapter for a table column's format) restyle
 * EVERY cell that exists in that column at that moment — the marker in row 1, a title, cells of other
 * rows with values — and cells created later in those rows inherit the column style; the alignment is
 * replaced, not merged (a centred merged title loses its centring), and a merge's cells share one style
 * object, so restyling one restyles its whole merge. Ours formats the table's cells (header to
 * formatRows) and the <col> only: the plan asks for no more.
 */
function restyledByColumn(plan: SheetPlan, d: Difference): boolean {
  const [, , kind, address, field] = d.path;
  if (kind !== 'cells' || (field !== undefined && field !== 'numFmt' && field !== 'alignment')) return false;
  if (field === undefined && (d.ours !== undefined || (d.theirs as { type: string }).type !== 'null')) return false;
  const { row, col } = position(address);
  const merge = (plan.merges ?? []).map((m) => parseRef(m)!).find((r) => r.top <= row && row <= r.bottom);
  const cols = merge && merge.left <= col && col <= merge.right ? [merge.left, merge.right] : [col, col];
  return plan.tables.some((t) =>
    t.columns.some((c, j) => {
      const at = t.firstCol + j;
      const bottom = t.headerRow + Math.max(t.formatRows ?? 0, t.rows.length, 1);
      return columnStyle(c) && cols[0] <= at && at <= cols[1] && (row < t.headerRow || row > bottom);
    }),
  );
}

/** Why a difference is expected, or null when it is not. */
function reason(plans: readonly SheetPlan[], ours: BookModel, d: Difference): string | null {
  const [top, sheet, kind, address, field] = d.path;
  const plan = plans.find((p) => p.name === sheet);
  if (top !== 'sheets' || !plan) return null;
  // exceljs cannot write quotePrefix: the adapter gives such text the Text format as well (xlsx/quote-prefix.ts).
  if (
    field === 'numFmt' &&
    d.ours === 'General' &&
    d.theirs === '@' &&
    ours.quotePrefixed.includes(`${sheet}!${address}`)
  ) {
    return 'quote prefix without the Text format';
  }
  if (restyledByColumn(plan, d)) return 'exceljs restyles the whole column';
  // exceljs drops a width of exactly 9 (its default), so the adapter writes 9.01 (xlsx/write.ts xlsxColumnWidth).
  if (kind === 'columns' && field === 'width' && d.ours === 9 && d.theirs === 9.01) return 'the 9 → 9.01 nudge';
  // exceljs writes TableStyleMedium2 for a table without a theme: the adapter cannot write style: null.
  if (kind === 'tables' && JSON.stringify(d.ours).includes('"style":null')) {
    const fixed = (d.ours as Array<{ style: string | null }>).map((t) => ({
      ...t,
      style: t.style ?? 'TableStyleMedium2',
    }));
    if (JSON.stringify(fixed) === JSON.stringify(d.theirs)) return 'a table without style';
  }
  return null;
}

async function compare(plans: readonly SheetPlan[]): Promise<{ unexplained: string[]; reasons: string[] }> {
  const [ours, theirs] = await Promise.all([readModel(writeXlsx(plans)), viaExceljs(plans).then(readModel)]);
  const diffs = differences(ours, theirs);
  return {
    unexplained: diffs.filter((d) => reason(plans, ours, d) === null).map(showDifference),
    reasons: [...new Set(diffs.map((d) => reason(plans, ours, d)).filter((r): r is string => r !== null))].sort(),
  };
}

it.each([false, true])('the summary (mask: %s) reads back as the exceljs adapter writes it', async (mask) => {
  const { unexplained, reasons } = await compare(summaryPlans(richConsolidation(mask)));
  expect(unexplained).toEqual([]);
  expect(reasons).toEqual(['exceljs restyles the whole column', 'quote prefix without the Text format']);
});

it('a plan using every SheetPlan field reads back as the exceljs adapter writes it', async () => {
  // No apostrophe in this sheet name: exceljs cannot read back its own 'It's'!$A$1 print names
  // (the quoting is checked in sheetml.test.ts with our writer).
  const { unexplained, reasons } = await compare(everyFieldPlans('全部 字段'));
  expect(unexplained).toEqual([]);
  expect(reasons).toEqual([
    'a table without style',
    'exceljs restyles the whole column',
    'quote prefix without the Text format',
    'the 9 → 9.01 nudge',
  ]);
});
