// One named Excel table's cells, read by the bounded reader (SPEC §6): for files that are not class
// workbooks, such as the 汇总结果表 of an earlier SUMMARY.xlsx that `--history` reads back.
import { DEFAULT_LIMITS, tooManyRows, type Limits } from './errors';
import { readRels, readWorkbookPart } from './parts';
import { parseRef } from './range';
import { blockValues, cellContext, findTable, MAX_COLUMNS, openXlsx, sheetTables } from './read';
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
  const ctx = cellContext(zip, label, rels, wb.date1904);
  readSheet({ zip, label, sheetName: found.sheet.name, part: found.sheet.part, ctx }, [block]);
  return blockValues(block, rect.bottom - rect.top + 1, right - rect.left + 1);
}
