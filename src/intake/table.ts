// One named Excel table's cells, read by the bounded reader (SPEC §6): for files that are not class
// workbooks, such as the 汇总结果表 of an earlier SUMMARY.xlsx that `--history` reads back.
import { DEFAULT_LIMITS, type Limits } from './errors';
import { readRels, readWorkbookPart } from './parts';
import { parseRef } from './range';
import { blockValues, cellContext, findTable, openXlsx, sheetTables, tableBlock } from './read';
import { readSheet } from './sheet';
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
  const block = tableBlock(found, rect, label, limits);
  const ctx = cellContext(zip, label, rels, wb.date1904);
  readSheet({ zip, label, sheetName: found.sheet.name, part: found.sheet.part, ctx }, [block]);
  return blockValues(block, rect.bottom - rect.top + 1, block.rect.right - rect.left + 1);
}
