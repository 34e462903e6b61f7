// Create or repair the schema-v1 sheets and tables (SPEC §1, §6 “Nothing lost”). The Office.js
// gateway (src/excel) follows the same rules:
// - a table that exists (by name, on any sheet) is kept; only missing columns are appended at its
//   right edge, and only when those cells are empty;
// - a sheet with one of our names but without our table is used only when it is completely empty;
//   otherwise it is left alone and reported in `skipped`;
// - 设置表 values are written only when the table is created;
// - nothing is ever deleted, moved or overwritten, so a second run changes nothing.
import type * as ExcelJS from 'exceljs';
import { dateFromDay } from '../rules/days';
import {
  HEADER_ROW,
  SETTINGS_CHOICES,
  SUBTITLE_ROW,
  TABLES,
  TABLE_KEYS,
  TABLE_STYLE,
  TITLE_ROW,
  VALIDATION_ROWS,
  DATE_FORMAT,
  settingsTemplateRows,
  type EnsureReport,
  type RecordInput,
  type SettingsCell,
  type TableKey,
  type TableSpec,
  type TemplateOptions,
} from '../records/schema';
import {
  colLetter,
  findTable,
  findWorksheet,
  isEmptyCell,
  listValidation,
  nameKey,
  parseRange,
  setTableRect,
  styleDataCell,
  styleHeaderCell,
  styleTitleCell,
  tableRect,
  tablesOf,
  toXlsxValue,
  textValue,
  validationsOf,
  xlsxColumnWidth,
  type Rect,
  type TableHandle,
} from './cells';

/** Tables wider than this many characters print in landscape. */
const LANDSCAPE_WIDTH = 60;

/** The subtitle under each form's title, as on the paper form's cover. */
export function subtitleText(o: TemplateOptions): string {
  const year = o.academicYear?.trim() || '　　　　-　　　　';
  const semester = o.semester ? String(o.semester) : '　';
  const parts = [`（${year}学年度第${semester}学期）`];
  if (o.major?.trim()) parts.push(`专业：${o.major.trim()}`);
  parts.push(`班级：${o.className?.trim() || '　　　　　'}`);
  parts.push(`班主任：${o.advisor?.trim() || '　　　　'}`);
  return parts.join('  ');
}

/** Create or repair every schema table of the workbook; never overwrites anything. */
export function ensureWorkbook(wb: ExcelJS.Workbook, options: TemplateOptions): EnsureReport {
  return ensureLayout(wb, options);
}

/**
 * ensureWorkbook, where tables that are created get `rows` as their body instead of one blank row
 * (createWorkbook's initial data). Rows for tables that already exist are ignored.
 */
export function ensureLayout(
  wb: ExcelJS.Workbook,
  options: TemplateOptions,
  rows?: Partial<Record<TableKey, RecordInput[]>>,
): EnsureReport {
  const report: EnsureReport = { createdSheets: [], createdTables: [], addedColumns: [], skipped: [], changed: false };
  for (const key of TABLE_KEYS) {
    const spec = TABLES[key];
    const found = findTable(wb, spec.table);
    if (found) {
      repairTable(found.worksheet, found.table, spec, report);
      continue;
    }
    let ws = findWorksheet(wb, spec.sheet);
    if (ws && hasContent(ws)) {
      report.skipped.push({
        sheet: ws.name,
        reason:
          `工作表“${ws.name}”已有内容，但其中没有名为“${spec.table}”的表格，未作任何改动。` +
          `请把已有内容移到其他工作表（或把该工作表改名）后再点击“创建/修复记录表”；` +
          `也可以把表头所在区域转换为表格并命名为“${spec.table}”。`,
      });
      continue;
    }
    if (!ws) {
      ws = wb.addWorksheet(spec.sheet);
      report.createdSheets.push(spec.sheet);
    }
    const body = key === 'settings' ? settingsBody(options, rows?.settings) : recordBody(spec, rows?.[key]);
    layoutTable(ws, spec, options, body);
    report.createdTables.push(spec.table);
  }
  report.changed = report.createdSheets.length + report.createdTables.length + report.addedColumns.length > 0;
  return report;
}

