// What exceljs 4.4 gets wrong when it loads tables saved by other programs, put right once after
// every load (loadWorkbook) so that every write path — ensure, append, writeSummary, bzr repair, the
// pane's download — saves the file correctly.
import type * as ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { TABLES, TABLE_KEYS, TABLE_STYLE } from '../records/schema';
import { nameKey, tablesOf } from './cells';

const SCHEMA_TABLES = new Set(TABLE_KEYS.map((k) => nameKey(TABLES[k].table)));

/**
 * Tables saved without a style (LibreOffice never writes `<tableStyleInfo>`) load with a null style,
 * and exceljs cannot save them: "Cannot read properties of null (reading 'theme')" (TOOLING "Real
 * files"). Our schema tables get the template's style back; any other table an explicit "no style",
 * so that it looks as it did. A table that has a style, even an empty one, is left as it is.
 */
export function giveTablesAStyle(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    for (const t of tablesOf(ws)) {
      const m = t.table as unknown as { name?: string; style?: Record<string, unknown> | null };
      if (m.style && typeof m.style === 'object') continue;
      const ours = SCHEMA_TABLES.has(nameKey(m.name ?? ''));
      m.style = {
        theme: ours ? TABLE_STYLE : null,
        showFirstColumn: false,
        showLastColumn: false,
        showRowStripes: ours,
        showColumnStripes: false,
      };
    }
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : ENTITIES[e.toLowerCase()],
  );

/**
 * `headerRowCount` defaults to 1 (ECMA-376 Part 1, §18.5.1.2) and Excel and WPS leave it out, but
 * exceljs reads a missing attribute as "no header row" and then saves headerRowCount="0": the header
 * would become a data row. The table parts are read again (they are small) and every table whose part
 * does not say 0 gets its header row back.
 */
export function restoreHeaderRows(wb: ExcelJS.Workbook, bytes: Uint8Array): void {
  const withHeader = new Set<string>();
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => /^xl\/tables\/[^/]+\.xml$/i.test(f.name) });
  } catch {
    return; // exceljs loaded it; leave its reading as it is
  }
  const decoder = new TextDecoder('utf-8');
  for (const data of Object.values(parts)) {
    const open = /<(?:\w+:)?table\b[^>]*>/.exec(decoder.decode(data))?.[0];
    const name = open && /\sname\s*=\s*"([^"]*)"/.exec(open)?.[1];
    if (!open || name === undefined) continue;
    const count = /\sheaderRowCount\s*=\s*"([^"]*)"/.exec(open)?.[1];
    if (count === undefined || Number(count) !== 0) withHeader.add(nameKey(unescapeXml(name)));
  }
  for (const ws of wb.worksheets) {
    for (const t of tablesOf(ws)) if (withHeader.has(nameKey(t.table.name ?? ''))) t.table.headerRow = true;
  }
}
