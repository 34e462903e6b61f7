// Append records to a table of the open workbook (Office.js), numbering 编号/序号/次数 automatically.
//
// Sync 1 loads the header row, the body size, the last body row and the seq column; sync 2 writes all
// records with one table.rows.add (plus, on a fresh table, the first record into its blank row, in the
// same batch). Only an append larger than the payload budget is split, into batches of whole records.
//
// No rollback is assumed (SPEC §6): a failed write batch may have applied part of itself. The append is
// then checked: one more sync reads the table's size back and removes whatever this call added (rows
// added, the fresh row filled), so that the error leaves the table as it was and running the append
// again writes each record once. Those rows were written by this very call a moment ago; nothing a
// user typed is touched.
import { DATE_FORMAT, TABLES, seqColumn, type RecordInput, type TableKey } from '../records/schema';
import { missingTableMessage, planAppend, seqIndex } from '../plans/append';
import { chunkRows, DEFAULT_BUDGET, rowBytes } from './chunks';
import { isBlankRow, officeValue, queueDate1904, type Written } from './cells';
import { queueTableEnds } from './tail';

export interface AppendOptions {
  budget?: number;
}

export async function append(
  context: Excel.RequestContext,
  key: TableKey,
  rows: RecordInput[],
  options: AppendOptions = {},
): Promise<{ firstRow: number; count: number }> {
  const spec = TABLES[key];
  if (rows.length === 0) return { firstRow: 0, count: 0 };
  const seq = seqColumn(spec);

  // Sync 1.
  const { table, header, body, last } = queueTableEnds(context, spec.table);
  // Whether the column exists is read from the *OrNullObject itself: what derives from a null object is
  // undocumented (TOOLING “The real host”).
  const seqCol = seq ? table.columns.getItemOrNullObject(seq.header) : null;
  if (seqCol) seqCol.load('name');
  const seqBody = seqCol ? seqCol.getDataBodyRange() : null;
  if (seqBody) seqBody.load('values');
  const date1904 = queueDate1904(context.workbook);
  await context.sync();

  if (table.isNullObject) throw new Error(missingTableMessage(spec.table));
  const headers = header.values[0] ?? [];
  const at = seqIndex(key, headers);

  // The seq column's values: by its exact header in sync 1; a header typed differently costs one more sync.
  let seqValues: unknown[][] = [];
  if (at !== undefined) {
    if (seqCol && seqBody && !seqCol.isNullObject) {
      seqValues = seqBody.values;
    } else {
      const col = body.getColumn(at);
      col.load('values');
      await context.sync();
      seqValues = col.values;
    }
  }
  const plan = planAppend(key, headers, seqValues, rows);
  const values: Written[][] = plan.rows.map((r) => r.map((v) => officeValue(v, date1904())));

  const fresh = body.rowCount === 1 && isBlankRow(last.formulas[0] ?? []);
  const firstIndex = fresh ? body.rowIndex : body.rowIndex + body.rowCount;
  // Date columns that are not date-formatted (a table the user made) get the date format on the new rows.
  const lastFormats: unknown[] = last.numberFormat[0] ?? [];
  const undated = plan.dateColumns.filter((i) => !/[yd]/i.test(String(lastFormats[i] ?? 'General')));

  const chunks = chunkRows(
    values.map((r) => rowBytes(r)),
    options.budget ?? DEFAULT_BUDGET,
  );
  const firstOffset = firstIndex - header.rowIndex;
  try {
    await writeChunks(context, { table, body, values, chunks, fresh, firstOffset, undated }, 0);
  } catch (e) {
    await undoPartial(context, table, { rowCount: body.rowCount, fresh });
    throw e;
  }
  return { firstRow: firstIndex + 1, count: rows.length };
}

interface WritePlan {
  table: Excel.Table;
  body: Excel.Range;
  values: Written[][];
  chunks: Array<{ start: number; count: number }>;
  fresh: boolean;
  /** Row of the first new record, counted from the table's header row. */
  firstOffset: number;
  undated: number[];
}

/** One sync per chunk of whole records (normally one chunk). */
async function writeChunks(context: Excel.RequestContext, plan: WritePlan, i: number): Promise<void> {
  if (i >= plan.chunks.length) return;
  const { start, count } = plan.chunks[i];
  let rows = plan.values.slice(start, start + count);
  if (plan.fresh && start === 0) {
    // The template's blank row takes the first record; the rest are added below it.
    plan.body.getRow(0).values = [rows[0]];
    rows = rows.slice(1);
  }
  if (rows.length > 0) plan.table.rows.add(undefined, rows);
  for (const c of plan.undated) {
    // Taken after rows.add in the same batch: the table range already includes the new rows.
    const cells = plan.table
      .getRange()
      .getCell(plan.firstOffset + start, c)
      .getResizedRange(count - 1, 0);
    cells.numberFormat = Array.from({ length: count }, () => [DATE_FORMAT]);
  }
  await context.sync();
  return writeChunks(context, plan, i + 1);
}

/**
 * After a failed write: removes what this append added (the body had `rowCount` rows before; a fresh
 * table's one blank row may have been filled). Two syncs: read back the size, then remove.
 */
async function undoPartial(
  context: Excel.RequestContext,
  table: Excel.Table,
  before: { rowCount: number; fresh: boolean },
): Promise<void> {
  const body = table.getDataBodyRange();
  body.load('rowCount');
  await context.sync();
  const added = body.rowCount - before.rowCount;
  for (let i = 0; i < added; i++) table.rows.getItemAt(before.rowCount).delete();
  // The template's blank row keeps its formats; only what was written into it goes.
  if (before.fresh) body.getRow(0).clear('Contents');
  if (added > 0 || before.fresh) await context.sync();
}
