// One class workbook's per-file result from what the bounded reader gave: the records judge plus the
// 设置表 facts the consolidation needs. Pure and browser-safe: `bzr consolidate` (read-file.ts, from a
// path) and the pane (browser.ts, from a File) both call it, so both judge a file the same way.
import { IntakeError } from '../intake/errors';
import type { IntakeResult } from '../intake/read';
import { judge } from '../records/judge';
import { TABLES, TABLE_KEYS } from '../records/schema';
import { parseSettings } from '../records/settings';
import type { ClassFileResult } from './types';

function refuse(file: string, zh: string, en: string): ClassFileResult {
  return { file, error: zh, errorEn: en };
}

/** The per-file result of a workbook the bounded reader has read. */
export function judgeClassFile(file: string, { raw, diagnostics }: IntakeResult): ClassFileResult {
  if (Object.keys(raw.tables).length === 0) {
    const names = TABLE_KEYS.map((k) => TABLES[k].table).join('、');
    return refuse(
      file,
      `不是班主任工作量化记录工作簿：没有找到任何记录表（${names}）。请让班主任用加载项或 bzr template 生成的工作簿填写。`,
      'Not a BZR workbook: none of the record tables was found.',
    );
  }
  const evaluation = judge(raw, diagnostics);
  const s = parseSettings(raw.tables.settings, raw.date1904, []);
  return {
    file,
    evaluation,
    settings: {
      department: s.department,
      className: s.className || evaluation.class,
      advisor: s.advisor || evaluation.advisor,
      academicYear: s.academicYear,
      semester: s.semester,
      profile: evaluation.profile,
    },
  };
}

/** The per-file result of a workbook that could not be read (refused by the reader, or worse). */
export function failedClassFile(file: string, e: unknown): ClassFileResult {
  if (e instanceof IntakeError) {
    // The summary lists the file beside the message already.
    return refuse(file, e.zhUnnamed, e.en);
  }
  const msg = e instanceof Error ? e.message : String(e);
  return refuse(file, `读取时出现意外错误：${msg}`, `Unexpected error: ${msg}`);
}
