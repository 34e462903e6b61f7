// A record table read from a sheet that has lost its Excel table (deleted, or typed by hand): both
// gateways hand the sheet's top-left values here, so they find the same block and say the same thing.
import type { Diagnostic } from '../rules/model';
import { matchColumns } from './columns';
import { TABLES, type RawTable, type TableKey } from './schema';
import { isBlankCell } from './values';
import { textKey } from '../rules/text';

/** How many rows from the top of a sheet are searched for a header row when there is no table. */
export const HEADER_SCAN_ROWS = 10;

/**
 * How many of the table's columns a header row names, or 0 when that is too few for the row to be
 * taken for the table's header: at least two columns (all, for a table of one), and half of the
 * required ones.
 */
export function headerMatch(key: TableKey, row: readonly unknown[]): number {
  const spec = TABLES[key];
  const required = spec.columns.filter((c) => c.required).length;
  const { missing } = matchColumns(spec, [...row]);
  const matched = spec.columns.length - missing.length;
  const requiredFound = required - missing.filter((c) => c.required).length;
  return matched < Math.min(2, spec.columns.length) || requiredFound * 2 < required ? 0 : matched;
}

/**
 * The conflicting-table rule (SPEC §6 "Nothing lost"; docs/rules.md): a table named like one of ours
 * is ours when it sits on our sheet (by name), or when its header row names at least two of our
 * columns (all, for a table of one) — an Excel table with our name is taken for ours more readily
 * than loose cells (headerMatch), since a user may have renamed our sheet and deleted columns.
 * Otherwise it is the user's own table that happens to have our name: repair leaves it alone and the
 * readers read our sheet by its name instead, saying so and naming the table's sheet.
 */
export function isOurTable(key: TableKey, sheetName: string, headers: readonly unknown[]): boolean {
  const spec = TABLES[key];
  if (textKey(sheetName) === textKey(spec.sheet)) return true;
  const matched = spec.columns.length - matchColumns(spec, [...headers]).missing.length;
  return matched >= Math.min(2, spec.columns.length);
}

/**
 * Among the first HEADER_SCAN_ROWS rows of `values`, the row naming the most of the table's columns
 * (headerMatch) is the header; the block spans its non-blank header
 * cells and goes down to the last row with something in that span. `firstRow` is the worksheet row of
 * values[0]. Null when no row looks like the header.
 */
export function tableFromSheet(key: TableKey, sheetName: string, values: unknown[][], firstRow = 1): RawTable | null {
  let best: { i: number; matched: number; left: number; right: number } | null = null;
  for (let i = 0; i < Math.min(HEADER_SCAN_ROWS, values.length); i++) {
    const row = values[i];
    const matched = headerMatch(key, row);
    if (matched === 0) continue;
    if (!best || matched > best.matched) {
      let left = 0;
      while (left < row.length - 1 && isBlankCell(row[left])) left++;
      let right = row.length - 1;
      while (right > left && isBlankCell(row[right])) right--;
      best = { i, matched, left, right };
    }
  }
  if (!best) return null;
  const b = best;
  let last = b.i;
  for (let i = b.i + 1; i < values.length; i++) {
    const row = values[i];
    for (let c = b.left; c <= b.right; c++) {
      if (!isBlankCell(row[c])) {
        last = i;
        break;
      }
    }
  }
  return {
    key,
    name: sheetName,
    sheet: sheetName,
    headerRow: firstRow + b.i,
    values: values.slice(b.i, last + 1).map((row) => {
      const cut = row.slice(b.left, b.right + 1);
      while (cut.length < b.right - b.left + 1) cut.push(null);
      return cut;
    }),
    source: 'sheet',
  };
}

/** What the reader says when a table was missing and its sheet was (or could not be) read instead. */
export function sheetFallbackDiagnostic(key: TableKey, sheetName: string, found: RawTable | null): Diagnostic {
  const spec = TABLES[key];
  return found
    ? {
        table: spec.table,
        row: found.headerRow,
        column: null,
        severity: 'info',
        message:
          `未找到表格“${spec.table}”，已按工作表“${sheetName}”的第${found.headerRow}行表头读取。` +
          `建议在任务窗格中点击“创建/修复记录表”。`,
      }
    : {
        table: spec.table,
        row: null,
        column: null,
        severity: 'warning',
        message:
          `未找到表格“${spec.table}”，工作表“${sheetName}”的前${HEADER_SCAN_ROWS}行中也没有它的表头，已按缺少该表处理。` +
          `请检查表头文字，或在任务窗格中点击“创建/修复记录表”。`,
      };
}

/**
 * What the reader says when a table with our name was the user's own (isOurTable) on sheet
 * `tableSheet`: it was not read; our sheet `sheetName` was read instead (`found`), or could not be.
 */
export function conflictingTableDiagnostic(
  key: TableKey,
  tableSheet: string,
  sheetName: string | null,
  found: RawTable | null,
): Diagnostic {
  const spec = TABLES[key];
  const notRead =
    `工作表“${tableSheet}”中的表格“${spec.table}”不在工作表“${spec.sheet}”上，表头也不是本模板的列，` +
    `已当作您自己的表格，没有读取其中的内容。`;
  const todo = `请把工作表“${tableSheet}”中的这个表格改名（例如“${spec.table}_自用”），再在任务窗格中点击“创建/修复记录表”。`;
  const instead = found
    ? `记录已按工作表“${sheetName}”的第${found.headerRow}行表头读取。`
    : sheetName
      ? `工作表“${sheetName}”的前${HEADER_SCAN_ROWS}行中也没有它的表头，已按缺少该表处理。`
      : `也没有名为“${spec.sheet}”的工作表，已按缺少该表处理。`;
  return {
    table: spec.table,
    row: null,
    column: null,
    severity: found ? 'info' : 'warning',
    code: 'conflictingTable',
    message: notRead + instead + todo,
  };
}
