// The forms printed one record per page (班会记录表, 班主任谈话记录表, 班级活动登记表) are built alike: records
// in date order, one page each with its 编号 (the row's own, else its position), a blank form when there
// is none, and at most MAX_PAGES pages.
import type { Settings } from '../../rules/model';
import type { TableKey } from '../../records';
import { SheetBuilder } from './builder';
import { byDate, rowTexts, skippedRows, type RowText } from './fields';
import { MAX_PAGES, type PrintInput, type PrintSheetPlan } from './model';

/** Lays out one page; `record` null prints the blank form. */
export type RecordPage<T> = (b: SheetBuilder, settings: Settings, no: string, record: T | null, t: RowText) => void;

export function onePerPageSheet<T extends { date: number; row: number }>(
  input: PrintInput,
  key: TableKey,
  sheet: string,
  widths: readonly number[],
  records: readonly T[],
  page: RecordPage<T>,
): PrintSheetPlan {
  const texts = rowTexts(input.raw, key);
  const b = new SheetBuilder(sheet, widths);
  const all = byDate(records);
  const list = all.slice(0, MAX_PAGES);
  list.forEach((r, i) => {
    const t = texts.get(r.row) ?? {};
    page(b, input.records.settings, t.seq || String(i + 1), r, t);
  });
  if (list.length === 0) page(b, input.records.settings, '', null, {});
  return b.build(skippedRows(texts, records), all.length - list.length);
}
