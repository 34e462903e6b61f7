// Reading ONE class workbook for the consolidation: the bounded streaming reader (src/intake checks
// the limits of SPEC §6 and tells .ods/.xls/encrypted files apart) + records judge.
import { IntakeError } from '../intake/errors';
import { readWorkbookFile } from '../intake/node';
import { judge } from '../records/judge';
import { TABLES, TABLE_KEYS } from '../records/schema';
import { parseSettings } from '../records/settings';
import type { ClassFileResult } from './types';

function refuse(file: string, zh: string, en: string): ClassFileResult {
  return { file, error: zh, errorEn: en };
}

export async function readClassFile(file: string): Promise<ClassFileResult> {
  try {
    const { raw, diagnostics } = await readWorkbookFile(file);
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
  } catch (e) {
    if (e instanceof IntakeError) {
      // The gateway's message names the file in quotes; the summary lists the file beside it already.
      return refuse(file, e.zh.replace(/文件“[^”]*”/u, '文件'), e.en);
    }
    return refuse(file, `读取时出现意外错误：${(e as Error).message}`, `Unexpected error: ${(e as Error).message}`);
  }
}
