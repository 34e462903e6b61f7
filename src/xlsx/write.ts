// Plan values, styles and sheet plans written with exceljs (the .xlsx adapter's only writer).
import type * as ExcelJS from 'exceljs';
import { dateFromDay } from '../rules/days';
import { DATE_FORMAT } from '../records/schema';
import type { CellStyle, ColumnPlan, PlanValue, SheetPlan, TablePlan } from '../plans/model';
import { cleanText, looksLikeFormula } from '../plans/text';
import { listFormula, listMessages } from '../plans/validation';
import { colLetter, validationsOf } from './cells';

/**
 * Excel's Text format. exceljs 4.4 cannot write the quotePrefix style, so text that looksLikeFormula
 * gets the Text format, and saving (workbook.ts markQuotePrefix) adds quotePrefix="1" to that style:
 * Excel then keeps the cell text on F2+Enter (TOOLING "Real files").
 */
export const TEXT_FORMAT = '@';

/** Writes one plan value; a { day } gets the date format unless the cell already has a date-like one. */
export function writeValue(cell: ExcelJS.Cell, v: PlanValue): void {
  if (v === null || v === '') {
    cell.value = null;
  } else if (typeof v === 'string') {
    const text = cleanText(v);
    cell.value = text;
    if (looksLikeFormula(text)) cell.numFmt = TEXT_FORMAT;
  } else if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
  } else if ('day' in v) {
    cell.value = dateFromDay(v.day);
    if (!/[yd]/i.test(cell.numFmt ?? '')) cell.numFmt = DATE_FORMAT;
  } else {
    cell.value = { formula: v.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  }
}

/** An exceljs cell value for addTable's rows (dates as Dates; formats follow in styleTableBody). */
export function tableValue(v: PlanValue): ExcelJS.CellValue {
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? cleanText(v) : v;
  return 'day' in v ? dateFromDay(v.day) : ({ formula: v.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue);
}

/** Applies a plan style to a cell (keeps what the style does not mention). */
export function applyStyle(cell: ExcelJS.Cell, s: CellStyle | undefined): void {
  if (!s) return;
  if (s.bold !== undefined || s.size !== undefined || s.fontColor !== undefined) {
    cell.font = {
      ...(cell.font ?? {}),
      ...(s.bold !== undefined ? { bold: s.bold } : {}),
      ...(s.size !== undefined ? { size: s.size } : {}),
      ...(s.fontColor ? { color: { argb: `FF${s.fontColor}` } } : {}),
    };
  }
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } };
  if (s.numberFormat) cell.numFmt = s.numberFormat;
  if (s.wrap !== undefined || s.horizontal || s.vertical) {
    cell.alignment = {
      ...(cell.alignment ?? {}),
      ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
      ...(s.horizontal ? { horizontal: s.horizontal } : {}),
      ...(s.vertical ? { vertical: s.vertical } : {}),
    };
  }
  if (s.border) {
    const thin = { style: 'thin' as const };
    cell.border = { top: thin, bottom: thin, left: thin, right: thin };
  }
}

/** The data-cell style of a column plan (format, wrapping). */
export function columnCellStyle(col: ColumnPlan): CellStyle | undefined {
  if (!col.numberFormat && !col.wrap) return undefined;
  return {
    ...(col.numberFormat ? { numberFormat: col.numberFormat } : {}),
    ...(col.wrap ? { wrap: true, vertical: 'top' as const } : {}),
  };
}

/** A list validation with a Chinese prompt. strict: only the listed values are accepted. */
export function listValidation(title: string, values: readonly string[], strict: boolean): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [listFormula(values)],
    showErrorMessage: strict,
    errorStyle: strict ? 'stop' : 'warning',
    ...listMessages(title, values),
  };
}

/**
 * A column width as exceljs should be given it: exceljs treats a width of exactly 9 as its default and
 * silently leaves the column out of the file, so 9 is nudged to 9.01 (no visible difference).
 */