/** Whether a sheet holds anything: a value in any cell, or a table. */
function hasContent(ws: ExcelJS.Worksheet): boolean {
  if (tablesOf(ws).length > 0) return true;
  let found = false;
  ws.eachRow({ includeEmpty: false }, (row) => {
    if (found) return;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!isEmptyCell(cell)) found = true;
    });
  });
  return found;
}

/** Record rows as cell values in the spec's column order; blank seq cells are numbered 1, 2, … */
function recordBody(spec: TableSpec, rows: RecordInput[] | undefined): ExcelJS.CellValue[][] {
  return (rows ?? []).map((r, i) =>
    spec.columns.map((col) => {
      const v = r[col.field];
      if (col.kind === 'seq' && (v === undefined || v === null || v === '')) return i + 1;
      return toXlsxValue(col, v);
    }),
  );
}

function settingsValue(v: SettingsCell): ExcelJS.CellValue {
  switch (v.kind) {
    case 'text':
      return textValue(v.value);
    case 'number':
      return v.value;
    case 'date':
      return dateFromDay(v.value);
    default:
      return null;
  }
}

/**
 * 设置表 body: the template rows from the options; `extra` rows ({ key, value }) replace the value of
 * a template key or are added after them (parameter overrides such as 学期周数).
 */
function settingsBody(options: TemplateOptions, extra: RecordInput[] | undefined): ExcelJS.CellValue[][] {
  const body: ExcelJS.CellValue[][] = settingsTemplateRows(options).map((r) => [r.key, settingsValue(r.value)]);
  const valueCol = TABLES.settings.columns[1];
  for (const r of extra ?? []) {
    const key = typeof r.key === 'string' ? r.key.trim() : '';
    if (!key) continue;
    const value = toXlsxValue(valueCol, r.value);
    const existing = body.find((row) => row[0] === key);
    if (existing) existing[1] = value;
    else body.push([key, value]);
  }
  return body;
}

