// Nothing typed into the 量化汇总 sheet is lost (issue 8 item 5): which cells of the old sheet are the
// user's, and whether the new summary may be written around them. Pure: both adapters read the old
// sheet, call decideSummary and either write the plan it gives or show its message and write nothing.
import { colLetter } from './a1';
import type { CellPlan, PlanValue, SheetPlan } from './model';
import { isExcelErrorText } from '../records/excel-errors';
import { dayFromDate } from '../rules/days';
import { RECORD_COL, SUMMARY_LAST_COL, cellHash, decodeRecord, encodeRecord } from './summary-record';

const isBlank = (v: unknown) => v === '' || v === null || v === undefined;

/** What a sheet already holds: its used cells' formulas (or values) from (row, col), 1-based. */
export interface ExistingBlock {
  row: number;
  col: number;
  formulas: readonly (readonly unknown[])[];
}

/** What the adapters read of the old summary (or of a leftover temporary one holding it). */
export interface OldSummary {
  /** Its cells with content (formulas with their '=', else values), in any number of blocks. */
  blocks: readonly ExistingBlock[];
  /**
   * The live =BZR.MINIMUMS shows its table (its anchor's value is not blank and not an error): what
   * lies in its spill area came from it. Otherwise (add-in missing: #NAME?; blocked: #SPILL!) nothing
   * spilled and whatever is there was typed.
   */
  spilling: boolean;
}

/** The area a spilling formula of the plan fills (1-based; the anchor included). */
export interface SpillArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Whether the live =BZR.MINIMUMS spilled, from its anchor's value as an adapter reads it: an error
 * (Office.js: its text, exceljs: { error }) or nothing means nothing spilled.
 */
export function spillsFrom(anchorValue: unknown): boolean {
  if (isBlank(anchorValue) || isExcelErrorText(anchorValue)) return false;
  return !(typeof anchorValue === 'object' && anchorValue !== null && 'error' in anchorValue);
}

export type SummaryDecision = { ok: true; plan: SheetPlan } | { ok: false; message: string; cells: string[] };

interface OldCell {
  row: number;
  col: number;
  value: unknown;
}

const key = (row: number, col: number) => `${row},${col}`;
const address = (c: { row: number; col: number }) => `${colLetter(c.col)}${c.row}`;

function oldCells(old: OldSummary | null): OldCell[] {
  const cells: OldCell[] = [];
  for (const b of old?.blocks ?? [])
    b.formulas.forEach((row, i) =>
      row.forEach((value, j) => {
        if (!isBlank(value)) cells.push({ row: b.row + i, col: b.col + j, value });
      }),
    );
  return cells;
}

/** A kept cell's value for the new sheet (formats are not carried). */
function keptValue(v: unknown): PlanValue | undefined {
  if (typeof v === 'string') return v.startsWith('=') ? { formula: v } : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) {
    const day = dayFromDate(v);
    return day === null ? undefined : { day };
  }
  return undefined;
}

/** Is the spill area's row `row` (beyond the recorded rows) shaped like a MINIMUMS row that spilled? */
function spilledRow(byKey: Map<string, unknown>, row: number, spill: SpillArea): boolean {
  // A MINIMUMS row has its name, figure, status and note (only 要求 may be blank): a note typed below
  // the spill does not look like that.
  return [0, 2, 3, 4].every((j) => !isBlank(byKey.get(key(row, spill.col + j))));
}

/** The old cells that are the user's: typed outside what we wrote, or ours but changed since. */
function usersCells(cells: readonly OldCell[], spilling: boolean, spill: SpillArea): OldCell[] | 'moved' {
  const records = new Map<number, string[]>();
  for (const c of cells) {
    const tokens = decodeRecord(c.value);
    if (tokens && c.col !== RECORD_COL) return 'moved';
    if (tokens) records.set(c.row, tokens);
  }
  // A summary written before the record existed: A–K are ours, as they always were.
  const legacy = records.size === 0;
  const byKey = new Map(cells.map((c) => [key(c.row, c.col), c.value]));
  let spillEnd = 0;
  for (const [row, tokens] of records) if (tokens.includes('~')) spillEnd = Math.max(spillEnd, row);
  // The spill may have grown by a row since (its problems row appears once a record has a problem).
  if (spilling && spillEnd > 0 && spilledRow(byKey, spillEnd + 1, spill)) spillEnd++;
  const ours = (c: OldCell): boolean => {
    if (c.col === RECORD_COL && records.has(c.row) && decodeRecord(c.value)) return true;
    if (c.col > SUMMARY_LAST_COL) return false;
    if (legacy) return true;
    const token = records.get(c.row)?.[c.col - 1] ?? '';
    const inSpill =
      c.col >= spill.col &&
      c.col < spill.col + spill.cols &&
      c.row >= spill.row &&
      c.row <= spillEnd &&
      !(c.row === spill.row && c.col === spill.col);
    if (token === '~' || (inSpill && token === '')) return spilling && inSpill;
    return token !== '' && token === cellHash(c.value);
  };
  return cells.filter((c) => !ours(c));
}

