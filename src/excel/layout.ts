// A sheet plan applied to an Office.js worksheet (queued; the caller syncs). Everything used here is
// in ExcelApi 1.9 or below (the manifest's requirement set); the Office.js reference is cited beside
// each call (learn.microsoft.com/javascript/api/excel/…).
import { DATE_FORMAT } from '../records/schema';
import type { CellPlan, CellStyle, ColumnPlan, PrintPlan, SheetPlan, TablePlan } from '../plans/model';
import { hexColor, officeValue, widthPoints, type Written } from './cells';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/**
 * A thin border round every cell of a range `rows` × `cols`: the four edges, and the inside lines when
 * the range has more than one row or column (excel.rangeborder .style / excel.borderindex, ExcelApi 1.1;
 * Excel rejects an inside border on a range that has no inside).
 */
function borderAll(range: Excel.Range, rows: number, cols: number): void {
  const edges: Array<'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical'> = [
    'EdgeTop',
    'EdgeBottom',
    'EdgeLeft',
    'EdgeRight',
  ];
  if (rows > 1) edges.push('InsideHorizontal');
  if (cols > 1) edges.push('InsideVertical');
  for (const e of edges) range.format.borders.getItem(e).style = 'Continuous';
}

/** A plan style on a range of `rows` × `cols` cells (numberFormat needs the shape). */
export function applyStyle(range: Excel.Range, s: CellStyle | undefined, rows = 1, cols = 1): void {
  if (!s) return;
  if (s.fill) range.format.fill.color = hexColor(s.fill);
  if (s.fontColor) range.format.font.color = hexColor(s.fontColor);
  if (s.bold !== undefined) range.format.font.bold = s.bold;
  if (s.size !== undefined) range.format.font.size = s.size;
  if (s.wrap !== undefined) range.format.wrapText = s.wrap;
  // excel.rangeformat horizontalAlignment / verticalAlignment (ExcelApi 1.1).
  if (s.horizontal) range.format.horizontalAlignment = HORIZONTAL[s.horizontal];
  if (s.vertical) range.format.verticalAlignment = VERTICAL[s.vertical];
  if (s.border) borderAll(range, rows, cols);
  if (s.numberFormat)
    range.numberFormat = Array.from({ length: rows }, () => Array.from({ length: cols }, () => s.numberFormat!));
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
  applyStyle(sheet.getRangeByIndexes(t.headerRow - 1, t.firstCol - 1, 1, n), t.headerStyle, 1, n);
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
  // Styles by runs of same-styled neighbours in a row: a print sheet has thousands of styled cells,
  // and every format set is one more operation in the batch.
  for (const run of styleRuns(plan.cells)) {
    applyStyle(sheet.getRangeByIndexes(run.row - 1, run.col - 1, 1, run.cols), run.style, 1, run.cols);
  }
  for (const c of plan.cells) {
    if (c.value !== null && typeof c.value === 'object' && 'day' in c.value && !c.style?.numberFormat)
      sheet.getRangeByIndexes(c.row - 1, c.col - 1, 1, 1).numberFormat = [[DATE_FORMAT]];
  }
}

interface StyleRun {
  row: number;
  col: number;
  cols: number;
  style: CellStyle;
}

/** Styled cells grouped into horizontal runs of adjacent cells with the same style. */
export function styleRuns(cells: readonly CellPlan[]): StyleRun[] {
  const styled = cells.filter((c) => c.style).sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: StyleRun[] = [];
  let last: (StyleRun & { key: string }) | undefined;
  for (const c of styled) {
    const key = JSON.stringify(c.style);
    if (last && last.row === c.row && last.col + last.cols === c.col && last.key === key) {
      last.cols++;
      continue;
    }
    last = { row: c.row, col: c.col, cols: 1, style: c.style!, key };
    runs.push(last);
  }
  return runs.map(({ row, col, cols, style }) => ({ row, col, cols, style }));
}

/** Merges and row heights (excel.range merge(across) and excel.rangeformat rowHeight, ExcelApi 1.2). */
function shapeRows(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const m of plan.merges ?? []) sheet.getRange(m).merge(false);
  for (const [row, h] of Object.entries(plan.rowHeights ?? {}))
    sheet.getRangeByIndexes(Number(row) - 1, 0, 1, 1).format.rowHeight = h;
}

/** Page setup of a sheet (excel.pagelayout, ExcelApi 1.9; margins are in points, plans give inches). */
function pageSetup(sheet: Excel.Worksheet, p: PrintPlan): void {
  const page = sheet.pageLayout;
  page.paperSize = p.paper;
  page.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (p.titleRows) page.setPrintTitleRows(`$${p.titleRows[0]}:$${p.titleRows[1]}`);
  // Only when asked: print sheets keep 100 % (their manual breaks assume it; Excel ignores manual
  // breaks when fitting to pages).
  if (p.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.centerHorizontally) page.centerHorizontally = true;
  if (p.margins) {
    page.topMargin = p.margins.top * 72;
    page.bottomMargin = p.margins.bottom * 72;
    page.leftMargin = p.margins.left * 72;
    page.rightMargin = p.margins.right * 72;
  }
  if (p.area) page.setPrintArea(p.area);
  // excel.pagebreakcollection add: the break goes BEFORE the top-left cell of the range, i.e. that
  // row starts a new page, as a plan's rowBreaks say.
  for (const r of p.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${r}`);
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
  // excel.range columnHidden (ExcelApi 1.2): setting it hides every column of the range.
  for (const c of plan.hiddenCols ?? []) sheet.getRangeByIndexes(0, c - 1, 1, 1).columnHidden = true;
  plan.tables.forEach((t) => addTable(sheet, t, date1904, tableName(t.name)));
  for (const l of plan.lists ?? [])
    sheet.getRange(l.range).dataValidation.rule = { list: { inCellDropDown: true, source: l.values.join(',') } };
  shapeRows(sheet, plan);
  if (plan.freezeRows) sheet.freezePanes.freezeRows(plan.freezeRows);
  if (plan.print) pageSetup(sheet, plan.print);
}
