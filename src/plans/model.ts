// Workbook operations as plain data (issue 7). A plan says WHAT a sheet, a repair, an append or a
// summary writes; src/excel (Office.js) and src/xlsx (exceljs) only apply plans and never decide
// layout themselves. Plans are pure data: no functions, no Office or exceljs types, JSON-serialisable.
import type { Day } from '../rules/model';

/**
 * One value to write. A string is ALWAYS written as text (adapters follow plans/text: Office.js prefixes
 * an apostrophe, the .xlsx adapter sets the quotePrefix style on text that looksLikeFormula — SPEC §6
 * "Safe to consolidate"); a formula is only ever `{ formula }` (with its leading '='); a `{ day }` is
 * written as the serial of the workbook's date system, in DATE_FORMAT unless the cell or column says otherwise.
 */
export type PlanValue = string | number | boolean | null | { day: Day } | { formula: string };

export interface CellStyle {
  bold?: boolean;
  /** Font size in points. */
  size?: number;
  /** 'RRGGBB' without '#'. */
  fill?: string;
  fontColor?: string;
  wrap?: boolean;
  numberFormat?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  /** Thin border on every edge. */
  border?: boolean;
}

/** A single cell or a block written from its top-left corner (1-based row and column). */
export interface CellPlan {
  row: number;
  col: number;
  value: PlanValue;
  style?: CellStyle;
}

export interface ColumnPlan {
  header: string;
  /** Width in characters (Excel's unit). */
  width?: number;
  numberFormat?: string;
  wrap?: boolean;
  /** In-cell drop-down list of allowed values. */
  list?: readonly string[];
  /** true: only listed values are accepted (Excel's "stop" error); otherwise a warning. */
  strict?: boolean;
}

/** A drop-down list on a range of cells (e.g. one 设置表 value cell). */
export interface ListPlan {
  /** A1 range on the sheet. */
  range: string;
  values: readonly string[];
  strict?: boolean;
  /** Named in the error message (“…的值无效”). */
  title: string;
}

/** A real Excel table (ListObject) laid out from (headerRow, firstCol), header row included. */
export interface TablePlan {
  name: string;
  headerRow: number;
  firstCol: number;
  columns: readonly ColumnPlan[];
  /** Data rows, in column order (may be empty: adapters then write one blank row). */
  rows: readonly (readonly PlanValue[])[];
  /** Excel table style name; null = no style. */
  style: string | null;
  /** Header cells' style (fill, font). */
  headerStyle?: CellStyle;
  /** Drop-downs and formats cover at least this many data rows below the header. */
  formatRows?: number;
}

export interface PrintPlan {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit every column on one page width. */
  fitToWidth?: boolean;
  /** Rows repeated on every printed page, 1-based inclusive. */
  titleRows?: readonly [number, number];
  /** A1 range of the print area; absent = the used range. */
  area?: string;
  /** 1-based rows that start a new printed page. */
  rowBreaks?: readonly number[];
  centerHorizontally?: boolean;
  /** Margins in inches. */
  margins?: { top: number; bottom: number; left: number; right: number };
}

/** Everything one sheet of ours holds. */
export interface SheetPlan {
  name: string;
  cells: readonly CellPlan[];
  /** A1 ranges to merge (e.g. 'A1:F1'). */
  merges?: readonly string[];
  /** Column widths in characters, from column A. */
  widths?: readonly number[];
  /** 1-based row → height in points. */
  rowHeights?: Readonly<Record<number, number>>;
  tables: readonly TablePlan[];
  /** Hidden columns, 1-based (the summary's record column). */
  hiddenCols?: readonly number[];
  /** Rows frozen at the top (0/absent = none). */
  freezeRows?: number;
  print?: PrintPlan;
  /** Drop-down lists on single cells or ranges outside the tables' columns. */
  lists?: readonly ListPlan[];
  /**
   * A1 text that marks the sheet as ours. applySheet replaces an existing sheet of this name only when
   * it is empty or its A1 holds this marker; absent = the sheet must not exist yet.
   */
  marker?: string;
}
