// The rules module: the ONLY place a rule lives. Custom functions, the task pane, the command line and
// the counsellor's consolidation all call these.
export * from './model';
export * from './params';
export * from './days';
export {
  weekOf,
  semesterWindow,
  monthsInWindow,
  yearStartOf,
  fullBlocks,
  academicYearStart,
  academicYearOf,
  yearOfMonthIn,
  termOfStart,
  type SemesterWindow,
} from './calendar';
export { NON_ACTIVITY_TYPES, isCountingActivityType } from './tallies';
export { evaluate, PROFILES } from './evaluate';
export { studentProgress, weekProgress, type StudentProgress, type WeekProgress } from './progress';
export { textKey } from './text';
export { points, type PointsCounts } from './points';
export { assignQuota, quotaSize, TIE_NOTE, type Award, type QuotaResult } from './quota';
export { allowance, type AllowanceResult } from './allowance';
export { historyFlags, parseTerm, FLAG_DISMISS, FLAG_REWARD, FLAG_TOP_TEN, type HistoryEntry } from './history';