export function xlsxColumnWidth(width: number): number {
  return width === 9 ? 9.01 : width;
}

/** Column formats and drop-downs of a table's data rows (rows top..bottom, 1-based). */
export function formatColumn(ws: ExcelJS.Worksheet, c: number, col: ColumnPlan, top: number, bottom: number): void {
  const style = columnCellStyle(col);
  for (let r = top; r <= bottom && style; r++) applyStyle(ws.getCell(r, c), style);
  if (col.list) {
    const letter = colLetter(c);
    validationsOf(ws).add(`${letter}${top}:${letter}${bottom}`, listValidation(col.header, col.list, !!col.strict));
  }
}

function addTable(ws: ExcelJS.Worksheet, t: TablePlan): void {
  const rows = t.rows.length > 0 ? t.rows : [t.columns.map(() => null)];
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: `${colLetter(t.firstCol)}${t.headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: (t.style ?? undefined) as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: t.columns.map((col) => ({ name: col.header, filterButton: true })),
    rows: rows.map((r) => r.map(tableValue)),
  });
  t.columns.forEach((col, j) => {
    const c = t.firstCol + j;
    const column = ws.getColumn(c);
    // Column-level formats also apply to rows Excel adds when the table grows.
    if (col.numberFormat) column.numFmt = col.numberFormat;
    if (col.wrap) column.alignment = { wrapText: true, vertical: 'top' };
    applyStyle(ws.getCell(t.headerRow, c), t.headerStyle);
    // Cell styles after addTable: its rows were written as plain values.
    rows.forEach((r, i) => writeValue(ws.getCell(t.headerRow + 1 + i, c), r[j] ?? null));
    formatColumn(ws, c, col, t.headerRow + 1, t.headerRow + Math.max(t.formatRows ?? 0, rows.length));
  });
}

/**
 * A print area as exceljs must be given it. exceljs writes `$` + each end of the range (workbook-xform:
 * `'Sheet'!$A2:$D12` from 'A2:D12'), which leaves the rows relative; LibreOffice then ignores the area
 * and prints row 1 (the marker) too. Giving it 'A$2:D$12' yields the absolute `$A$2:$D$12`.
 */
export function exceljsPrintArea(area: string): string {
  return area
    .split(',')
    .map((part) => part.replace(/\$/g, '').replace(/([A-Za-z]+)(\d+)/g, '$1$$$2'))
    .join('&&');
}

/** Writes a sheet plan into an (empty) worksheet. */
export function layoutSheet(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  (plan.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = xlsxColumnWidth(w)));
  for (const c of plan.hiddenCols ?? []) ws.getColumn(c).hidden = true;
  for (const cell of plan.cells) {
    const target = ws.getCell(cell.row, cell.col);
    writeValue(target, cell.value);
    applyStyle(target, cell.style);
  }
  for (const [row, h] of Object.entries(plan.rowHeights ?? {})) ws.getRow(Number(row)).height = h;
  for (const m of plan.merges ?? []) ws.mergeCells(m);
  plan.tables.forEach((t) => addTable(ws, t));
  for (const l of plan.lists ?? []) validationsOf(ws).add(l.range, listValidation(l.title, l.values, !!l.strict));
  if (plan.freezeRows) {
    const below = `A${plan.freezeRows + 1}`;
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: plan.freezeRows, topLeftCell: below, activeCell: below }];
  }
  const p = plan.print;
  if (p) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: p.orientation,
      ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(p.centerHorizontally ? { horizontalCentered: true } : {}),
      ...(p.titleRows ? { printTitlesRow: `${p.titleRows[0]}:${p.titleRows[1]}` } : {}),
      ...(p.area ? { printArea: exceljsPrintArea(p.area) } : {}),
      ...(p.margins ? { margins: { ...p.margins, header: 0.3, footer: 0.3 } } : {}),
    };
    for (const r of p.rowBreaks ?? []) ws.getRow(r - 1).addPageBreak();
  }
}
