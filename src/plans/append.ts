// The append plan behind 添加记录 (append): where each field goes (columns matched by header, any
// order), the numbers of 编号/序号/次数 (largest existing + 1, …) and the values. All checks happen
// here, before an adapter writes anything: an error leaves the workbook unchanged.
import { matchColumns } from '../records/columns';
import { TABLES, seqColumn, type RecordInput, type TableKey } from '../records/schema';
import type { PlanValue } from './model';
import { ENSURE_BUTTON } from './repair';
import { isGiven, maxSeq, recordValue } from './values';

export interface AppendPlan {
  table: string;
  /** Rows as wide as the table's header, in its column order (blank cells are null). */
  rows: PlanValue[][];
  /** 0-based table columns that hold dates (they get the date format when not date-formatted yet). */
  dateColumns: number[];
}

export function missingTableMessage(table: string): string {
  return `找不到表格“${table}”。请先点击“${ENSURE_BUTTON}”建立记录表，再添加记录。`;
}

/** The seq column's 0-based position in `headers`, if the table has one (adapters read its values). */
export function seqIndex(key: TableKey, headers: readonly unknown[]): number | undefined {
  const seq = seqColumn(TABLES[key]);
  return seq ? matchColumns(TABLES[key], [...headers]).index[seq.field] : undefined;
}

/**
 * Plans appending `rows` to the table of `key` whose header row is `headers`; `seqValues` are the seq
 * column's current values (one per row, as [value]). Throws a Chinese message when a field has no column.
 */
export function planAppend(
  key: TableKey,
  headers: readonly unknown[],
  seqValues: readonly (readonly unknown[])[],
  rows: readonly RecordInput[],
): AppendPlan {
  const spec = TABLES[key];
  const { index } = matchColumns(spec, [...headers]);
  for (const col of spec.columns) {
    if (index[col.field] !== undefined || col.kind === 'seq') continue;
    if (rows.some((r) => isGiven(r[col.field]))) {
      throw new Error(
        `表格“${spec.table}”缺少列“${col.header}”，无法写入该项。请先点击“${ENSURE_BUTTON}”补上缺少的列，再添加记录。`,
      );
    }
  }
  let next = maxSeq(seqValues) + 1;
  const values = rows.map((r) => {
    const out: PlanValue[] = Array.from({ length: headers.length }, () => null);
    for (const col of spec.columns) {
      const i = index[col.field];
      if (i !== undefined) out[i] = col.kind === 'seq' ? next : recordValue(col, r[col.field]);
    }
    next++;
    return out;
  });
  const dateColumns = spec.columns
    .filter((c) => c.kind === 'date' && index[c.field] !== undefined)
    .map((c) => index[c.field]);
  return { table: spec.table, rows: values, dateColumns };
}
