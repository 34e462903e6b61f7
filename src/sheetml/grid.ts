// A sheet plan laid out as cells, in the order the .xlsx adapter (src/xlsx/write.ts layoutSheet)
// applies it: cells, merges, then each table (header, rows, column formats). Pure data; sheet.ts
// turns it into XML.
import type { CellStyle, ColumnPlan, PlanValue, SheetPlan, TablePlan } from '../plans/model';
import { colLetter, parseRef, type Rect } from '../plans/a1';
import { cleanText } from '../plans/text';
import { combine, type XStyle } from './styles';

export interface GridCell {
  value: PlanValue;
  style?: XStyle;
}

/** A table as written: its extent and its column names (unique, as Excel requires). */
export interface LaidTable {
  plan: TablePlan;
  rect: Rect;
  names: string[];
}

export interface Grid {
  /** row → column → cell. */
  rows: Map<number, Map<number, GridCell>>;
  tables: LaidTable[];
  /** Column → the style new cells of that column get (table column formats, `<col style>`). */
  colStyles: Map<number, XStyle>;
}

/** The data-cell style of a table column (format, wrapping), as src/xlsx columnCellStyle. */
export function columnStyle(col: ColumnPlan): CellStyle | undefined {
  if (!col.numberFormat && !col.wrap) return undefined;
  return {
    ...(col.numberFormat ? { numberFormat: col.numberFormat } : {}),
    ...(col.wrap ? { wrap: true, vertical: 'top' as const } : {}),
  };
}

/**
 * Table column names: header text without line-break ambiguity, unique ignoring case (Excel repairs a
 * file whose table repeats a name). A blank header becomes 列N; a repeated one gets a number (名称2).
 */
export function uniqueNames(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    const base = cleanText(h).replace(/\n/g, ' ').trim() || `列${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

export function layoutGrid(plan: SheetPlan): Grid {
  const rows = new Map<number, Map<number, GridCell>>();
  const colStyles = new Map<number, XStyle>();
  const at = (r: number, c: number): GridCell => {
    let row = rows.get(r);
    if (!row) rows.set(r, (row = new Map()));
    let cell = row.get(c);
    if (!cell) row.set(c, (cell = { value: null, style: colStyles.get(c) }));
    return cell;
  };
  for (const p of plan.cells) {
    const cell = at(p.row, p.col);
    cell.value = p.value;
    cell.style = combine(cell.style, p.style);
  }
  for (const m of plan.merges ?? []) mergeCells(parseRef(m), at);
  const tables = plan.tables.map((t) => layTable(t, at, colStyles));
  return { rows, tables, colStyles };
}

/** The cells a merge covers other than its top-left one: emptied, with the top-left cell's style (borders). */
function mergeCells(r: Rect | null, at: (r: number, c: number) => GridCell): void {
  if (!r) return;
  const master = at(r.top, r.left);
  for (let row = r.top; row <= r.bottom; row++) {
    for (let c = r.left; c <= r.right; c++) {
      if (row === r.top && c === r.left) continue;
      const cell = at(row, c);
      cell.value = null;
      cell.style = master.style;
    }
  }
}

/** An empty table still gets one blank data row: a table has at least one (as src/xlsx addTable). */
function layTable(t: TablePlan, at: (r: number, c: number) => GridCell, colStyles: Map<number, XStyle>): LaidTable {
  const rows = t.rows.length > 0 ? t.rows : [t.columns.map(() => null)];
  const names = uniqueNames(t.columns.map((c) => c.header));
  const bottom = t.headerRow + Math.max(t.formatRows ?? 0, rows.length);
  t.columns.forEach((col, j) => {
    const c = t.firstCol + j;
    const style = columnStyle(col);
    if (style) colStyles.set(c, combine(colStyles.get(c), style)!);
    const header = at(t.headerRow, c);
    header.value = names[j];
    header.style = combine(combine(header.style, style), t.headerStyle);
    for (let r = t.headerRow + 1; r <= bottom; r++) {
      const i = r - t.headerRow - 1;
      if (i >= rows.length && !style) continue;
      const cell = at(r, c);
      if (i < rows.length) cell.value = rows[i][j] ?? null;
      cell.style = combine(cell.style, style);
    }
  });
  const right = t.firstCol + Math.max(t.columns.length, 1) - 1;
  return { plan: t, rect: { top: t.headerRow, left: t.firstCol, bottom: t.headerRow + rows.length, right }, names };
}

/** Validation ranges of a table's list columns: the data rows down to formatRows. */
export function listRanges(t: LaidTable): Array<{ range: string; col: ColumnPlan }> {
  const bottom = t.plan.headerRow + Math.max(t.plan.formatRows ?? 0, t.rect.bottom - t.plan.headerRow);
  return t.plan.columns.flatMap((col, j) => {
    if (!col.list) return [];
    const letter = colLetter(t.plan.firstCol + j);
    return [{ range: `${letter}${t.plan.headerRow + 1}:${letter}${bottom}`, col }];
  });
}
