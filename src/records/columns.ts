// Header matching (SPEC §1): any column order, surrounding whitespace, NFKC (full/half width),
// extra user columns ignored; the first occurrence of a header wins.
import { TABLES, TABLE_KEYS, type ColumnSpec, type TableKey, type TableSpec } from './schema';
import { normalizeHeader } from './normalize';

/** Normalised header → field, per table, built once. */
const SPEC_KEYS: ReadonlyMap<TableKey, ReadonlyArray<{ col: ColumnSpec; key: string }>> = new Map(
  TABLE_KEYS.map((k) => [k, TABLES[k].columns.map((col) => ({ col, key: normalizeHeader(col.header) }))]),
);

function headerPositions(header: unknown): Map<string, number> {
  const pos = new Map<string, number>();
  if (!Array.isArray(header)) return pos;
  for (let i = 0; i < header.length; i++) {
    const key = normalizeHeader(header[i]);
    if (key !== '' && !pos.has(key)) pos.set(key, i);
  }
  return pos;
}

function specKeys(spec: TableSpec): ReadonlyArray<{ col: ColumnSpec; key: string }> {
  return SPEC_KEYS.get(spec.key) ?? spec.columns.map((col) => ({ col, key: normalizeHeader(col.header) }));
}

/** Where each column of `spec` is in `header`; `missing` lists every column not found (required or not). */
export function matchColumns(
  spec: TableSpec,
  header: unknown[],
): { index: Record<string, number>; missing: ColumnSpec[] } {
  const pos = headerPositions(header);
  const index: Record<string, number> = {};
  const missing: ColumnSpec[] = [];
  const keys =
    spec === TABLES[spec.key] ? specKeys(spec) : spec.columns.map((col) => ({ col, key: normalizeHeader(col.header) }));
  for (const { col, key } of keys) {
    const i = pos.get(key);
    if (i === undefined) missing.push(col);
    else index[col.field] = i;
  }
  return { index, missing };
}

/**
 * Recognises a table by its header row (the first row of values): among the tables whose required
 * headers are all present, the one with the most matching headers wins (ties: the larger share of
 * its own columns). null when none fits.
 */
export function identifyTable(values: unknown[][]): TableKey | null {
  if (!Array.isArray(values) || values.length === 0) return null;
  const pos = headerPositions(values[0]);
  if (pos.size === 0) return null;
  let best: TableKey | null = null;
  let bestCount = 0;
  let bestShare = 0;
  for (const k of TABLE_KEYS) {
    const keys = specKeys(TABLES[k]);
    let count = 0;
    let complete = true;
    for (const { col, key } of keys) {
      if (pos.has(key)) count++;
      else if (col.required) complete = false;
    }
    if (!complete || count === 0) continue;
    const share = count / keys.length;
    if (count > bestCount || (count === bestCount && share > bestShare)) {
      best = k;
      bestCount = count;
      bestShare = share;
    }
  }
  return best;
}
