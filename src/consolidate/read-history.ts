// --history: the 汇总结果表 of earlier SUMMARY.xlsx files, read back with the .xlsx gateway (a path in
// the CLI; the bytes of a picked File in the pane).
import { findTable, plainValue, tableRect } from '../xlsx/cells';
import { loadWorkbook, WorkbookReadError } from '../xlsx/workbook';
import { parseResultRows } from './history';
import { TABLE_NAMES } from './labels';
import type { PastResult } from './types';

export async function readHistoryFile(
  file: string,
  bytes?: Uint8Array,
): Promise<{ rows: PastResult[]; problems: string[] } | { error: string; errorEn: string }> {
  try {
    const wb = await loadWorkbook(bytes ?? file, { readOnly: true });
    const found = findTable(wb, TABLE_NAMES.results);
    const rect = found ? tableRect(found.table) : null;
    if (!found || !rect) {
      return {
        error: `不是 bzr consolidate 生成的汇总文件：没有找到“${TABLE_NAMES.results}”。请用以前生成的 SUMMARY.xlsx 作为 --history。`,
        errorEn: `Not a summary written by bzr consolidate: no table ${TABLE_NAMES.results}.`,
      };
    }
    const values: unknown[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(plainValue(found.worksheet.getCell(r, c).value));
      values.push(row);
    }
    return parseResultRows(values);
  } catch (e) {
    if (e instanceof WorkbookReadError) return { error: e.zh, errorEn: e.en };
    return { error: `读取历史汇总时出现意外错误：${(e as Error).message}`, errorEn: (e as Error).message };
  }
}
