// Create or repair the schema v1 sheets and tables in the open workbook (Office.js).
//
// One sync loads everything that could exist (tables, their header rows, the cells to their right,
// our sheets and whether they are empty); a second sync, only when something is missing, writes.
// A workbook that already has everything costs one sync and no write.
//
// Nothing lost (SPEC §6): we only write into cells we create — a new sheet, a new table on an empty
// sheet of ours, or a new column appended at a table's right edge when the cells there are unused.
// A sheet with our name that holds something else is left alone and reported; existing cells keep
// their values, formats and validation (we never restyle a user's header or column).
import { matchColumns } from '../records/columns';
import {
  DATE_FORMAT,
  HEADER_FILL,
  HEADER_FONT,
  HEADER_ROW,
  SETTINGS_CHOICES,
  SETTINGS_KEYS,
  SUBTITLE_ROW,
  TABLES,
  TABLE_KEYS,
  TABLE_STYLE,
  TITLE_ROW,
  VALIDATION_ROWS,
  settingsTemplateRows,
  type ColumnSpec,
  type EnsureReport,
  type SettingsCell,
  type TableSpec,
  type TemplateOptions,
} from '../records/schema';
import { serialFromDay } from '../rules/days';
import { hexColor, queueDate1904, textCell, widthPoints } from './cells';
import { subtitleText } from '../xlsx/ensure';
import { pageOrientation } from './layout';

