// 创建/修复记录表 (ensure) on the open workbook (Office.js): probe, let plans/repair decide, apply.
//
// One sync loads everything that could exist (tables, their header rows, the cells to their right,
// our sheets and whether they are empty, leftovers of an interrupted run); a second sync, only when
// something is missing or left over, writes. A workbook that already has everything costs one sync.
//
// No rollback is assumed (SPEC §6): a write sync may stop part-way. So a new sheet is built whole
// under a temporary name (tables under temporary names too), put at its place, the empty sheet it
// replaces deleted, then the tables renamed and the sheet renamed very last; an added column gets its
// real header only after its formats. The next run finishes or removes what was left (ensure-leftovers).
import { TABLES, TABLE_KEYS, type EnsureReport, type TableKey, type TemplateOptions } from '../records/schema';
import { HEADER_STYLE, columnPlan } from '../plans/layout';
import { ENSURE_BUTTON, planEnsure, type AddColumnsPlan, type EnsurePlan, type WorkbookProbe } from '../plans/repair';
import type { ColumnPlan } from '../plans/model';
import { officeValue, queueDate1904, widthPoints } from './cells';
import {
  TEMP_COLUMN_SUFFIX,
  blockedTempMessage,
  findLeftovers,
  finishedHeaders,
  tempTableName,
  type Leftovers,
} from './ensure-leftovers';
import { applyStyle, formatColumn, layoutSheet } from './layout';
import { tempSheetName } from './sheet';

interface Loaded {
  key: TableKey;
  table: Excel.Table;
  header: Excel.Range;
  whole: Excel.Range;
  /** Used cells (values or formats) in the table's rows, whole sheet width. */
  rowsUsed: Excel.Range;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  /** A sheet of the temporary name: left by an interrupted run. */
  temp: Excel.Worksheet;
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
  sheet.load('name, position');
  const used = sheet.getUsedRangeOrNullObject(false);
  used.load('rowIndex');
  const temp = wb.worksheets.getItemOrNullObject(tempSheetName(spec.sheet));
  temp.load('position');
  return { key, table, header, whole, rowsUsed, sheet, used, temp };
}

function leftoversOf(loaded: Loaded[]): Leftovers {
  return findLeftovers(
    loaded.map((p) => ({
      key: p.key,
      tableSheet: p.table.isNullObject ? null : sheetOfAddress(p.header.address),
      headers: p.table.isNullObject ? [] : (p.header.values[0] ?? []),
      sheet: p.sheet.isNullObject ? null : { empty: p.used.isNullObject, position: p.sheet.position },
      temp: p.temp.isNullObject ? null : { position: p.temp.position },
    })),
  );
}

/**
 * Excel inserts a table column by shifting the cells right of the table (in its rows) further right,
 * so the right edge counts as free only when nothing at all lies right of the table in those rows.
 * What the leftovers will become once finished is probed as done (a temporary sheet being removed is
 * not there; a finished one and a temporary column header count under their real names).
 */
function probeOf(loaded: Loaded[], left: Leftovers): WorkbookProbe {
  const probe: WorkbookProbe = {};
  for (const p of loaded) {
    const gone = left.deleteEmpty.includes(p.key);
    if (!p.table.isNullObject) {
      const right = p.header.columnIndex + p.header.columnCount - 1;
      const rightFree = p.rowsUsed.isNullObject || p.rowsUsed.columnIndex + p.rowsUsed.columnCount - 1 <= right;
      const headers = finishedHeaders(p.header.values[0] ?? []);
      const sheet = left.finishTemp.includes(p.key) ? TABLES[p.key].sheet : sheetOfAddress(p.header.address);
      probe[p.key] = { table: { sheet, headers, rightFree } };
    }
    // Our sheet also when the table is elsewhere: it may be a user's table (plans/repair). A temporary
    // sheet being removed is not there.
    if (!p.sheet.isNullObject && !gone)
      probe[p.key] = { ...probe[p.key], sheet: { name: p.sheet.name, empty: p.used.isNullObject } };
  }
  return probe;
}

/** Formats of one added column (index j in the table); its real header is written last. */
function formatAddedColumn(p: Loaded, j: number, col: ColumnPlan): void {
  const column = p.table.getRange().getColumn(j);
  if (col.width) column.format.columnWidth = widthPoints(col.width);
  const rows = p.whole.rowCount;
  if (rows > 1) formatColumn(p.table.getDataBodyRange().getColumn(j), col, rows - 1);
  const head = column.getCell(0, 0);
  applyStyle(head, HEADER_STYLE);
  head.values = [[officeValue(col.header)]];
}

function addColumns(p: Loaded, plan: AddColumnsPlan): void {
  plan.columns.forEach((col, i) => {
    // Under a temporary header until formatted: a run stopped before that is finished by the next.
    p.table.columns.add(undefined, undefined, col.header + TEMP_COLUMN_SUFFIX);
    // Ranges taken after the add (same batch, later in the queue) include the new column.
    formatAddedColumn(p, p.header.columnCount + i, col);
  });
}

/** Removes or finishes what an interrupted run left; queued before anything else of the write sync. */
function cleanUp(wb: Excel.Workbook, loaded: Loaded[], left: Leftovers): void {
  const of = (k: TableKey) => loaded.find((x) => x.key === k)!;
  for (const k of left.deleteTemp) of(k).temp.delete();
  for (const k of left.deleteEmpty) of(k).sheet.delete();
  for (const k of left.finishTemp) wb.worksheets.getItem(tempSheetName(TABLES[k].sheet)).name = TABLES[k].sheet;
  for (const c of left.finishColumns) {
    const spec = TABLES[c.key].columns.find((x) => x.header === c.header);
    if (spec) formatAddedColumn(of(c.key), c.index, columnPlan(spec));
  }
}

/** A schema sheet built under its temporary name, put in place of the empty sheet it replaces. */
function createSheet(wb: Excel.Workbook, p: Loaded, c: EnsurePlan['create'][number], left: Leftovers, d: boolean) {
  const sheet = wb.worksheets.add(tempSheetName(c.sheet.name));
  const position = left.positionAfter(c.key);
  if (position !== null) sheet.position = position;
  layoutSheet(sheet, c.sheet, d, tempTableName);
  if (!c.newSheet) p.sheet.delete();
  for (const t of c.sheet.tables) sheet.tables.getItem(tempTableName(t.name)).name = t.name;
  sheet.name = c.sheet.name;
}

export async function ensure(context: Excel.RequestContext, options: TemplateOptions = {}): Promise<EnsureReport> {
  const wb = context.workbook;
  const loaded = TABLE_KEYS.map((k) => queueProbe(wb, k));
  const date1904 = queueDate1904(wb);
  await context.sync();

  const left = leftoversOf(loaded);
  const plan = planEnsure(probeOf(loaded, left), options);
  for (const k of left.blocked)
    plan.report.skipped.push({ sheet: TABLES[k].sheet, reason: blockedTempMessage(k, ENSURE_BUTTON) });
  if (!plan.report.changed && !left.any) return plan.report;
  cleanUp(wb, loaded, left);
  const of = (k: TableKey) => loaded.find((x) => x.key === k)!;
  for (const c of plan.create) createSheet(wb, of(c.key), c, left, date1904());
  for (const a of plan.addColumns) addColumns(of(a.key), a);
  await context.sync();
  return plan.report;
}
