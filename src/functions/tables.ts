// Turns the ranges Excel passes to a custom function into the RawWorkbook the records parser reads.
// Excel gives each range as a 2-D array: the header row first (班会记录表[#All]), numbers as numbers,
// dates as serial numbers of the workbook's date system, blank cells as '', null or 0 (cells.ts).
// Tables may come in any order; each one is recognised by its header row.
import { groupDiagnostics } from '../records/diagnostics';
import { STATUS_TEXT } from '../records/labels';
import { TABLES, TABLE_KEYS, identifyTable, type RawTable, type RawWorkbook, type TableKey } from '../records';
import type { Diagnostic, MinimumResult } from '../rules/model';
import { dataHeight, tableCell } from './cells';
import { invalid } from './errors';

/** The header row each table is recognised by (required columns), for error messages. */
function expectedHeaders(key: TableKey): string {
  return TABLES[key].columns
    .filter((c) => c.required || key === 'settings')
    .map((c) => c.header)
    .join(' | ');
}

const SETTINGS_HINT = `请把设置表连同表头一起传入，例如 =BZR.MINIMUMS(设置表[#All], 班会记录表[#All], …)；设置表的表头应为“${expectedHeaders('settings')}”。`;

/** A short list of every table's header row, for the “not recognised” message. */
function headerCatalogue(): string {
  return TABLE_KEYS.filter((k) => k !== 'settings')
    .map((k) => `${TABLES[k].table}（${expectedHeaders(k)}）`)
    .join('；');
}

/** Checks the shape Excel would give: a non-empty 2-D array. */
export function asMatrix(value: unknown, what: string): unknown[][] {
  if (!Array.isArray(value) || value.length === 0) {
    invalid(`${what}不是一个区域。请传入整张表（含表头行），例如 班会记录表[#All]。`);
  }
  const rows = value as unknown[];
  if (!rows.every((r) => Array.isArray(r))) {
    // A 1-D array means a single row/column was flattened by the caller: not what Excel passes.
    invalid(`${what}的形状不对：应为多行多列的区域（表头行在第一行）。请传入整张表，例如 班会记录表[#All]。`);
  }
  return rows as unknown[][];
}

/** One table argument as passed: its position among the user's arguments and its rows with data. */
export interface PassedTable {
  position: number;
  rows: unknown[][];
}

/**
 * The repeating `tables` argument as Excel passes it (SPEC §4.1): ONE array holding every range the
 * user typed. Omitted or wholly blank arguments are skipped; trailing blank rows (whole-column
 * references, tables with spare rows) are cut off before any cell is read.
 */
export function passedTables(tables: unknown): PassedTable[] {
  if (tables !== null && tables !== undefined && !Array.isArray(tables)) {
    invalid(`参数的形状不对：应传入一张或多张整表（含表头行）。${SETTINGS_HINT}`);
  }
  const out: PassedTable[] = [];
  ((tables as unknown[] | null) ?? []).forEach((t, i) => {
    if (t === null || t === undefined) return; // an omitted argument
    const values = asMatrix(t, `第${i + 1}个参数`);
    const height = dataHeight(values, true);
    if (height > 0) out.push({ position: i + 1, rows: values.slice(0, height) });
  });
  if (out.length === 0) invalid(`没有传入任何表格。${SETTINGS_HINT}`);
  return out;
}

/**
 * Builds a RawWorkbook from the tables passed to a function, each cell reduced as Excel's runtime
 * delivers it (cells.ts). headerRow is 1: the row numbers in diagnostics then count within the passed
 * range (header = row 1, first record = row 2).
 */
export function workbookFromTables(tables: readonly PassedTable[], date1904: boolean): RawWorkbook {
  const raw: RawWorkbook = { tables: {}, date1904 };
  for (const { position, rows } of tables) {
    const what = `第${position}个参数`;
    const values = rows.map((row) => row.map(tableCell));
    const key = identifyTable(values);
    if (key === null) {
      const first = (values[0] ?? [])
        .filter((v) => v !== '')
        .slice(0, 6)
        .map(String)
        .join(' | ');
      invalid(
        `${what}无法识别：它的第一行（${first || '空行'}）不是任何一张记录表的表头。请连同表头一起传入整张表，例如 班会记录表[#All]。` +
          `设置表的表头应为“${expectedHeaders('settings')}”；其他表：${headerCatalogue()}。`,
      );
    }
    if (raw.tables[key]) {
      invalid(`${what}与前面的参数是同一张表（${TABLES[key].table}）。每张表只需传入一次，请删除重复的参数。`);
    }
    const table: RawTable = {
      key,
      name: TABLES[key].table,
      sheet: TABLES[key].sheet,
      headerRow: 1,
      values,
      source: 'table',
    };
    raw.tables[key] = table;
  }
  if (!raw.tables.settings) {
    invalid(`缺少设置表：设置表决定考核规则和学期起止日期。${SETTINGS_HINT}`);
  }
  return raw;
}

export const MINIMUMS_HEADER = ['指标', '要求', '实际', '状态', '说明'] as const;

/** One spilled row per minimum: 指标 | 要求 | 实际 | 状态 | 说明. */
export function minimumRow(m: MinimumResult): Array<string | number> {
  return [m.name, m.required, m.actual, STATUS_TEXT[m.status], m.note];
}

/** Where a diagnostic is, counted within the ranges passed to the function. */
export function diagnosticText(d: Diagnostic): string {
  // Table-level messages usually begin with the table's name already.
  const table = d.row === null && d.column === null && d.message.startsWith(d.table) ? '' : d.table;
  const where = [table, d.row !== null ? `所传表格第${d.row}行` : '', d.column ? `“${d.column}”列` : '']
    .filter(Boolean)
    .join(' ');
  return where ? `${where}：${d.message}` : d.message;
}

/** At most this many problems are spelled out in the last row of MINIMUMS; the count shows them all. */
const MAX_LISTED = 5;

/**
 * The extra last row of MINIMUMS when rows were not counted: 记录问题 | '' | n | 请检查 | the first
 * messages. Only errors and warnings; nothing when the tables are clean.
 */
export function problemsRow(diagnostics: readonly Diagnostic[]): Array<string | number> | null {
  const shown = groupDiagnostics(diagnostics).filter((d) => d.severity !== 'info');
  if (shown.length === 0) return null;
  const listed = shown.slice(0, MAX_LISTED).map(diagnosticText).join('\n');
  const more = shown.length > MAX_LISTED ? `\n……另有 ${shown.length - MAX_LISTED} 处，请在任务窗格中查看全部。` : '';
  return ['记录问题', '', shown.length, '请检查', `${listed}${more}`];
}
