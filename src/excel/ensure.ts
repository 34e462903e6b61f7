// 创建/修复记录表 (ensure) on the open workbook (Office.js): probe, let plans/repair decide, apply.
//
// One sync loads everything that could exist (tables, their header rows, the cells to their right,
// our sheets and whether they are empty); a second sync, only when something is missing, writes.
// A workbook that already has everything costs one sync and no write.
import { TABLES, TABLE_KEYS, type EnsureReport, type TableKey, type TemplateOptions } from '../records/schema';
import { HEADER_STYLE } from '../plans/layout';
import { planEnsure, type AddColumnsPlan, type WorkbookProbe } from '../plans/repair';
import { queueDate1904, widthPoints } from './cells';
import { applyStyle, formatColumn, layoutSheet } from './layout';

interface Loaded {
  key: TableKey;
  table: Excel.Table;
  header: Excel.Range;
  whole: Excel.Range;
  /** Used cells (values or formats) in the table's rows, whole sheet width. */
  rowsUsed: Excel.Range;
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** The sheet name of an A1 address such as '班会记录'!A3:N3 or 班会记录!A3:N3. */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return '';
  const name = address.slice(0, bang);
  return name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function queueProbe(wb: Excel.Workbook, key: TableKey): Loaded {
  const spec = TABLES[key];
  // Navigation from a null object stays null, so missing tables cost nothing extra.
  const table = wb.tables.getItemOrNullObject(spec.table);
  table.load('name');
  const header = table.getHeaderRowRange();
  header.load('address, values, rowIndex, columnIndex, columnCount');
  const whole = table.getRange();
  whole.load('rowIndex, rowCount');
  const rowsUsed = whole.getEntireRow().getUsedRangeOrNullObject(false);
  rowsUsed.load('columnIndex, columnCount');
  const sheet = wb.worksheets.getItemOrNullObject(spec.sheet);
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(false);
  used.load('rowIndex');
  return { key, table, header, whole, rowsUsed, sheet, used };
}

/**
 * Excel inserts a table column by shifting the cells right of the table (in its rows) further right,
 * so the right edge counts as free only when nothing at all lies right of the table in those rows.
 */
function probeOf(loaded: Loaded[]): WorkbookProbe {
  const probe: WorkbookProbe = {};
  for (const p of loaded) {
    if (!p.table.isNullObject) {
      const right = p.header.columnIndex + p.header.columnCount - 1;
      const rightFree = p.rowsUsed.isNullObject || p.rowsUsed.columnIndex + p.rowsUsed.columnCount - 1 <= right;
      const headers = p.header.values[0] ?? [];
      probe[p.key] = { table: { sheet: sheetOfAddress(p.header.address), headers, rightFree } };
    }
    // Our sheet also when the table is elsewhere: it may be a user's table (plans/repair).
    if (!p.sheet.isNullObject)
      probe[p.key] = { ...probe[p.key], sheet: { name: p.sheet.name, empty: p.used.isNullObject } };
  }
  return probe;
}

function addColumns(p: Loaded, plan: AddColumnsPlan): void {
  const rows = p.whole.rowCount;
  plan.columns.forEach((col, i) => {
    p.table.columns.add(undefined, undefined, col.header);
    // Ranges taken after the add (same batch, later in the queue) include the new column.
    const j = p.header.columnCount + i;
    const column = p.table.getRange().getColumn(j);
    applyStyle(column.getCell(0, 0), HEADER_STYLE);
    if (col.width) column.format.columnWidth = widthPoints(col.width);
    if (rows > 1) formatColumn(p.table.getDataBodyRange().getColumn(j), col, rows - 1);
  });
}

export async function ensure(context: Excel.RequestContext, options: TemplateOptions = {}): Promise<EnsureReport> {
  const wb = context.workbook;
  const loaded = TABLE_KEYS.map((k) => queueProbe(wb, k));
  const date1904 = queueDate1904(wb);
  await context.sync();

  const plan = planEnsure(probeOf(loaded), options);
  for (const c of plan.create) {
    const p = loaded.find((x) => x.key === c.key)!;
    layoutSheet(c.newSheet ? wb.worksheets.add(c.sheet.name) : p.sheet, c.sheet, date1904());
  }
  for (const a of plan.addColumns)
    addColumns(
      loaded.find((x) => x.key === a.key)!,
      a,
    );
  if (plan.report.changed) await context.sync();
  return plan.report;
}
