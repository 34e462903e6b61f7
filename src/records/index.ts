// Records: a workbook's tables (2-D values) → typed records plus diagnostics (SPEC §1, §2).
export * from './schema';
export { parseWorkbook } from './parse';
export { judge } from './judge';
export { identifyTable, matchColumns } from './columns';
export { normalizeHeader, normalizeName, splitList, splitListKnown } from './normalize';
export {
  cellText,
  countOf,
  dateOf,
  FIRST_YEAR,
  LAST_YEAR,
  isBlankCell,
  minutesOf,
  readCount,
  readDate,
  readMinutes,
  readYesNo,
  textOf,
  unwrapCell,
  yesNoOf,
  type Cell,
  type DateContext,
  type DateOptions,
  type ReadResult,
} from './values';
export { defaultSettings, parseSettings, readAcademicYear, readSemester, type TermOptions } from './settings';
