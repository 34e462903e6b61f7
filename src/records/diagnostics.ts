// Presenting findings to a teacher: many alike rows (say 80 records of last semester in a year-long
// workbook) become one line that names the rows. The JSON output keeps every finding as it is.
import type { Diagnostic } from '../rules/model';

/** What a group of alike findings says, by Diagnostic.code. */
const GROUP_TEXT: Record<string, string> = {
  outsideSemester: '日期不在本学期内，不计入本学期（属于其他学期的记录可以保留在表中）。',
  outsideYear: '日期不在本学年内，不计入本学年。',
};

/** Smallest group that is worth folding into one line. */
export const GROUP_MIN = 3;

/** 4、5、6、9 → “4–6、9” */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return parts.join('、');
}

/**
 * Folds findings with the same table, code and severity into one (at the place of the first), when
 * there are at least GROUP_MIN of them and their code has a group text. Order is otherwise kept.
 */
export function groupDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.table}\u0000${d.code}\u0000${d.severity}`;
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!d.code || !GROUP_TEXT[d.code]) continue;
    const list = groups.get(key(d)) ?? [];
    list.push(d);
    groups.set(key(d), list);
  }
  const out: Diagnostic[] = [];
  const done = new Set<string>();
  for (const d of diagnostics) {
    const list = d.code ? groups.get(key(d)) : undefined;
    if (!list || list.length < GROUP_MIN) {
      out.push(d);
      continue;
    }
    if (done.has(key(d))) continue;
    done.add(key(d));
    const rows = list.map((x) => x.row).filter((r): r is number => r !== null);
    out.push({
      table: d.table,
      row: null,
      column: d.column,
      severity: d.severity,
      code: d.code,
      message: `${d.table}第${rowRanges(rows)}行（共${list.length}行）：${GROUP_TEXT[d.code as string]}`,
    });
  }
  return out;
}
