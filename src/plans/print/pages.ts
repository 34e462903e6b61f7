// The printed pages of a print sheet, read back from its plan (print area and row breaks): the print
// view renders these, the tests check them. Pure: works on the plan alone.
import type { CellPlan, SheetPlan } from '../model';
import { parseRange } from './a1';

export interface PageCell {
  cell: CellPlan;
  colSpan: number;
  rowSpan: number;
}

export interface PageRow {
  row: number;
  /** Points; undefined = Excel's default. */
  height?: number;
  cells: PageCell[];
}

export interface Page {
  rows: PageRow[];
}

/** Cells by 'row:col' and the cells hidden under a merge (not the merge's top-left one). */
function cellMaps(plan: SheetPlan) {
  const byPos = new Map<string, CellPlan>();
  for (const c of plan.cells) byPos.set(`${c.row}:${c.col}`, c);
  const spans = new Map<string, { colSpan: number; rowSpan: number }>();
  const hidden = new Set<string>();
  for (const m of plan.merges ?? []) {
    const r = parseRange(m);
    if (!r) continue;
    spans.set(`${r.top}:${r.left}`, { colSpan: r.right - r.left + 1, rowSpan: r.bottom - r.top + 1 });
    for (let y = r.top; y <= r.bottom; y++)
      for (let x = r.left; x <= r.right; x++) if (y !== r.top || x !== r.left) hidden.add(`${y}:${x}`);
  }
  return { byPos, spans, hidden };
}

/** Splits the print area at the row breaks; every page lists its rows with their visible cells. */
export function pagesOf(plan: SheetPlan): Page[] {
  const area = plan.print?.area ? parseRange(plan.print.area) : null;
  if (!area) return [];
  const { byPos, spans, hidden } = cellMaps(plan);
  const starts = [area.top, ...(plan.print?.rowBreaks ?? []).filter((r) => r > area.top && r <= area.bottom)];
  starts.sort((a, b) => a - b);
  return starts.map((top, i) => {
    const bottom = i + 1 < starts.length ? starts[i + 1] - 1 : area.bottom;
    const rows: PageRow[] = [];
    for (let row = top; row <= bottom; row++) {
      const cells: PageCell[] = [];
      for (let col = area.left; col <= area.right; col++) {
        const key = `${row}:${col}`;
        if (hidden.has(key)) continue;
        const span = spans.get(key) ?? { colSpan: 1, rowSpan: 1 };
        cells.push({ cell: byPos.get(key) ?? { row, col, value: null }, ...span });
      }
      rows.push({ row, height: plan.rowHeights?.[row], cells });
    }
    return { rows };
  });
}

/** Text of a plan value as printed (dates as 2026-09-07; a formula prints as written). */
export function printedText(v: CellPlan['value']): string {
  if (v === null) return '';
  if (typeof v === 'object') {
    if ('formula' in v) return v.formula;
    return new Date(v.day * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof v === 'boolean') return v ? '是' : '否';
  return String(v);
}
