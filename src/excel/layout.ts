// A sheet plan applied to an Office.js worksheet (queued; the caller syncs). Row heights and cell
// alignment are left to Excel here: ExcelApi 1.9 has them, but the gateway has never set them.
import { DATE_FORMAT } from '../records/schema';
import type { CellStyle, ColumnPlan, SheetPlan, TablePlan } from '../plans/model';
import { hexColor, officeValue, widthPoints, type Written } from './cells';

export function applyStyle(range: Excel.Range, s: CellStyle | undefined, rows = 1): void {
  if (!s) return;
  if (s.fill) range.format.fill.color = hexColor(s.fill);
  if (s.fontColor) range.format.font.color = hexColor(s.fontColor);
  if (s.bold !== undefined) range.format.font.bold = s.bold;
  if (s.size !== undefined) range.format.font.size = s.size;
  if (s.wrap !== undefined) range.format.wrapText = s.wrap;
  if (s.numberFormat) range.numberFormat = Array.from({ length: rows }, () => [s.numberFormat!]);
}

/** Date format, wrapping and drop-down list on the data cells of one column (one column wide). */
export function formatColumn(range: Excel.Range, col: ColumnPlan, rows: number): void {
  if (col.numberFormat) range.numberFormat = Array.from({ length: rows }, () => [col.numberFormat!]);
  if (col.wrap) range.format.wrapText = true;
  if (col.list && col.list.length > 0) {
    range.dataValidation.rule = { list: { inCellDropDown: true, source: col.list.join(',') } };
  }
}

function addTable(sheet: Excel.Worksheet, t: TablePlan, date1904: boolean, name: string): void {
  const n = t.columns.length;
  const body: Written[][] =
    t.rows.length > 0 ? t.rows.map((r) => r.map((v) => officeValue(v, date1904))) : [t.columns.map(() => '')];
  const block = sheet.getRangeByIndexes(t.headerRow - 1, t.firstCol - 1, 1 + body.length, n);
  block.values = [t.columns.map((c) => officeValue(c.header)), ...body];
  const table = sheet.tables.add(block, true);
  table.name = name;
  if (t.style) table.style = t.style;
  applyStyle(sheet.getRangeByIndexes(t.headerRow - 1, t.firstCol - 1, 1, n), t.headerStyle);
  // Formats and lists cover formatRows rows: the sheet is ours, and the table extends them as it grows.
  const rows = Math.max(t.formatRows ?? 0, body.length);
  t.columns.forEach((col, c) =>
    formatColumn(sheet.getRangeByIndexes(t.headerRow, t.firstCol - 1 + c, rows, 1), col, rows),
  );
  // Days in the body get the date format (e.g. 设置表's 学期开始日期).
  t.rows.forEach((r, i) =>
    r.forEach((v, c) => {
      if (v !== null && typeof v === 'object' && 'day' in v && !t.columns[c].numberFormat)
        sheet.getRangeByIndexes(t.headerRow + i, t.firstCol - 1 + c, 1, 1).numberFormat = [[DATE_FORMAT]];
    }),
  );
}

/** The cells of the plan: values in one block write over their bounding box, then styles. */
function writeCells(sheet: Excel.Worksheet, plan: SheetPlan, date1904: boolean): void {
  if (plan.cells.length === 0) return;
  const rows = Math.max(...plan.cells.map((c) => c.row));
  const cols = Math.max(...plan.cells.map((c) => c.col));
  const grid: Written[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''));
  for (const c of plan.cells) grid[c.row - 1][c.col - 1] = officeValue(c.value, date1904);
  sheet.getRangeByIndexes(0, 0, rows, cols).values = grid;
  for (const c of plan.cells) {
    const range = sheet.getRangeByIndexes(c.row - 1, c.col - 1, 1, 1);
    applyStyle(range, c.style);
    if (c.value !== null && typeof c.value === 'object' && 'day' in c.value && !c.style?.numberFormat)
      range.numberFormat = [[DATE_FORMAT]];
  }
}

/** Queues everything of a sheet plan on an empty worksheet; tableName: the names tables get for now. */
export function layoutSheet(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  date1904: boolean,
  tableName: (name: string) => string = (n) => n,
): void {
  writeCells(sheet, plan, date1904);
  (plan.widths ?? []).forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthPoints(w)));
  plan.tables.forEach((t) => addTable(sheet, t, date1904, tableName(t.name)));
  for (const l of plan.lists ?? [])
    sheet.getRange(l.range).dataValidation.rule = { list: { inCellDropDown: true, source: l.values.join(',') } };
  if (plan.freezeRows) sheet.freezePanes.freezeRows(plan.freezeRows);
  const p = plan.print;
  if (!p) return;
  sheet.pageLayout.paperSize = p.paper;
  sheet.pageLayout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (p.titleRows) sheet.pageLayout.setPrintTitleRows(`$${p.titleRows[0]}:$${p.titleRows[1]}`);
  if (p.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.centerHorizontally) sheet.pageLayout.centerHorizontally = true;
  if (p.area) sheet.pageLayout.setPrintArea(p.area);
}
