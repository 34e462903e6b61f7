// --history: the 汇总结果表 of earlier SUMMARY.xlsx files, read back by the bounded reader (src/intake,
// SPEC §6: the same limits and messages as every class workbook) from the file's bytes — read by the
// CLI with readFileBounded, picked as a File in the pane.
import { IntakeError } from '../intake/errors';
import { readTableValues } from '../intake/table';
import type { Inflater } from '../intake/zip';
import { parseResultRows } from './history';
import { TABLE_NAMES } from './labels';
import type { PastResult } from './types';

export type HistoryRead = { rows: PastResult[]; problems: string[] } | { error: string; errorEn: string };

/** Messages name the file in the list beside them: the reader's quoted label is dropped. */
export function historyError(e: unknown): { error: string; errorEn: string } {
  if (e instanceof IntakeError) return { error: e.zhUnnamed, errorEn: e.en };
  const msg = e instanceof Error ? e.message : String(e);
  return { error: `读取历史汇总时出现意外错误：${msg}`, errorEn: msg };
}

export function readHistoryBytes(file: string, bytes: Uint8Array, inflater?: Inflater): HistoryRead {
  try {
    const values = readTableValues(bytes, `“${file}”`, TABLE_NAMES.results, undefined, inflater);
    if (values === null) {
      return {
        error: `不是 bzr consolidate 生成的汇总文件：没有找到“${TABLE_NAMES.results}”。请用以前生成的 SUMMARY.xlsx 作为 --history。`,
        errorEn: `Not a summary written by bzr consolidate: no table ${TABLE_NAMES.results}.`,
      };
    }
    return parseResultRows(values);
  } catch (e) {
    return historyError(e);
  }
}
