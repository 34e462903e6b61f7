// The Office.js adapter: probes the open workbook and applies plans (src/plans) under the same operation
// names as the .xlsx adapter (src/xlsx). Every function takes an Excel.RequestContext (from Excel.run);
// nothing here touches the global Excel object at load time.
export { ensure, sheetOfAddress } from './ensure';
export { read, HEADER_SCAN_ROWS, type ReadOptions } from './read';
export { append, type AppendOptions } from './append';
export { applySheet, writeSummary, SUMMARY_TEMP_SHEET, tempSheetName } from './sheet';
export { officeGateway } from './gateway';
export { chunkRows, planReads, cellBytes, rowBytes, guessRowBytes, DEFAULT_BUDGET, PAYLOAD_LIMIT } from './chunks';
export { officeValue, fromCell } from './cells';
