// The workbook's date system, as the shared runtime knows it (SPEC §4.1: date cells reach a custom
// function as serial numbers of the workbook's own system, and a function never reads the workbook
// itself). The task pane detects date1904 when it reads the open workbook and tells the functions
// through setDate1904. Until it has, the functions assume the 1900 system (Excel's default for new
// workbooks): a 1904 workbook whose pane was never opened reads date serials 4 years and 1 day early.
//
// The value lives on globalThis under a registered symbol, not in a module variable: functions.js and
// taskpane.js are separate webpack entries in the same page (one shared runtime), and each entry has
// its own copy of this module.
const KEY = Symbol.for('bzr.functions.date1904');

type Holder = { [KEY]?: boolean };

/** Called by the task pane after it has read the open workbook's date system. */
export function setDate1904(date1904: boolean): void {
  (globalThis as Holder)[KEY] = date1904 === true;
}

/** The date system the functions read serials in: false (1900) unless the pane said otherwise. */
export function date1904(): boolean {
  return (globalThis as Holder)[KEY] === true;
}
