// The sheet plan of each schema sheet (SPEC §1): title, subtitle, the table with its formats and
// drop-downs, column widths, frozen header and A4 print setup. Both adapters build sheets from it.
import {
  DATE_FORMAT,
  HEADER_FILL,
  HEADER_FONT,
  HEADER_ROW,
  SETTINGS_CHOICES,
  SUBTITLE_ROW,
  TABLES,
  TABLE_STYLE,
  TITLE_ROW,
  VALIDATION_ROWS,
  settingsTemplateRows,
  type ColumnSpec,
  type RecordInput,
  type TableKey,
  type TableSpec,
  type TemplateOptions,
} from '../records/schema';
import type { CellStyle, ColumnPlan, ListPlan, PlanValue, PrintPlan, SheetPlan, TablePlan } from './model';
import { subtitleText } from './text';
import { isGiven, recordValue, settingsValue } from './values';

/** Tables wider than this many characters print in landscape. */
export const LANDSCAPE_WIDTH = 60;

export const TITLE_STYLE: CellStyle = { bold: true, size: 16, vertical: 'middle' };
export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: HEADER_FILL,
  fontColor: HEADER_FONT,
  horizontal: 'center',
  vertical: 'middle',
  wrap: true,
};

/** Wide tables print in landscape. */
export function pageOrientation(spec: TableSpec): PrintPlan['orientation'] {
  return spec.columns.reduce((n, c) => n + c.width, 0) > LANDSCAPE_WIDTH ? 'landscape' : 'portrait';
}

/** A schema column as a column plan: width, date format, wrapping, drop-down. */
export function columnPlan(col: ColumnSpec): ColumnPlan {
  return {
    header: col.header,
    width: col.width,
    ...(col.kind === 'date' ? { numberFormat: DATE_FORMAT } : {}),
    ...(col.kind === 'longtext' ? { wrap: true } : {}),
    ...(col.allowed && col.allowed.length > 0 ? { list: col.allowed, strict: col.strict === true } : {}),
  };
}

/** Record rows in the spec's column order; blank seq cells are numbered 1, 2, … */
export function recordBody(spec: TableSpec, rows: readonly RecordInput[] = []): PlanValue[][] {
  return rows.map((r, i) =>
    spec.columns.map((col) => (col.kind === 'seq' && !isGiven(r[col.field]) ? i + 1 : recordValue(col, r[col.field]))),
  );
}

/**
 * 设置表 body: the template rows from the options; `extra` rows ({ key, value }) replace the value of a
 * template key or are added after them (parameter overrides such as 学期周数).
 */
export function settingsBody(options: TemplateOptions, extra: readonly RecordInput[] = []): PlanValue[][] {
  const body: PlanValue[][] = settingsTemplateRows(options).map((r) => [r.key, settingsValue(r.value)]);
  const valueCol = TABLES.settings.columns[1];
  for (const r of extra) {
    const key = typeof r.key === 'string' ? r.key.trim() : '';
    if (!key) continue;
    const value = recordValue(valueCol, r.value);
    const existing = body.find((row) => row[0] === key);
    if (existing) existing[1] = value;
    else body.push([key, value]);
  }
  return body;
}

/** Drop-downs on the 设置表 value cells whose key has a fixed set of values. */
function settingsLists(body: readonly (readonly PlanValue[])[]): ListPlan[] {
  const out: ListPlan[] = [];
  body.forEach((row, i) => {
    const key = typeof row[0] === 'string' ? row[0] : '';
    const choices = SETTINGS_CHOICES[key];
    if (choices) out.push({ range: `B${HEADER_ROW + 1 + i}`, values: choices, strict: true, title: key });
  });
  return out;
}

/**
 * The sheet plan of one schema sheet. `rows`: initial records (createWorkbook's data); for 设置表 they
 * override template values. Without rows a record table gets one blank row.
 */
export function schemaSheetPlan(key: TableKey, options: TemplateOptions, rows?: readonly RecordInput[]): SheetPlan {
  const spec = TABLES[key];
  const isSettings = key === 'settings';
  const body = isSettings ? settingsBody(options, rows) : recordBody(spec, rows);
  const table: TablePlan = {
    name: spec.table,
    headerRow: HEADER_ROW,
    firstCol: 1,
    // Formats and lists of 设置表 are per cell (lists below), not per column.
    columns: spec.columns.map((c) => (isSettings ? { header: c.header, width: c.width } : columnPlan(c))),
    rows: body,
    style: TABLE_STYLE,
    headerStyle: HEADER_STYLE,
    formatRows: Math.max(VALIDATION_ROWS, body.length),
  };
  return {
    name: spec.sheet,
    cells: [
      { row: TITLE_ROW, col: 1, value: spec.title, style: TITLE_STYLE },
      { row: SUBTITLE_ROW, col: 1, value: subtitleText(options), style: { vertical: 'middle' } },
    ],
    widths: spec.columns.map((c) => c.width),
    rowHeights: { [TITLE_ROW]: 26, [HEADER_ROW]: 30 },
    tables: [table],
    freezeRows: HEADER_ROW,
    print: {
      paper: 'A4',
      orientation: pageOrientation(spec),
      fitToWidth: true,
      titleRows: [TITLE_ROW, HEADER_ROW],
      centerHorizontally: true,
    },
    ...(isSettings ? { lists: settingsLists(body) } : {}),
  };
}
