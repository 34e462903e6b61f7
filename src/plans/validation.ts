// The texts of a drop-down list (ColumnPlan.list, ListPlan): one place for both .xlsx writers
// (src/xlsx with exceljs, src/sheetml directly), so a list reads the same whichever wrote it.

/** List validation formula for a drop-down: "a,b,c" in quotes (Excel's limit is 255 characters). */
export function listFormula(values: readonly string[]): string {
  return `"${values.map((v) => v.replace(/[",]/g, '')).join(',')}"`;
}

/** The error box of a list validation (shown only when strict). */
export function listMessages(title: string, values: readonly string[]): { errorTitle: string; error: string } {
  return { errorTitle: `“${title}”的值无效`, error: `请从下拉列表中选择：${values.join('、')}` };
}
