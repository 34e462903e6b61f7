// The one list of Excel error values (Microsoft: "How to correct a #… error"; the runtime's
// CustomFunctions.ErrorCode covers a subset). Office.js reports error cells as this text, exceljs as
// { error: text }, custom functions receive them as Error-like values.
export const EXCEL_ERRORS = [
  '#N/A',
  '#VALUE!',
  '#REF!',
  '#DIV/0!',
  '#NUM!',
  '#NAME?',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#BUSY!',
  '#GETTING_DATA',
  '#BLOCKED!',
  '#CONNECT!',
  '#FIELD!',
  '#UNKNOWN!',
  '#EXTERNAL!',
  '#PYTHON!',
  '#TIMEOUT!',
] as const;

export type ExcelErrorText = (typeof EXCEL_ERRORS)[number];

const ERROR_SET: ReadonlySet<string> = new Set(EXCEL_ERRORS);

/** Whether a string is exactly one of Excel's error values. */
export function isExcelErrorText(s: unknown): s is ExcelErrorText {
  return typeof s === 'string' && ERROR_SET.has(s);
}
