// A record table's header matched against the schema, then its data rows walked (SPEC §1, §2.3).
import type { Diagnostic } from '../rules/model';
import { TABLES, type RawTable, type TableKey } from './schema';
import { matchColumns } from './columns';
import { textOf, unwrapCell, type Cell, type CellSlot } from './cells';
import { safeHeaderRow, safeName } from './raw';
import { RowReader, type TableState } from './row';

const BLANK_CELL: Cell = { t: 'blank' };

export const REPAIR = '请在任务窗格中点击“创建/修复记录表”';

/** Matches the header; null (with an error) when a required column is missing. */
export function prepareTable(key: TableKey, raw: RawTable, diags: Diagnostic[]): TableState | null {
  const spec = TABLES[key];
  const name = safeName(raw);
  const values = Array.isArray(raw.values) ? raw.values : [];
  const header = Array.isArray(values[0]) ? values[0] : [];
  const { index, missing } = matchColumns(spec, header);
  const required = missing.filter((c) => c.required);
  const say = (column: string, severity: Diagnostic['severity'], message: string) =>
    diags.push({ table: name, row: null, column, severity, message });
  if (required.length > 0) {
    const list = required.map((c) => `“${c.header}”`).join('、');
    const which = required.length > 1 ? '这些列' : '该列';
    say(required[0].header, 'error', `${name}缺少必填列${list}，${REPAIR}补上${which}；补好之前该表的记录暂不计入。`);
    return null;
  }
  const optional = missing.filter((c) => c.kind !== 'seq' && c.kind !== 'signature');
  if (optional.length > 0) {
    const list = optional.map((c) => `“${c.header}”`).join('、');
    say(optional[0].header, 'info', `${name}没有${list}列，这些内容按未填写处理。如需填写，${REPAIR}补上。`);
  }
  const cols = spec.columns.filter((c) => index[c.field] !== undefined).map((col) => ({ col, idx: index[col.field] }));
  return {
    key,
    name,
    headerRow: safeHeaderRow(raw),
    values,
    cols,
    byField: new Map(cols.map((c) => [c.col.field, c])),
    diags,
  };
}

export interface RowWalk {
  /** Report required cells left blank and cells holding an error or something unreadable. */
  checkCells: boolean;
}

/**
 * Walks the data rows: blank rows (only the seq column 编号 filled counts as blank) are skipped silently; every other row is checked (checkCells),
 * `build` turns it into a value, and what was found is reported. A row with anything missing or
 * unreadable is not counted; `build` returning null drops it too.
 */
export function eachRow<T>(
  t: TableState,
  build: (r: RowReader) => T | null,
  walk: RowWalk = { checkCells: true },
): T[] {
  const out: T[] = [];
  // One packed array reused for every row (RowReader reads it only while its row is built).
  let width = 0;
  for (const { idx } of t.cols) width = Math.max(width, idx + 1);
  const cells: Cell[] = new Array<Cell>(width).fill(BLANK_CELL);
  // And one Cell object per column, refilled row after row: no Cell is kept past its row, and a
  // table of 100,000 rows would otherwise make a million of them.
  const slots: CellSlot[] = [];
  for (let k = 0; k < width; k++) slots.push({ t: 'blank', v: null });
  const reader = new RowReader(t, cells);
  for (let i = 1; i < t.values.length; i++) {
    const rowValues = t.values[i];
    if (!Array.isArray(rowValues)) continue;
    let blank = true;
    let problem = false;
    for (let k = 0; k < t.cols.length; k++) {
      const { col, idx } = t.cols[k];
      const c = unwrapCell(rowValues[idx], slots[idx]);
      cells[idx] = c;
      if (col.kind === 'seq') continue;
      if (c.t !== 'blank') {
        blank = false;
        if (c.t === 'error' || c.t === 'junk') problem = true;
      } else if (col.required) problem = true;
    }
    if (blank) continue;
    const r = reader.start(t.headerRow + i);
    if (problem && walk.checkCells) checkCells(t, r, cells);
    let value: T | null = null;
    try {
      value = build(r);
    } catch {
      r.fail('', '读取该行时出现意外问题，请检查该行内容。');
    }
    r.report();
    if (r.ok && value !== null) out.push(value);
  }
  return out;
}

function checkCells(t: TableState, r: RowReader, cells: Cell[]): void {
  for (const { col, idx } of t.cols) {
    if (col.kind === 'seq' || col.kind === 'signature') continue;
    const c = cells[idx];
    if (c.t === 'blank') {
      if (col.required) r.require(col.header);
    } else if (c.t === 'error' || c.t === 'junk') {
      const m = textOf(c);
      r.fail(col.field, m.kind === 'error' ? m.message : '无法识别，请重新填写。');
    }
  }
}
