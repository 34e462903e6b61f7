// Read every record table (and 设置表) of the open workbook (Office.js) into the RawWorkbook shape
// the .xlsx reader returns, so that one parser (records/parseWorkbook) serves both.
//
// Sync 1 loads the tables' sizes and first rows (and, for a missing table, the same of the sheet with
// its name); sync 2 loads all values at once. Only tables larger than the payload budget take more syncs: their
// rows are read in chunks sized from the bytes actually seen, and a batch that Excel still rejects
// as too large is retried with half the budget.
import { matchColumns } from '../records/columns';
import { TABLES, TABLE_KEYS, type RawTable, type RawWorkbook, type TableKey } from '../records/schema';
import type { Diagnostic } from '../rules/model';
import { fromCell } from './cells';
import { sheetOfAddress } from './ensure';
import { DEFAULT_BUDGET, guessRowBytes, planReads, rowBytes, type ReadPiece, type ReadSlice } from './chunks';

/** How many rows of a sheet without its table are searched for the header row. */
export const HEADER_SCAN_ROWS = 10;

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
  await context.sync();

  const sources: Source[] = [];
  for (const p of probes) {
    if (!p.table.isNullObject) {
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

  const raw: RawWorkbook = { tables: {}, date1904: false };
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
    const found = sheetTable(s, values);
    const spec = TABLES[s.key];
    if (found) {
      raw.tables[s.key] = found;
      diagnostics.push({
        table: spec.table,
        row: found.headerRow,
        column: null,
        severity: 'info',
        message:
          `未找到表格“${spec.table}”，已按工作表“${s.sheetName}”的第${found.headerRow}行表头读取。` +
          `建议在任务窗格中点击“创建/修复记录表”。`,
      });
    } else {
      diagnostics.push({
        table: spec.table,
        row: null,
        column: null,
        severity: 'warning',
        message:
          `未找到表格“${spec.table}”，工作表“${s.sheetName}”的前${HEADER_SCAN_ROWS}行中也没有它的表头，已按缺少该表处理。` +
          `请检查表头文字，或在任务窗格中点击“创建/修复记录表”。`,
      });
    }
  }
  return { raw, diagnostics };
}

const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * A sheet read without its table (same rule as the .xlsx reader): among the first rows, the one that
 * names the most of this table's columns (at least two, and half of the required ones); the block
 * spans its non-blank header cells and goes down to the last row with something in that span.
 */
function sheetTable(s: Source, values: unknown[][]): RawTable | null {
  const spec = TABLES[s.key];
  const required = spec.columns.filter((c) => c.required).length;
  let best: { i: number; matched: number; left: number; right: number } | null = null;
  for (let i = 0; i < Math.min(HEADER_SCAN_ROWS, values.length); i++) {
    const row = values[i];
    const { missing } = matchColumns(spec, row);
    const matched = spec.columns.length - missing.length;
    const requiredFound = required - missing.filter((c) => c.required).length;
    if (matched < Math.min(2, spec.columns.length) || requiredFound * 2 < required) continue;
    if (!best || matched > best.matched) {
      let left = 0;
      while (left < row.length - 1 && blank(row[left])) left++;
      let right = row.length - 1;
      while (right > left && blank(row[right])) right--;
      best = { i, matched, left, right };
    }
  }
  if (!best) return null;
  let last = best.i;
  for (let i = best.i + 1; i < values.length; i++) {
    if (values[i].slice(best.left, best.right + 1).some((v) => !blank(v))) last = i;
  }
  const b = best;
  return {
    key: s.key,
    name: s.sheetName,
    sheet: s.sheetName,
    headerRow: s.row + b.i + 1,
    values: values.slice(b.i, last + 1).map((row) => row.slice(b.left, b.right + 1)),
    source: 'sheet',
  };
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
