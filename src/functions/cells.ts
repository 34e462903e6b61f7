// Cells as Excel's custom-functions runtime delivers them, reduced to what records/ reads
// (SPEC §4.1; TOOLING.md "The real host"):
// - Blank cells arrive as '', null or 0 depending on the Excel build (OfficeDev/office-js issues
//   #4702, #5262, #1951). In a record or settings table no schema v1 field has 0 as a meaningful
//   value, so a numeric 0 there is a blank, like '' and null.
// - With allowCustomDataForDataTypeAny (emitted by the metadata generator) data-type cells reach `any`
//   parameters as CellValue objects sharing `type`, `basicType` and `basicValue`
//   (office-js-docs-pr docs/excel/excel-data-types-concepts.md, "JSON schema"): a formatted number is
//   read by its basicValue, an entity (whose basicValue is #VALUE!) by its displayed `text`.
// - With allowErrorForDataTypeAny (added by the build) an error cell arrives as an error cell value
//   { type: 'Error', basicValue: '#N/A', errorType: 'NotAvailable' } (same doc, "Improved error
//   support"; docs/excel/custom-functions-errors.md "Errors as custom function inputs"). It becomes
//   the error text, which records/ reports as an unreadable cell: only that row is not counted.
import { isExcelErrorText } from '../records/excel-errors';

/** Excel.ErrorCellValue errorType → the error's text, for error values that carry no basicValue. */
const ERROR_TYPES: Readonly<Record<string, string>> = {
  NotAvailable: '#N/A',
  Value: '#VALUE!',
  Ref: '#REF!',
  Div0: '#DIV/0!',
  Num: '#NUM!',
  Name: '#NAME?',
  Null: '#NULL!',
  Spill: '#SPILL!',
  Calc: '#CALC!',
  Busy: '#BUSY!',
  GettingData: '#GETTING_DATA',
  Blocked: '#BLOCKED!',
  Connect: '#CONNECT!',
  Field: '#FIELD!',
  Python: '#PYTHON!',
  External: '#EXTERNAL!',
};

function field(o: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

/** A data-type or error object reduced to a primitive; anything else is handed on for records/ to report. */
function fromObject(o: object): unknown {
  try {
    const type = field(o, 'type');
    const basic = field(o, 'basicValue');
    if (type === 'Error') {
      if (isExcelErrorText(basic)) return basic;
      const errorType = field(o, 'errorType');
      return (typeof errorType === 'string' && ERROR_TYPES[errorType]) || '#VALUE!';
    }
    if (type === 'Entity' || type === 'LinkedEntity') {
      const text = field(o, 'text');
      return typeof text === 'string' ? text : basic;
    }
    // CustomFunctions.Error-shaped values ({ code: '#N/A', message }) carry the error text as code.
    const code = field(o, 'code');
    if (isExcelErrorText(code)) return code;
    if (basic !== undefined && (typeof basic !== 'object' || basic === null)) return basic;
  } catch {
    // A hostile object (throwing getter): records/ reads it as an unreadable cell.
  }
  return o;
}

/** One cell of a record or settings table: blanks in every encoding become ''. */
export function tableCell(v: unknown): unknown {
  if (v === 0 || v === null || v === undefined) return '';
  if (typeof v === 'object') {
    const p = fromObject(v);
    return p === 0 || p === null || p === undefined ? '' : p;
  }
  return v;
}

/** One scalar argument or QUOTA cell: data types and errors reduced; 0 stays a number, null/undefined are ''. */
export function scalarCell(v: unknown): unknown {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' && !Array.isArray(v) ? (fromObject(v) ?? '') : v;
}

/** Whether a raw cell is blank in any of Excel's encodings (or a whitespace-only string). */
export function isRawBlank(v: unknown, zeroIsBlank: boolean): boolean {
  if (v === '' || v === null || v === undefined) return true;
  if (v === 0) return zeroIsBlank;
  return typeof v === 'string' && v.trim() === '';
}

/**
 * How many leading rows hold data: a whole-column range (B:B) arrives with every trailing blank row of
 * the sheet, so this scans from the end without touching the blank rows' cells more than once.
 */
export function dataHeight(rows: readonly unknown[], zeroIsBlank: boolean): number {
  let end = rows.length;
  while (end > 0) {
    const row = rows[end - 1];
    if (!Array.isArray(row) || !row.every((c) => isRawBlank(c, zeroIsBlank))) break;
    end--;
  }
  return end;
}
