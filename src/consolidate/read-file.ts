// Reading ONE class workbook for the consolidation. Today: exceljs (src/xlsx) + records judge.
// The bounded streaming reader (src/intake) replaces the body of readClassFile: a one-line swap.
import * as fs from 'fs';
import * as path from 'path';
import { judge } from '../records/judge';
import { TABLES, TABLE_KEYS } from '../records/schema';
import { parseSettings } from '../records/settings';
import { loadWorkbook, WorkbookReadError } from '../xlsx/workbook';
import { read } from '../xlsx/read';
import type { ClassFileResult } from './types';

/** SPEC §6 “Bounded”: a file is checked to be a regular file of at most 50 MB before it is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

function refuse(file: string, zh: string, en: string): ClassFileResult {
  return { file, error: zh, errorEn: en };
}

/** Checks made before a byte is parsed: regular file, size, formats we cannot read by their name. */
function precheck(file: string): ClassFileResult | null {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return refuse(file, '找不到文件或无法读取。请检查路径和读取权限。', 'File not found or not readable.');
  }
  if (!st.isFile()) return refuse(file, '不是普通文件，已跳过。', 'Not a regular file; skipped.');
  if (st.size > MAX_FILE_BYTES) {
    return refuse(
      file,
      `文件超过 50 MB（${(st.size / 1048576).toFixed(1)} MB），不是正常的班级记录工作簿，未读取。请检查是否选错了文件。`,
      'File larger than 50 MB; not read.',
    );
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.ods') {
    return refuse(
      file,
      '这是 OpenDocument（.ods）文件，无法汇总。请在 WPS 或 LibreOffice 中“另存为” Excel 工作簿（.xlsx）后重试。',
      'An .ods file: save it as an Excel workbook (.xlsx) and retry.',
    );
  }
  return null;
}

export async function readClassFile(file: string): Promise<ClassFileResult> {
  const early = precheck(file);
  if (early) return early;
  try {
    const wb = await loadWorkbook(file, { readOnly: true });
    const { raw, diagnostics } = read(wb);
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
    if (e instanceof WorkbookReadError) {
      // The gateway's message names the file in quotes; the summary lists the file beside it already.
      return refuse(file, e.zh.replace(/文件“[^”]*”/u, '文件'), e.en);
    }
    return refuse(file, `读取时出现意外错误：${(e as Error).message}`, `Unexpected error: ${(e as Error).message}`);
  }
}
