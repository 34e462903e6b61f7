// The bounded streaming reader (SPEC §6): .xlsx bytes → the RawWorkbook the records reader takes,
// the same as the exceljs gateway (xlsx/loadWorkbook + read) gives, without exceljs. Runs in
// Node and in the browser: nothing here touches the file system.
import type { Diagnostic } from '../rules/model';
import { textKey } from '../rules/text';
import { TABLES, TABLE_KEYS, type RawTable, type RawWorkbook, type TableKey } from '../records/schema';
import {
  HEADER_SCAN_ROWS,
  conflictingTableDiagnostic,
  isOurTable,
  sheetFallbackDiagnostic,
  tableFromSheet,
} from '../records/sheet';
import { DEFAULT_LIMITS, tooBig, tooManyRows, type Limits } from './errors';
import {
  readDateStyles,
  readRels,
  readSharedStrings,
  readTablePart,
  readWorkbookPart,
  type Rel,
  type SheetEntry,
  type TablePart,
} from './parts';
import { parseRef, type Rect } from './range';
import { readSheet, type Block, type CellContext } from './sheet';
import { checkSignature, odsError, zipNotXlsxError } from './sniff';
import { ZipParts, type Inflater } from './zip';

export interface IntakeResult {
  raw: RawWorkbook;
  /** Reader diagnostics (a table read from its sheet), as xlsx/read gives them. */
  diagnostics: Diagnostic[];
}

/** Widest block kept per table or sheet: record tables have ≤ 14 columns; a user may add some. */
export const MAX_COLUMNS = 1024;

const OFFICE_DOCUMENT = /\/officeDocument$/;

interface Plan {
  key: TableKey;
  sheet: SheetEntry;
  block: Block;
  table?: TablePart;
  /** A table with our name on another sheet may be the user's own (isOurTable): our sheet, read too. */
  fallback?: Plan;
}

/** Opens the zip and checks that it is an .xlsx; returns the workbook part's name. */
export function openXlsx(
  bytes: Uint8Array,
  label: string,
  limits: Limits,
  inflater?: Inflater,
): { zip: ZipParts; workbook: string } {
  if (bytes.length > limits.maxFileBytes) throw tooBig(label, bytes.length, limits.maxFileBytes);
  checkSignature(bytes, label);
  const zip = new ZipParts(bytes, label, limits.maxPartBytes, inflater);
  if (zip.resolve('mimetype') && /opendocument/i.test(zip.text('mimetype') ?? '')) throw odsError(label);
  const root = [...readRels(zip, label, '').values()].find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external);
  const workbook = zip.resolve(root?.target ?? 'xl/workbook.xml');
  if (!workbook || !/workbook/i.test(workbook)) {
    if (zip.resolve('content.xml') && zip.resolve('META-INF/manifest.xml')) throw odsError(label);
    throw zipNotXlsxError(label);
  }
  return { zip, workbook };
}

export function findTable(
  tables: Array<{ sheet: SheetEntry; table: TablePart }>,
  name: string,
): { sheet: SheetEntry; table: TablePart } | undefined {
  const key = textKey(name);
  return tables.find((t) => textKey(t.table.name) === key || textKey(t.table.displayName) === key);
}

/** Every Excel table of the workbook, with its sheet. */
export function sheetTables(
  zip: ZipParts,
  label: string,
  sheets: SheetEntry[],
): Array<{ sheet: SheetEntry; table: TablePart }> {
  const tables: Array<{ sheet: SheetEntry; table: TablePart }> = [];
  for (const sheet of sheets) {
    if (!sheet.part) continue;
    for (const rel of readRels(zip, label, sheet.part).values()) {
      if (rel.external || !/\/table$/.test(rel.type)) continue;
      const table = readTablePart(zip, label, rel.target);
      if (table) tables.push({ sheet, table });
    }
  }
  return tables;
}

/**
 * A table's rows `rect.top`…`rect.bottom` to read, its columns capped at MAX_COLUMNS; refused when it
 * has more data rows than the limit.
 */
export function tableBlock(
  found: { sheet: SheetEntry; table: TablePart },
  rect: Rect,
  label: string,
  limits: Limits,
): Block {
  if (rect.bottom - rect.top > limits.maxRows)
    throw tooManyRows(label, found.table.name, found.sheet.name, limits.maxRows);
  const right = Math.min(rect.right, rect.left + MAX_COLUMNS - 1);
  return { rect: { ...rect, right }, rows: [], lastRow: 0, table: found.table.name };
}

/** Where each record table is read from: its Excel table, or failing that its sheet. */
function plan(zip: ZipParts, label: string, sheets: SheetEntry[], limits: Limits): Plan[] {
  const tables = sheetTables(zip, label, sheets);
  const plans: Plan[] = [];
  for (const key of TABLE_KEYS) {
    const spec = TABLES[key];
    const found = findTable(tables, spec.table);
    const rect = found && parseRef(found.table.ref);
    if (found && rect) {
      // A table saved without a header row: the row above it holds the headers, if anything does.
      const top = found.table.headerRows === 0 ? Math.max(1, rect.top - 1) : rect.top;
      const bottom = rect.bottom - (found.table.totalsRows > 0 ? 1 : 0);
      const block = tableBlock(found, { top, bottom, left: rect.left, right: rect.right }, label, limits);
      const onOurSheet = textKey(found.sheet.name) === textKey(spec.sheet);
      const fallback = onOurSheet ? undefined : sheetPlan(key, sheets, limits);
      plans.push({ key, sheet: found.sheet, block, table: found.table, fallback });
      if (fallback) plans.push(fallback);
      continue;
    }
    const fromSheet = sheetPlan(key, sheets, limits);
    if (fromSheet) plans.push(fromSheet);
  }
  return plans;
}

