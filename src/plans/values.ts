// Record fields and 设置表 values as plan values: one conversion for both adapters.
import { YES_NO, type ColumnSpec, type RecordInput, type SettingsCell } from '../records/schema';
import type { PlanValue } from './model';
import { cleanText } from './text';

/**
 * The plan value of one record field: days stay { day } (adapters write the serial of the workbook's
 * date system), strings are cleaned and stay text, true/false on a 是/否 column become the words the
 * drop-down offers, anything else unusable is blank.
 */
export function recordValue(column: ColumnSpec, v: RecordInput[string]): PlanValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return cleanText(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') {
    if (column.allowed && YES_NO.every((w) => column.allowed?.includes(w))) return v ? '是' : '否';
    return v;
  }
  if (typeof v === 'object' && typeof v.day === 'number' && Number.isFinite(v.day)) return { day: v.day };
  return null;
}

/** A 设置表 template value as a plan value. */
export function settingsValue(v: SettingsCell): PlanValue {
  switch (v.kind) {
    case 'text':
      return cleanText(v.value);
    case 'number':
      return v.value;
    case 'date':
      return { day: v.value };
    default:
      return null;
  }
}

/** Whether a record field holds something to write. */
export function isGiven(v: RecordInput[string]): boolean {
  return v !== undefined && v !== null && v !== '';
}

/** A seq cell's number (numbers or numeric text); 0 when it has none. */
export function seqNumber(v: unknown): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/** Largest number in a seq column (first value of each row); 0 when none. */
export function maxSeq(values: readonly (readonly unknown[])[]): number {
  let max = 0;
  for (const row of values) max = Math.max(max, seqNumber(row[0]));
  return max;
}
