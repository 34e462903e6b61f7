// The .xlsx adapter (exceljs): probes a workbook and applies plans (src/plans) under the same operation
// names as the Office.js adapter (src/excel). Runs in Node (CLI, tests, benchmarks) and in the task pane
// (an .xlsx chosen by the user, the sample); exceljs is loaded lazily where workbooks are made or opened.
export {
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
  type Rect,
  type TableModel,
  type TableHandle,
  type DataValidationStore,
} from './cells';
export { writeValue, applyStyle, listValidation, xlsxColumnWidth, layoutSheet, TEXT_FORMAT } from './write';
export {
  loadWorkbook,
  saveWorkbook,
  writeWorkbookBuffer,
  workbookBytes,
  createWorkbook,
  WorkbookReadError,
  type LoadOptions,
} from './workbook';
export { ensure, probeWorkbook } from './ensure';
export { read } from './read';
export { append } from './append';
export { applySheet, writeSummary } from './sheet';
export { xlsxGateway } from './gateway';
export { quotePrefixStyles } from './quote-prefix';
