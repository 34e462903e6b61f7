// Undo of the pane's own last append (Office.js): removes a table's last row only when it still holds
// exactly what was written, so that nothing a user typed since is ever lost.
//
// Sync 1 loads the header, the body's position and the last body row (plus the date system, to compare
// dates as serials); sync 2 deletes the row (TableRow.delete, ExcelApi 1.1) or, when it is the table's
// only body row, clears its contents so that the table keeps its one blank row as the template has it.
import { matchColumns } from '../records/columns';
import { TABLES, type RecordInput, type TableKey } from '../records/schema';
import { recordValue } from '../plans/values';
import { officeValue, queueDate1904 } from './cells';
import { queueTableEnds } from './tail';

export type RemoveResult = { removed: true } | { removed: false; reason: string };

/** A written cell as Excel reads it back: the quote prefix is not part of the value. */
function readBack(v: unknown): string {
  const s = typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
  return s === null || s === undefined ? '' : String(s);
}

/** Whether a row of cells still holds `input` (seq columns are the gateway's: not compared). */
export function rowMatches(
  key: TableKey,
  headers: readonly unknown[],
  cells: readonly unknown[],
  input: RecordInput,
  date1904: boolean,
): boolean {
  const spec = TABLES[key];
  const { index } = matchColumns(spec, [...headers]);
  return spec.columns.every((col) => {
    const i = index[col.field];
    if (i === undefined || col.kind === 'seq') return true;
    return readBack(cells[i]) === readBack(officeValue(recordValue(col, input[col.field]), date1904));
  });
}

/**
 * Removes worksheet row `row` (1-based) of the table when it is the table's last row and still equals
 * `input`. Two syncs.
 */
export async function removeRow(
  context: Excel.RequestContext,
  key: TableKey,
  row: number,
  input: RecordInput,
): Promise<RemoveResult> {
  const spec = TABLES[key];
  const { table, header, body, last } = queueTableEnds(context, spec.table);
  const date1904 = queueDate1904(context.workbook);
  await context.sync();

  if (table.isNullObject) return { removed: false, reason: `找不到表格“${spec.table}”，无法撤销。` };
  if (body.rowIndex + body.rowCount !== row) {
    return {
      removed: false,
      reason: `“${spec.sheet}”表格在第${row}行之后已有变化，无法撤销。如需删除，请在工作表中直接删除第${row}行。`,
    };
  }
  if (!rowMatches(key, header.values[0] ?? [], last.values[0] ?? [], input, date1904())) {
    return {
      removed: false,
      reason: `“${spec.sheet}”第${row}行已被修改，为免丢失您的修改，没有撤销。如需删除，请在工作表中直接删除该行。`,
    };
  }
  if (body.rowCount === 1) last.clear('Contents');
  else table.rows.getItemAt(body.rowCount - 1).delete();
  await context.sync();
  return { removed: true };
}
