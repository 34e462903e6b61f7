// How values go into and come out of Office.js ranges.
import { serialFromDay } from '../rules/days';
import type { PlanValue } from '../plans/model';
import { cleanText, typedText } from '../plans/text';
import { isExcelErrorText } from '../records/excel-errors';

export type Written = string | number | boolean;

/**
 * A plan value as Office.js must receive it: text through plans/text typedText (Excel parses
 * `range.values` the way typing does), days as serials of the workbook's date system, formulas as
 * their text (a string starting with '=' written to values becomes the formula).
 */
export function officeValue(v: PlanValue, date1904 = false): Written {
  if (v === null) return '';
  if (typeof v === 'string') return typedText(cleanText(v));
  if (typeof v !== 'object') return v;
  return 'day' in v ? serialFromDay(v.day, date1904) : v.formula;
}

/**
 * Office.js reports error cells as their text ('#N/A'); the .xlsx reader gives { error }. Mapping them
 * here lets one parser treat both alike. (A cell that really holds the text '#N/A' is read as an error.)
 */
export function fromCell(v: unknown): unknown {
  return isExcelErrorText(v) ? { error: v } : v;
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
