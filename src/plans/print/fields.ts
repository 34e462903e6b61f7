// The text of a counted record's row, by field: the typed records keep only what the rules need, the
// paper forms print every column. Rows are found by their worksheet row number (record.row).
import { TABLES, matchColumns, cellText, type RawWorkbook, type TableKey } from '../../records';
import { safeHeaderRow } from '../../records/raw';

export type RowText = Readonly<Record<string, string>>;

/** field → text of every data row of `key`, by worksheet row; empty when the table is absent. */
export function rowTexts(raw: RawWorkbook, key: TableKey): ReadonlyMap<number, RowText> {
  const out = new Map<number, RowText>();
  const table = raw && raw.tables ? raw.tables[key] : undefined;
  const values = table && Array.isArray(table.values) ? table.values : [];
  if (values.length === 0) return out;
  const headerRow = safeHeaderRow(table!);
  const { index } = matchColumns(TABLES[key], Array.isArray(values[0]) ? values[0] : []);
  for (let i = 1; i < values.length; i++) {
    const cells = Array.isArray(values[i]) ? values[i] : [];
    const text: Record<string, string> = {};
    for (const [field, idx] of Object.entries(index)) {
      const r = cellText(cells[idx]);
      text[field] = r.kind === 'ok' ? r.value : '';
    }
    out.set(headerRow + i, text);
  }
  return out;
}

/** Rows of the table that hold something but did not become records (incomplete or unreadable). */
export function skippedRows(texts: ReadonlyMap<number, RowText>, counted: readonly { row: number }[]): number {
  const done = new Set(counted.map((r) => r.row));
  let n = 0;
  for (const [row, t] of texts) {
    if (done.has(row)) continue;
    if (Object.entries(t).some(([f, v]) => f !== 'seq' && v !== '')) n++;
  }
  return n;
}

/** Records in date order (the order of the paper pages); rows of one day keep their table order. */
export function byDate<T extends { date: number; row: number }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => a.date - b.date || a.row - b.row);
}
