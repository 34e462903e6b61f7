// Facts about the 量化汇总 sheet that more than one layer needs: the marker of a sheet we wrote, the
// time stamp's form and the arguments of its live =BZR.* formulas. The sheet itself is laid out in
// plans/summary (summaryPlan).
import { TABLES, TABLE_KEYS } from './schema';

/** A1 of a sheet we wrote. A sheet called 量化汇总 without it is the user's: never overwritten. */
export const SUMMARY_MARKER = '【BZR】班主任工作量化汇总';
/** Diagnostics listed on the sheet at most (the task pane shows them all). */
export const SUMMARY_MAX_DIAGNOSTICS = 300;
/** Columns of the values block (A–E) and of the live-formula block (G–K). */
export const SUMMARY_FORMULA_COL = 7;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Local time, minute precision: 2026-11-02 14:05. */
export function formatComputedAt(d: Date): string {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** `设置表[#All],学生名册表[#All],…` for the tables that exist (default: all of schema v1). */
export function formulaArguments(tables: readonly string[] = TABLE_KEYS.map((k) => TABLES[k].table)): string {
  return tables.map((t) => `${t}[#All]`).join(',');
}
