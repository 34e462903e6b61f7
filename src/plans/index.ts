// Workbook operations as plain data (issue 7): what each operation writes, decided once for both adapters.
export * from './model';
export type { WorkbookGateway } from './gateway';
export { cleanText, looksLikeFormula, typedText, subtitleText, MAX_CELL_CHARS } from './text';
export { recordValue, settingsValue, isGiven, seqNumber, maxSeq } from './values';
export { schemaSheetPlan, pageOrientation, columnPlan, recordBody, settingsBody, LANDSCAPE_WIDTH } from './layout';
export { planEnsure, ENSURE_BUTTON, type WorkbookProbe, type TableProbe, type EnsurePlan } from './repair';
export { planAppend, seqIndex, missingTableMessage, type AppendPlan } from './append';
export {
  summaryPlan,
  summarySpill,
  planSummary,
  SUMMARY_LAST_COL,
  RECORD_COL,
  type ExistingBlock,
  type OldSummary,
  type SummaryDecision,
} from './summary';
export { foreignSheetMessage } from './sheet';
