// Reading ONE class workbook for the consolidation: the bounded streaming reader (src/intake checks
// the limits of SPEC §6 and tells .ods/.xls/encrypted files apart) + the shared judging (judge-file.ts).
import { readWorkbookFile } from '../intake/node';
import { failedClassFile, judgeClassFile } from './judge-file';
import type { ClassFileResult } from './types';

export async function readClassFile(file: string): Promise<ClassFileResult> {
  try {
    return judgeClassFile(file, await readWorkbookFile(file));
  } catch (e) {
    return failedClassFile(file, e);
  }
}
