// Office.js gateway: the schema v1 workbook operations on the open workbook. Every function takes an
// Excel.RequestContext (from Excel.run); nothing here touches the global Excel object at load time.
export { ensure } from './ensure';
export { read, HEADER_SCAN_ROWS, type ReadOptions } from './read';
export { append, maxSeq, type AppendOptions } from './append';
export { writeSummary, SUMMARY_TEMP_SHEET } from './summary';
export { chunkRows, planReads, cellBytes, rowBytes, guessRowBytes, DEFAULT_BUDGET, PAYLOAD_LIMIT } from './chunks';
export { textCell, toCell, fromCell } from './cells';
export { pageOrientation } from './layout';
