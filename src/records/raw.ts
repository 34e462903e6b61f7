// What the gateways hand over (RawWorkbook, RawTable) may be damaged or hand-built: these read its
// parts without trusting them.
import { TABLES, type RawTable, type RawWorkbook, type TableKey } from './schema';

export function safeName(raw: RawTable): string {
  return typeof raw.name === 'string' && raw.name.trim() !== '' ? raw.name.trim() : (TABLES[raw.key]?.table ?? '表格');
}

export function safeHeaderRow(raw: RawTable): number {
  return typeof raw.headerRow === 'number' && Number.isInteger(raw.headerRow) && raw.headerRow >= 1 ? raw.headerRow : 3;
}

/** The table of `key`, tagged with its key; undefined when the workbook does not have it. */
export function rawOf(raw: RawWorkbook, key: TableKey): RawTable | undefined {
  const tables = raw && typeof raw === 'object' ? raw.tables : undefined;
  if (!tables || typeof tables !== 'object') return undefined;
  const t = (tables as Partial<Record<TableKey, RawTable>>)[key];
  if (!t || typeof t !== 'object') return undefined;
  return { ...t, key };
}
