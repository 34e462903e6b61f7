// One named Excel table's cells, read by the bounded reader (SPEC §6): for files that are not class
// workbooks, such as the 汇总结果表 of an earlier SUMMARY.xlsx that `--history` reads back.
import { DEFAULT_LIMITS, tooManyRows, type Limits } from './errors';
import { readDateStyles, readRels, readSharedStrings, readWorkbookPart } from './parts';
import { parseRef } from './range';
import { findTable, MAX_COLUMNS, openXlsx, sheetTables } from './read';
import { readSheet, type Block } from './sheet';
import type { Inflater } from './zip';

/**
 * The rows of table `name` (header row first; blanks as null), or null when the workbook has no such
 * table. Throws IntakeError for a file the reader refuses (not an .xlsx, too big, damaged…).
 */
export function readTableValues(
  bytes: Uint8Array,
  label: string,
  name: string,
  limits: Limits = DEFAULT_LIMITS,
  inflater?: Inflater,
): unknown[][] | null {
  const { zip, workbook } = openXlsx(bytes, label, limits, inflater);
  const rels = readRels(zip, label, workbook);
  const wb = readWorkbookPart(zip, label, workbook, rels);
  const found = findTable(sheetTables(zip, label, wb.sheets), name);
  const rect = found && parseRef(found.table.ref);
  if (!found || !rect || !found.sheet.part) return null;
  if (rect.bottom - rect.top > limits.maxRows)
    throw tooManyRows(label, found.table.name, found.sheet.name, limits.maxRows);
  const right = Math.min(rect.right, rect.left + MAX_COLUMNS - 1);
  const block: Block = { rect: { ...rect, right }, rows: [], lastRow: 0, table: found.table.name };
  const relOf = (type: RegExp): string | undefined =>
    [...rels.values()].find((r) => !r.external && type.test(r.type))?.target;
  const ctx = {
    sharedStrings: readSharedStrings(zip, label, relOf(/\/sharedStrings$/)),
    dateStyles: readDateStyles(zip, label, relOf(/\/styles$/)),
    date1904: wb.date1904,
  };
  readSheet({ zip, label, sheetName: found.sheet.name, part: found.sheet.part, ctx }, [block]);
  const width = right - rect.left + 1;
  const out: unknown[][] = [];
  for (let i = 0; i <= rect.bottom - rect.top; i++) {
    const row = block.rows[i];
    out.push(row ? Array.from(row, (v) => v ?? null) : new Array<unknown>(width).fill(null));
  }
  return out;
}
