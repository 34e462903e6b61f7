// The ends of a record table that append and undo read in their first sync: the table itself (a null
// object when it is missing), its header row, its body's position and size, and the body's last row.
// One load set serves both (append needs the last row's formulas and formats, undo its values): a
// single row, so the shared load costs next to nothing and the loads stay literal for the linter.
export interface TableEnds {
  table: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
  last: Excel.Range;
}

/** Queues the loads; the caller syncs. */
export function queueTableEnds(context: Excel.RequestContext, tableName: string): TableEnds {
  const table = context.workbook.tables.getItemOrNullObject(tableName);
  table.load('name');
  const header = table.getHeaderRowRange();
  header.load('values, rowIndex');
  const body = table.getDataBodyRange();
  body.load('rowIndex, rowCount');
  const last = body.getLastRow();
  last.load('values, formulas, numberFormat');
  return { table, header, body, last };
}
