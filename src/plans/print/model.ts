// What the print plans read and write (SPEC §7.1 "Print the paper forms"). A print sheet is a plain
// SheetPlan (plans/model) plus the marker that makes it ours and the page count; adapters apply it
// with applySheet like any other sheet.
import type { ClassRecords } from '../../rules/model';
import type { RawWorkbook } from '../../records/schema';
import type { PrintPlan, SheetPlan } from '../model';

/**
 * The parsed workbook the forms are printed from. `records` says which rows count (parseWorkbook);
 * `raw` still holds the free text of those rows (会议内容, 地点…), which the typed records leave out.
 */
export interface PrintInput {
  raw: RawWorkbook;
  records: ClassRecords;
}

/**
 * A print sheet. It is a NEW sheet (打印-…), never a record table. A1 holds `marker` and lies outside the
 * print area: applySheet replaces an existing sheet of this name only when it is empty or its A1 holds
 * this marker, so a user's own sheet with that name is never overwritten.
 */
export interface PrintSheetPlan extends SheetPlan {
  marker: string;
  print: PrintPlan & { area: string; rowBreaks: readonly number[] };
  /** Printed pages (a form with no record still prints one blank page to fill in by hand). */
  pages: number;
  /** Rows of the record table that were not printed because they do not count (incomplete or unreadable). */
  skipped: number;
  /** Boxes whose text does not fit even at the smallest font size (it is cut off on paper). */
  overflow: number;
  /** Records (or lines) left out because the sheet reached MAX_PAGES. */
  omitted: number;
}

/**
 * Pages per print sheet at most: Excel keeps at most 1,026 manual horizontal page breaks per sheet
 * (Worksheet.HPageBreaks, Microsoft's reference), so a sheet stays below that.
 */
export const MAX_PAGES = 1000;

/** Margins of every printed page, in inches (A4 portrait). */
export const PRINT_MARGINS = { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 } as const;

/** Text in A1 of every print sheet: the sheet is ours and may be replaced. */
export function printMarker(sheet: string): string {
  return `【BZR】${sheet}（由加载项生成，重新打印时会被替换）`;
}

/**
 * Height budget of one page in points: A4 is 842 pt tall, less 2 × 0.6 in margins (86 pt) and room for
 * rounding. Every page of every form stays below it, so Excel never adds a break of its own.
 */
export const PAGE_HEIGHT_PT = 720;
/**
 * Width budget in Excel character units: A4 is 595 pt wide, less 2 × 0.6 in margins = 509 pt (678 px).
 * A unit is the default font's digit width: 7 px in Calibri, about 9 px where LibreOffice falls back to
 * DejaVu Sans (seen on this machine's PDFs), so 72 units fit either way.
 */
export const PAGE_WIDTH_CHARS = 72;
