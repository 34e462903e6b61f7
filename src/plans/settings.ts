// The plan behind 保存设置 (writeSettings): which 设置表 rows get which value, which keys are appended
// as new rows, and which rows changed in the sheet since the pane read them. Rows are found by their
// 项目 key as records/settings reads it (the first occurrence wins there, so it is the one written);
// no other row or column is touched. A conflict means nothing is written (SPEC: nothing a user typed
// is overwritten without confirmation): the pane shows it and, when confirmed, plans again from a fresh read.
import { keyOf } from '../records/settings';
import { matchColumns } from '../records/columns';
import { TABLES } from '../records/schema';
import { unwrapCell } from '../records/values';
import type { PlanValue } from './model';

export interface SettingsEdit {
  /** The 项目 key (SETTINGS_KEYS or a §3.4 parameter key). */
  key: string;
  value: PlanValue;
  /**
   * The value cell as the pane read it (gateway read()); undefined = the key had no row then.
   * Compared with the sheet's current cell before anything is written.
   */
  expected?: unknown;
}

export interface SettingsConflict {
  key: string;
  /** Worksheet row (1-based) of the key now, or null when the row is gone. */
  row: number | null;
  expected: string;
  found: string;
}

export interface SettingsPlan {
  table: string;
  /** 0-based column of 值 in the table. */
  valueCol: number;
  /** Body rows (0-based below the header) whose 值 cell is written. */
  updates: Array<{ index: number; key: string; value: PlanValue }>;
  /** New rows below the table, as wide as its header. */
  appends: PlanValue[][];
  conflicts: SettingsConflict[];
}

/** A cell compared the way a user sees it: blank is blank, text trimmed, a Date as its instant. */
export function cellKey(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `d${v.getTime()}`;
  if (typeof v === 'string') return v.trim() === '' ? '' : `s${v.trim()}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v}${String(v)}`;
  return `o${JSON.stringify(v)}`;
}

/** A cell value as the conflict message shows it. */
export function shownValue(v: unknown): string {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return '（空）';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { error?: unknown };
    return typeof o.error === 'string' ? o.error : JSON.stringify(v);
  }
  return String(v);
}

/**
 * Plans writing `edits` into the 设置表 whose current values are `values` (header row first; the
 * header's worksheet row is `headerRow`). Pure: the adapters read, call this, then write or report.
 */
export function planSettings(
  values: readonly (readonly unknown[])[],
  headerRow: number,
  edits: readonly SettingsEdit[],
): SettingsPlan {
  const spec = TABLES.settings;
  const header = values[0] ?? [];
  const { index } = matchColumns(spec, [...header]);
  // Same fallback as the reader: a table without a 项目 header is read as columns A and B.
  const keyCol = index.key ?? 0;
  const valueCol = index.value ?? (keyCol === 0 ? 1 : keyCol + 1);
  const width = Math.max(header.length, keyCol + 1, valueCol + 1);
  const rowOf = new Map<string, number>();
  for (let i = 1; i < values.length; i++) {
    const k = keyOf(unwrapCell(values[i]?.[keyCol]));
    if (k !== '' && !rowOf.has(k)) rowOf.set(k, i);
  }
  const plan: SettingsPlan = { table: spec.table, valueCol, updates: [], appends: [], conflicts: [] };
  for (const e of edits) {
    const i = rowOf.get(e.key);
    const now = i === undefined ? undefined : values[i]?.[valueCol];
    if (i === undefined ? e.expected !== undefined : e.expected === undefined || cellKey(now) !== cellKey(e.expected)) {
      plan.conflicts.push({
        key: e.key,
        row: i === undefined ? null : headerRow + i,
        expected: e.expected === undefined ? '（无此行）' : shownValue(e.expected),
        found: i === undefined ? '（无此行）' : shownValue(now),
      });
      continue;
    }
    if (i !== undefined) {
      plan.updates.push({ index: i - 1, key: e.key, value: e.value });
    } else {
      const row: PlanValue[] = Array.from({ length: width }, () => null);
      row[keyCol] = e.key;
      row[valueCol] = e.value;
      plan.appends.push(row);
    }
  }
  return plan;
}

/** The Chinese message for conflicts: where, what was loaded, what is there now, what to do. */
export function conflictMessage(conflicts: readonly SettingsConflict[]): string {
  const lines = conflicts.map((c) =>
    c.row === null
      ? `“${c.key}”的行已不在设置表中（读取时的值：${c.expected}）`
      : `第${c.row}行“${c.key}”：读取时为 ${c.expected}，现在是 ${c.found}`,
  );
  return `设置表在读取后被修改，未写入任何内容：${lines.join('；')}。请核对后再保存（确认覆盖会先重新读取）。`;
}

export type SettingsWrite =
  | { written: true; updated: number; appended: number }
  | { written: false; conflicts: SettingsConflict[]; message: string };
