// The .xlsx gateway (exceljs): Node only — the CLI, tests, benchmarks and samples use it.
// exceljs itself is loaded lazily inside the functions that construct or load workbooks.
export {
  toXlsxValue,
  textValue,
  columnStyle,
  styleDataCell,
  styleHeaderCell,
  styleTitleCell,
  listFormula,
  listValidation,
  plainValue,
  isEmptyCell,
  colLetter,
  parseRange,
  formatRange,
  nameKey,
  tablesOf,
  findTable,
  findWorksheet,
  tableRect,
  setTableRect,
  validationsOf,
  xlsxColumnWidth,
  type Rect,
  type TableModel,
  type TableHandle,
  type DataValidationStore,
} from './cells';
export {
  loadWorkbook,
  saveWorkbook,
  writeWorkbookBuffer,
  createWorkbook,
  WorkbookReadError,
  type LoadOptions,
} from './workbook';
export { ensureWorkbook, subtitleText } from './ensure';
export { readWorkbook } from './read';
// Other xlsx modules (append.ts, summary.ts) are exported below by their authors.
export { appendRecords } from './append';
export { writeSummary } from './summary';
