// Read every record table (and 设置表) of the open workbook (Office.js) into the RawWorkbook shape
// the .xlsx reader returns, so that one parser (records/parseWorkbook) serves both.
//
// Sync 1 loads the tables' sizes and first rows (and, for a missing table, the same of the sheet with
// its name); sync 2 loads all values at once. Only tables larger than the payload budget take more syncs: their
// rows are read in chunks sized from the bytes actually seen, and a batch that Excel still rejects
// as too large is retried with half the budget.
import { conflictingTableDiagnostic, isOurTable, sheetFallbackDiagnostic, tableFromSheet } from '../records/sheet';
import { TABLES, TABLE_KEYS, type RawWorkbook, type TableKey } from '../records/schema';
import type { Diagnostic } from '../rules/model';
import { fromCell, queueDate1904 } from './cells';
import { sheetOfAddress } from './ensure';
import { DEFAULT_BUDGET, guessRowBytes, planReads, rowBytes, type ReadPiece, type ReadSlice } from './chunks';

export { HEADER_SCAN_ROWS } from '../records/sheet';

interface Source {
  key: TableKey;
  kind: 'table' | 'sheet';
  /** The block (table range or used range); chunks are taken from it. Row/col: where it starts (0-based). */
  block: Excel.Range;
  sheetName: string;
  name: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  values: unknown[][];
  /** The first rows, read with the sizes to estimate the bytes per row. */
  sample: unknown[][];
  /** Sheet of a table with our name that is the user's own (records/sheet isOurTable), not read. */
  conflict?: string;
}

/** Rows read in sync 1 to size the chunks of sync 2 (“estimate bytes per cell from the values”). */
export const SAMPLE_ROWS = 32;

function sampleOf(block: Excel.Range): Excel.Range {
  const sample = block.getIntersection(block.getRow(0).getResizedRange(SAMPLE_ROWS - 1, 0));
  sample.load('values');
  return sample;
}

/** Bytes per row from the sampled rows (largest, with a margin), or the schema's guess when there are none. */
function estimateRow(s: Source): number {
  const rows = s.sample.slice(1);
  if (rows.length === 0) return guessRowBytes(TABLES[s.key], s.cols) + s.cols;
  let max = 0;
  for (const row of rows) max = Math.max(max, rowBytes(row));
  return Math.ceil(max * 1.5) + 16;
}

export interface ReadOptions {
  /** Payload budget per sync in bytes (tests use small ones). */
  budget?: number;
}

export async function read(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<{ raw: RawWorkbook; diagnostics: Diagnostic[] }> {
  const wb = context.workbook;
  const diagnostics: Diagnostic[] = [];

  // Sync 1: sizes.
  const probes = TABLE_KEYS.map((key) => {
    const spec = TABLES[key];
    const table = wb.tables.getItemOrNullObject(spec.table);
    table.load('name, showTotals');
    const range = table.getRange();
    range.load('address, rowIndex, columnIndex, rowCount, columnCount');
    const tableSample = sampleOf(range);
    const sheet = wb.worksheets.getItemOrNullObject(spec.sheet);
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex, columnIndex, rowCount, columnCount');
    const usedSample = sampleOf(used);
    return { key, table, range, tableSample, sheet, used, usedSample };
  });
  const date1904 = queueDate1904(wb);
  await context.sync();

  const sources: Source[] = [];
  for (const p of probes) {
    const tableSheet = p.table.isNullObject ? '' : sheetOfAddress(p.range.address);
    const conflict = !p.table.isNullObject && !isOurTable(p.key, tableSheet, p.tableSample.values[0] ?? []);
    if (conflict && (p.sheet.isNullObject || p.used.isNullObject))
      diagnostics.push(conflictingTableDiagnostic(p.key, tableSheet, p.sheet.isNullObject ? null : p.sheet.name, null));
    if (!p.table.isNullObject && !conflict) {
      sources.push({
        key: p.key,
        kind: 'table',
        block: p.range,
        sheetName: sheetOfAddress(p.range.address),
        name: p.table.name,
        row: p.range.rowIndex,
        col: p.range.columnIndex,
        rows: p.range.rowCount - (p.table.showTotals ? 1 : 0),
        cols: p.range.columnCount,
        values: [],
        sample: p.tableSample.values,
      });
    } else if (!p.sheet.isNullObject && !p.used.isNullObject) {
      sources.push({
        key: p.key,
        kind: 'sheet',
        block: p.used,
        sheetName: p.sheet.name,
        name: p.sheet.name,
        row: p.used.rowIndex,
        col: p.used.columnIndex,
        rows: p.used.rowCount,
        cols: p.used.columnCount,
        values: [],
        sample: p.usedSample.values,
        conflict: conflict ? tableSheet : undefined,
      });
    }
  }

  await loadValues(
    context,
    sources,
    sources.map((s, i) => ({
      id: String(i),
      start: 0,
      rows: s.rows,
      bytesPerRow: estimateRow(s),
    })),
    options.budget ?? DEFAULT_BUDGET,
    0,
  );

  const raw: RawWorkbook = { tables: {}, date1904: date1904() };
  for (const s of sources) {
    const values = s.values.map((row) => row.map(fromCell));
    if (s.kind === 'table') {
      raw.tables[s.key] = {
        key: s.key,
        name: s.name,
        sheet: s.sheetName,
        headerRow: s.row + 1,
        values,
        source: 'table',
      };
      continue;
    }
    const found = tableFromSheet(s.key, s.sheetName, values, s.row + 1);
    if (found) raw.tables[s.key] = found;
    diagnostics.push(
      s.conflict !== undefined
        ? conflictingTableDiagnostic(s.key, s.conflict, s.sheetName, found)
        : sheetFallbackDiagnostic(s.key, s.sheetName, found),
    );
  }
  return { raw, diagnostics };
}

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Loads the values of every source, batch by batch. Recursion instead of a loop: each step is one
 * sync, and after each step the remaining rows are re-planned with the row sizes actually seen.
 */
async function loadValues(
  context: Excel.RequestContext,
  sources: Source[],
  pieces: ReadPiece[],
  budget: number,
  retries: number,
): Promise<void> {
  const pending = pieces.filter((p) => p.rows > 0);
  if (pending.length === 0) return;
  const batch: ReadSlice[] = planReads(pending, budget)[0];
  const ranges = batch.map((slice) => {
    const s = sources[Number(slice.id)];
    const range = s.block.getCell(slice.start, 0).getResizedRange(slice.count - 1, s.cols - 1);
    range.load('values');
    return { slice, range };
  });
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadError(e) || retries >= 8) throw e;
    return loadValues(context, sources, pending, Math.floor(budget / 2), retries + 1);
  }
  const next = pending.map((p) => ({ ...p }));
  // Size the rest from what was seen: the largest row read, with a margin.
  for (const { slice, range } of ranges) {
    const s = sources[Number(slice.id)];
    const values = range.values;
    for (const row of values) s.values.push(row);
    const p = next.find((x) => x.id === slice.id);
    if (!p) continue;
    p.start += slice.count;
    p.rows -= slice.count;
    let max = 0;
    for (const row of values) max = Math.max(max, rowBytes(row));
    p.bytesPerRow = Math.max(p.bytesPerRow, Math.ceil(max * 1.25) + 16);
  }
  return loadValues(context, sources, next, budget, retries);
}
