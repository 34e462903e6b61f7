// The list forms of seed 004 (谈心记录表, 走访宿舍记录表, 联系学生家长记录表): a heading, the column
// headers and a fixed number of numbered rows per A4 page, as on the paper. Each page carries its own
// heading (its 编号 is the page number), so no title rows are repeated by Excel.
import type { CellStyle, PlanValue } from '../model';
import type { Settings } from '../../rules/model';
import { SheetBuilder } from './builder';
import { LABEL, heading } from './heading';
import { MAX_PAGES, type PrintSheetPlan } from './model';

export interface ListForm {
  sheet: string;
  title: string;
  headers: readonly string[];
  widths: readonly number[];
  rowsPerPage: number;
  /** Points per data row. */
  rowHeight: number;
}

/** Data cells: small text, wrapped, clipped by the row height. */
export const CELL: CellStyle = { size: 9, horizontal: 'left', vertical: 'middle', wrap: true, border: true };
const NUMBER: CellStyle = { ...CELL, horizontal: 'center' };
const HEADER: CellStyle = { ...LABEL, bold: true, size: 10 };

/** Pages a list of `lines` takes: at least one (the blank form). */
export function listPages(lines: number, rowsPerPage: number): number {
  return Math.max(1, Math.ceil(lines / rowsPerPage));
}

/**
 * Lays out `lines` (each without its 序号, which is the running line number, as the paper's preprinted
 * 1, 2, 3 … continued over pages). Rows past the last line stay blank for writing by hand.
 */
export function listSheet(
  form: ListForm,
  settings: Settings,
  lines: readonly (readonly PlanValue[])[],
  skipped: number,
): PrintSheetPlan {
  const b = new SheetBuilder(form.sheet, form.widths);
  const pages = Math.min(MAX_PAGES, listPages(lines.length, form.rowsPerPage));
  const omitted = Math.max(0, lines.length - pages * form.rowsPerPage);
  for (let p = 0; p < pages; p++) {
    b.page();
    heading(b, String(p + 1), form.title, settings);
    // 28 pt: room for a header that wraps onto two lines (学生家长姓名) at 10 pt.
    b.line(
      28,
      form.headers.map((h) => ({ value: h, style: HEADER })),
    );
    for (let i = 0; i < form.rowsPerPage; i++) {
      const n = p * form.rowsPerPage + i;
      const line = lines[n] ?? [];
      const rest = form.headers.slice(1).map((_, k) => ({ value: line[k] ?? '', style: CELL }));
      b.line(form.rowHeight, [{ value: n + 1, style: NUMBER }, ...rest]);
    }
  }
  return b.build(skipped, omitted);
}