interface Probe {
  spec: TableSpec;
  table: Excel.Table;
  header: Excel.Range;
  whole: Excel.Range;
  /** Used cells (values or formats) in the table's rows, whole sheet width. */
  rowsUsed: Excel.Range;
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

export async function ensure(context: Excel.RequestContext, options: TemplateOptions = {}): Promise<EnsureReport> {
  const report: EnsureReport = { createdSheets: [], createdTables: [], addedColumns: [], skipped: [], changed: false };
  const wb = context.workbook;

  // Sync 1: load. Navigation from a null object stays null, so missing tables cost nothing extra.
  const probes: Probe[] = TABLE_KEYS.map((k) => {
    const spec = TABLES[k];
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
    return { spec, table, header, whole, rowsUsed, sheet, used };
  });
  const date1904 = queueDate1904(wb);
  await context.sync();

  // Plan and queue the writes.
  for (const p of probes) {
    if (!p.table.isNullObject) {
      repairTable(p, report);
      continue;
    }
    if (p.sheet.isNullObject) {
      const sheet = wb.worksheets.add(p.spec.sheet);
      buildSheet(sheet, p.spec, options, date1904());
      report.createdSheets.push(p.spec.sheet);
      report.createdTables.push(p.spec.table);
    } else if (p.used.isNullObject) {
      buildSheet(p.sheet, p.spec, options, date1904());
      report.createdTables.push(p.spec.table);
    } else {
      report.skipped.push({
        sheet: p.spec.sheet,
        reason:
          `工作表“${p.spec.sheet}”已有内容，但其中没有名为“${p.spec.table}”的表格，加载项没有改动它（读取时会按工作表内容识别）。` +
          `如需由加载项新建标准表格，请先把该工作表改名（例如“${p.spec.sheet}（旧）”），再点击“创建/修复”。`,
      });
    }
  }

  report.changed = report.createdSheets.length + report.createdTables.length + report.addedColumns.length > 0;
  if (report.changed) await context.sync();
  return report;
}

/** An existing table: append the columns it lacks at its right edge, when the cells there are free. */
function repairTable(p: Probe, report: EnsureReport): void {
  const { spec, table, header, whole, rowsUsed } = p;
  const headers = header.values[0] ?? [];
  const { index, missing } = matchColumns(spec, headers);
  const sheetName = sheetOfAddress(header.address);
  if (Object.keys(index).length === 0) {
    report.skipped.push({
      sheet: sheetName,
      reason: `表格“${spec.table}”（工作表“${sheetName}”）的标题行里没有本模板的任何列，加载项没有改动它。请检查这是否是正确的表格，或把它改名后再点击“创建/修复”。`,
    });
    return;
  }
  if (missing.length === 0) return;
  // Excel inserts a table column by shifting the cells right of the table (in its rows) further right,
  // so a column is added only when nothing at all lies right of the table in those rows.
  const right = header.columnIndex + header.columnCount - 1;
  const free = rowsUsed.isNullObject || rowsUsed.columnIndex + rowsUsed.columnCount - 1 <= right;
  const names = missing.map((c) => c.header).join('、');
  if (!free) {
    report.skipped.push({
      sheet: sheetName,
      reason:
        `表格“${spec.table}”（工作表“${sheetName}”）缺少列：${names}。表格右侧（同一行）已有内容，添加列会移动这些单元格，所以加载项没有添加。` +
        `请把表格右侧的内容移开（或在表格末尾手动添加这些列），再点击“创建/修复”。`,
    });
    return;
  }
  const rows = whole.rowCount;
  missing.forEach((col, i) => {
    table.columns.add(undefined, undefined, col.header);
    // Ranges taken after the add (same batch, later in the queue) include the new column.
    const j = header.columnCount + i;
    const column = table.getRange().getColumn(j);
    styleHeader(column.getCell(0, 0));
    column.format.columnWidth = widthPoints(col.width);
    if (rows > 1) formatColumn(table.getDataBodyRange().getColumn(j), col, rows - 1);
    report.addedColumns.push({ table: spec.table, header: col.header });
  });
}

/** The sheet name of an A1 address such as '班会记录'!A3:N3 or 班会记录!A3:N3. */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return '';
  const name = address.slice(0, bang);
  return name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function styleHeader(range: Excel.Range): void {
  range.format.fill.color = hexColor(HEADER_FILL);
  range.format.font.color = hexColor(HEADER_FONT);
  range.format.font.bold = true;
}

/** Date format, wrapping and drop-down list on the data cells of one column (cells we created). */
function formatColumn(range: Excel.Range, col: ColumnSpec, rows: number): void {
  if (col.kind === 'date') range.numberFormat = Array.from({ length: rows }, () => [DATE_FORMAT]);
  if (col.kind === 'longtext') range.format.wrapText = true;
  if (col.allowed && col.allowed.length > 0) {
    range.dataValidation.rule = { list: { inCellDropDown: true, source: col.allowed.join(',') } };
  }
}

function settingsValue(v: SettingsCell, date1904: boolean): string | number {
  switch (v.kind) {
    case 'text':
      return textCell(v.value);
    case 'number':
      return v.value;
    case 'date':
      return serialFromDay(v.value, date1904);
    default:
      return '';
  }
}

/** A new or empty sheet of ours: title, subtitle, the table, formats, validation, freeze and print setup. */
function buildSheet(sheet: Excel.Worksheet, spec: TableSpec, options: TemplateOptions, date1904: boolean): void {
  const n = spec.columns.length;
  const isSettings = spec.key === 'settings';
  const settingsRows = isSettings ? settingsTemplateRows(options) : [];
  const body: Array<Array<string | number>> = isSettings
    ? settingsRows.map((r) => [textCell(r.key), settingsValue(r.value, date1904)])
    : [spec.columns.map(() => '')];

  const title = sheet.getRangeByIndexes(TITLE_ROW - 1, 0, 1, 1);
  title.values = [[textCell(spec.title)]];
  title.format.font.bold = true;
  title.format.font.size = 16;
  sheet.getRangeByIndexes(SUBTITLE_ROW - 1, 0, 1, 1).values = [[textCell(subtitleText(options))]];

  const block = sheet.getRangeByIndexes(HEADER_ROW - 1, 0, 1 + body.length, n);
  block.values = [spec.columns.map((c) => textCell(c.header)), ...body];
  const table = sheet.tables.add(block, true);
  table.name = spec.table;
  table.style = TABLE_STYLE;
  styleHeader(sheet.getRangeByIndexes(HEADER_ROW - 1, 0, 1, n));

  // Formats and lists cover VALIDATION_ROWS rows: the sheet is ours, and the table extends them as it grows.
  const rows = Math.max(VALIDATION_ROWS, body.length);
  spec.columns.forEach((col, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthPoints(col.width);
    if (!isSettings) formatColumn(sheet.getRangeByIndexes(HEADER_ROW, c, rows, 1), col, rows);
  });
  if (isSettings) {
    settingsRows.forEach((r, i) => {
      const cell = sheet.getRangeByIndexes(HEADER_ROW + i, 1, 1, 1);
      const choices = SETTINGS_CHOICES[r.key];
      if (choices) cell.dataValidation.rule = { list: { inCellDropDown: true, source: choices.join(',') } };
      if (r.key === SETTINGS_KEYS.semesterStart || r.key === SETTINGS_KEYS.yearStart)
        cell.numberFormat = [[DATE_FORMAT]];
    });
  }

  sheet.freezePanes.freezeRows(HEADER_ROW);
  sheet.pageLayout.paperSize = 'A4';
  sheet.pageLayout.orientation = pageOrientation(spec);
  sheet.pageLayout.setPrintTitleRows(`$${TITLE_ROW}:$${HEADER_ROW}`);
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
}