/** Our sheet (by name) read from its top-left, for a table that has lost its Excel table. */
function sheetPlan(key: TableKey, sheets: SheetEntry[], limits: Limits): Plan | undefined {
  const spec = TABLES[key];
  const sheet = sheets.find((s) => s.part && textKey(s.name) === textKey(spec.sheet));
  if (!sheet) return undefined;
  const block: Block = {
    rect: { top: 1, left: 1, bottom: Number.MAX_SAFE_INTEGER, right: MAX_COLUMNS },
    rows: [],
    lastRow: 0,
    table: spec.table,
    rowLimit: limits.maxRows + HEADER_SCAN_ROWS,
    maxRows: limits.maxRows,
  };
  return { key, sheet, block };
}

/** What cell values depend on: the workbook's shared strings, its date styles and its date system. */
export function cellContext(zip: ZipParts, label: string, rels: Map<string, Rel>, date1904: boolean): CellContext {
  const relOf = (type: RegExp): string | undefined =>
    [...rels.values()].find((r) => !r.external && type.test(r.type))?.target;
  return {
    sharedStrings: readSharedStrings(zip, label, relOf(/\/sharedStrings$/)),
    dateStyles: readDateStyles(zip, label, relOf(/\/styles$/)),
    date1904,
  };
}

/** Rows of a block as the records reader takes them: every row present, holes as null. */
export function blockValues(block: Block, count: number, width: number): unknown[][] {
  const out: unknown[][] = new Array<unknown[]>(count);
  for (let i = 0; i < count; i++) {
    const r = block.rows[i];
    if (r && r.length === width && block.rowLimit === undefined) out[i] = r;
    else {
      const row = new Array<unknown>(width).fill(null);
      if (r) for (let c = 0; c < Math.min(r.length, width); c++) if (r[c] !== undefined) row[c] = r[c];
      out[i] = row;
    }
  }
  return out;
}

/**
 * Reads the record tables of an .xlsx from its bytes. Throws IntakeError for anything refused.
 * `inflater`: fflate's by default (browser); Node callers pass zlib's (./node).
 */
export function readXlsx(
  bytes: Uint8Array,
  label = '',
  limits: Limits = DEFAULT_LIMITS,
  inflater?: Inflater,
): IntakeResult {
  const { zip, workbook } = openXlsx(bytes, label, limits, inflater);
  const rels = readRels(zip, label, workbook);
  const wb = readWorkbookPart(zip, label, workbook, rels);
  const plans = plan(zip, label, wb.sheets, limits);
  const ctx: CellContext = plans.length
    ? cellContext(zip, label, rels, wb.date1904)
    : { sharedStrings: [], dateStyles: [], date1904: wb.date1904 };
  for (const sheet of new Set(plans.map((p) => p.sheet))) {
    const blocks = plans.filter((p) => p.sheet === sheet).map((p) => p.block);
    readSheet({ zip, label, sheetName: sheet.name, part: sheet.part as string, ctx }, blocks);
  }
  const tables: RawWorkbook['tables'] = {};
  const diagnostics: Diagnostic[] = [];
  const fallbacks = new Set(plans.map((p) => p.fallback));
  for (const p of plans) {
    if (fallbacks.has(p)) continue; // read by the plan of its table, when that table is not ours
    const { rect } = p.block;
    if (!p.table) {
      const fromSheet = fromSheetOf(p);
      if (fromSheet) tables[p.key] = fromSheet;
      diagnostics.push(sheetFallbackDiagnostic(p.key, p.sheet.name, fromSheet));
      continue;
    }
    const values = blockValues(p.block, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
    if (isOurTable(p.key, p.sheet.name, values[0] ?? [])) {
      tables[p.key] = {
        key: p.key,
        name: p.table.name,
        sheet: p.sheet.name,
        headerRow: rect.top,
        values,
        source: 'table',
      };
      continue;
    }
    const fromSheet = p.fallback ? fromSheetOf(p.fallback) : null;
    if (fromSheet) tables[p.key] = fromSheet;
    diagnostics.push(conflictingTableDiagnostic(p.key, p.sheet.name, p.fallback?.sheet.name ?? null, fromSheet));
  }
  return { raw: { tables, date1904: wb.date1904 }, diagnostics };
}

/** The record table found on a sheet read from its top-left (records/sheet tableFromSheet). */
function fromSheetOf(p: Plan): RawTable | null {
  let width = TABLES[p.key].columns.length;
  for (const r of p.block.rows) if (r && r.length > width) width = r.length;
  return tableFromSheet(p.key, p.sheet.name, blockValues(p.block, p.block.lastRow, width));
}