/** Every address the new summary fills: its cells in A–K, the spill area and the record column. */
function footprint(plan: SheetPlan, spill: SpillArea, rows: Iterable<number>): Set<string> {
  const at = new Set(plan.cells.map((c) => key(c.row, c.col)));
  for (let r = 0; r < spill.rows; r++) for (let j = 0; j < spill.cols; j++) at.add(key(spill.row + r, spill.col + j));
  for (const r of rows) at.add(key(r, RECORD_COL));
  return at;
}

/** The record cells of the new summary: per row, the hash of each cell we write and the spill area. */
function recordCells(plan: SheetPlan, spill: SpillArea): CellPlan[] {
  const rows = new Map<number, string[]>();
  const tokens = (row: number) => {
    if (!rows.has(row))
      rows.set(
        row,
        Array.from({ length: SUMMARY_LAST_COL }, () => ''),
      );
    return rows.get(row)!;
  };
  // The spill area but its anchor (the formula, hashed below).
  for (let r = 0; r < spill.rows; r++)
    for (let j = r === 0 ? 1 : 0; j < spill.cols; j++) tokens(spill.row + r)[spill.col + j - 1] = '~';
  for (const c of plan.cells) if (c.col <= SUMMARY_LAST_COL) tokens(c.row)[c.col - 1] = cellHash(c.value);
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([row, t]) => ({ row, col: RECORD_COL, value: encodeRecord(t) }));
}

/** Addresses for a message: the first 12, then how many more. */
export function addressList(cells: readonly string[]): string {
  const shown = cells.slice(0, 12).join('、');
  return cells.length > 12 ? `${shown} 等 ${cells.length} 个单元格` : shown;
}

export function coveredMessage(cells: readonly string[]): string {
  return (
    `量化汇总表的 ${addressList(cells)} 中有您自己输入或改动过的内容，更新会覆盖它们。` +
    `请把它们移到 L 列右边或别的工作表后再更新。`
  );
}

export const MOVED_MESSAGE =
  '量化汇总表的列被插入或删除过，无法分清哪些内容是您自己输入的，为免覆盖没有更新。' +
  '请把您自己的内容移到别的工作表，再删除“量化汇总”工作表后重新写入。';

/**
 * The summary to write over `old`: our cells of the old sheet are replaced; the user's (typed outside
 * what we wrote, or ours but edited) are kept at their address — or, when the new summary would cover
 * any of them, nothing is written and the message names them. The plan gains the record of what it
 * writes (hidden column L).
 */
export function decideSummary(plan: SheetPlan, spill: SpillArea, old: OldSummary | null): SummaryDecision {
  const users = usersCells(oldCells(old), old?.spilling ?? false, spill);
  if (users === 'moved') return { ok: false, message: MOVED_MESSAGE, cells: [] };
  const record = recordCells(plan, spill);
  const covers = footprint(
    plan,
    spill,
    record.map((c) => c.row),
  );
  // Nothing of the user's stays in the hidden column either.
  const covered = users
    .filter((c) => c.col === RECORD_COL || covers.has(key(c.row, c.col)))
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map(address);
  if (covered.length > 0) return { ok: false, message: coveredMessage(covered), cells: covered };
  const kept: CellPlan[] = [];
  for (const c of users) {
    const value = keptValue(c.value);
    if (value !== undefined) kept.push({ row: c.row, col: c.col, value });
  }
  const hidden = [...(plan.hiddenCols ?? []), RECORD_COL];
  return { ok: true, plan: { ...plan, cells: [...plan.cells, ...record, ...kept], hiddenCols: hidden } };
}
