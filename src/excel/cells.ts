// How values go into and come out of Office.js ranges.
import { serialFromDay } from '../rules/days';
import { YES_NO, type ColumnSpec, type RecordInput } from '../records/schema';
import { textValue } from '../xlsx/cells';

type Written = string | number | boolean;

/**
 * A text as Excel must receive it to keep it text. Writing `range.values` parses strings the way
 * typing does: "=…", "+…", "-…", "@…" become formulas, "001" a number, "2026-09-01" a date. A
 * leading apostrophe (Excel's quote prefix) keeps the cell text, and Excel strips it again when the
 * value is read, so the text reads back exactly as given (SPEC §6 “Safe to consolidate”). Every
 * non-empty string gets the prefix: that is the one rule that is safe for all of them.
 */
export function textCell(s: string): string {
  return s === '' ? '' : `'${s}`;
}

/**
 * A record field as a cell value, by the same rules as the .xlsx gateway (xlsx/cells toXlsxValue):
 * days become serial numbers of the workbook's date system, strings stay text (cleaned by textValue),
 * true/false on a 是/否 column become the words the drop-down offers.
 */
export function toCell(column: ColumnSpec, v: RecordInput[string], date1904 = false): Written {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return textCell(textValue(v));
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean') {
    if (column.allowed && YES_NO.every((w) => column.allowed?.includes(w))) return v ? '是' : '否';
    return v;
  }
  if (typeof v === 'object' && typeof v.day === 'number' && Number.isFinite(v.day))
    return serialFromDay(v.day, date1904);
  return '';
}

/**
 * Office.js reports error cells as their text ('#N/A'); the .xlsx reader gives { error }. Mapping them
 * here lets one parser treat both alike. (A cell that really holds the text '#N/A' is read as an error.)
 */
const ERROR_RE =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

export function fromCell(v: unknown): unknown {
  return typeof v === 'string' && v.startsWith('#') && ERROR_RE.test(v) ? { error: v } : v;
}

export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((v) => v === '' || v === null || v === undefined);
}

/** Excel column width in points for a width in characters (Calibri 11: 7 px a character + 5 px padding). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** '#1F6F4A' from '1F6F4A'. */
export function hexColor(rgb: string): string {
  return rgb.startsWith('#') ? rgb : `#${rgb}`;
}

/**
 * Queues a look at the workbook's date system and returns how to read it after the next sync. No
 * property tells it below ExcelApi 1.16, but DATE(1904,1,1) is serial 0 only in a 1904 workbook.
 */
export function queueDate1904(workbook: Excel.Workbook): () => boolean {
  const epoch = workbook.functions.date(1904, 1, 1);
  epoch.load('value');
  return () => epoch.value === 0;
}