/** Title, subtitle, the table with its formats and drop-downs, frozen header and print setup. */
function layoutTable(ws: ExcelJS.Worksheet, spec: TableSpec, options: TemplateOptions, body: ExcelJS.CellValue[][]) {
  const cols = spec.columns;
  cols.forEach((col, i) => {
    const column = ws.getColumn(i + 1);
    column.width = xlsxColumnWidth(col.width);
    // Column-level formats also apply to rows Excel adds when the table grows.
    if (col.kind === 'date') column.numFmt = DATE_FORMAT;
    if (col.kind === 'longtext') column.alignment = { wrapText: true, vertical: 'top' };
  });

  const title = ws.getCell(TITLE_ROW, 1);
  title.value = spec.title;
  styleTitleCell(title);
  ws.getRow(TITLE_ROW).height = 26;
  const subtitle = ws.getCell(SUBTITLE_ROW, 1);
  subtitle.value = subtitleText(options);
  subtitle.alignment = { vertical: 'middle' };

  const rows = body.length > 0 ? body : [cols.map(() => null)];
  ws.addTable({
    name: spec.table,
    displayName: spec.table,
    ref: `A${HEADER_ROW}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: cols.map((col) => ({ name: col.header, filterButton: true })),
    rows,
  });
  const header = ws.getRow(HEADER_ROW);
  header.height = 30;
  cols.forEach((col, i) => styleHeaderCell(header.getCell(i + 1)));
  for (let r = 0; r < rows.length; r++) {
    const row = ws.getRow(HEADER_ROW + 1 + r);
    cols.forEach((col, i) => {
      const cell = row.getCell(i + 1);
      styleDataCell(cell, col);
      if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
    });
  }

  const lastRow = HEADER_ROW + Math.max(VALIDATION_ROWS, rows.length);
  cols.forEach((col, i) => {
    if (!col.allowed) return;
    const letter = colLetter(i + 1);
    validationsOf(ws).add(
      `${letter}${HEADER_ROW + 1}:${letter}${lastRow}`,
      listValidation(col.header, col.allowed, col.strict === true),
    );
  });
  if (spec.key === 'settings') {
    rows.forEach((r, i) => {
      const choices = typeof r[0] === 'string' ? SETTINGS_CHOICES[r[0]] : undefined;
      if (choices) validationsOf(ws).add(`B${HEADER_ROW + 1 + i}`, listValidation(String(r[0]), choices, true));
    });
  }

  ws.views = [
    {
      state: 'frozen',
      xSplit: 0,
      ySplit: HEADER_ROW,
      topLeftCell: `A${HEADER_ROW + 1}`,
      activeCell: `A${HEADER_ROW + 1}`,
    },
  ];
  const width = cols.reduce((s, col) => s + col.width, 0);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: width > LANDSCAPE_WIDTH ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${TITLE_ROW}:${HEADER_ROW}`,
  };
}

/** Header keys of an existing table, as written in its model (the names Excel uses). */
function headerKey(s: unknown): string {
  return typeof s === 'string' ? nameKey(s).replace(/[*＊]+$/u, '') : '';
}

/** Appends the spec's missing columns at the table's right edge when those cells are free. */
function repairTable(ws: ExcelJS.Worksheet, table: TableHandle, spec: TableSpec, report: EnsureReport): void {
  const rect = tableRect(table);
  if (!rect) return;
  const have = new Set(table.table.columns.map((c) => headerKey(c.name)));
  const missing = spec.columns.filter((col) => !have.has(headerKey(col.header)));
  if (missing.length === 0) return;

  const target: Rect = { top: rect.top, bottom: rect.bottom, left: rect.right + 1, right: rect.right + missing.length };
  const where = `${colLetter(target.left)}${target.top}:${colLetter(target.right)}${target.bottom}`;
  if (!regionFree(ws, target, table)) {
    report.skipped.push({
      sheet: ws.name,
      reason:
        `表格“${table.table.name}”缺少列：${missing.map((c) => c.header).join('、')}。` +
        `其右侧的单元格（${where}）已有内容或其他表格，未自动添加。请清空这些单元格，或在表格最右侧手动添加这些列后重试。`,
    });
    return;
  }

  const validationEnd = Math.max(rect.bottom, rect.top + VALIDATION_ROWS);
  missing.forEach((col, j) => {
    const c = target.left + j;
    const head = ws.getCell(rect.top, c);
    head.value = col.header;
    styleHeaderCell(head);
    for (let r = rect.top + 1; r <= rect.bottom; r++) styleDataCell(ws.getCell(r, c), col);
    const column = ws.getColumn(c);
    if (column.width === undefined) column.width = xlsxColumnWidth(col.width);
    table.table.columns.push({ name: col.header, filterButton: true, totalsRowFunction: 'none' });
    if (col.allowed && !hasValidation(ws, c, rect.top + 1, validationEnd)) {
      const letter = colLetter(c);
      validationsOf(ws).add(
        `${letter}${rect.top + 1}:${letter}${validationEnd}`,
        listValidation(col.header, col.allowed, col.strict === true),
      );
    }
    report.addedColumns.push({ table: table.table.name, header: col.header });
  });
  setTableRect(table, { ...rect, right: target.right });
}

/** Every cell of the region is empty and no other table overlaps it. */
function regionFree(ws: ExcelJS.Worksheet, region: Rect, self: TableHandle): boolean {
  for (const other of tablesOf(ws)) {
    if (other === self) continue;
    const r = tableRect(other);
    if (r && r.left <= region.right && region.left <= r.right && r.top <= region.bottom && region.top <= r.bottom) {
      return false;
    }
  }
  for (let r = region.top; r <= region.bottom; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    for (let c = region.left; c <= region.right; c++) {
      if (!isEmptyCell(row.getCell(c))) return false;
    }
  }
  return true;
}

/** Whether any cell of column `col`, rows top..bottom, already has a data validation. */
function hasValidation(ws: ExcelJS.Worksheet, col: number, top: number, bottom: number): boolean {
  const model = validationsOf(ws).model;
  for (const [address, dv] of Object.entries(model)) {
    const r = dv ? parseRange(address) : null;
    if (r && r.left <= col && col <= r.right && r.top <= bottom && top <= r.bottom) return true;
  }
  return false;
}
