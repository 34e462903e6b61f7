// “The same class and term given twice is an error for both files (the counsellor removes one);
// neither is assessed” (SPEC §7.2).
import { textKey } from '../rules/text';
import type { ClassFileOk } from './types';

function termText(year: number | null, semester: 1 | 2 | null): string {
  const y = year === null ? '学年度未填' : `${year}-${year + 1}学年`;
  const s = semester === null ? '学期未填' : `第${semester === 1 ? '一' : '二'}学期`;
  return `${y}${s}`;
}

export { termText };

/** Splits the readable files into the ones to assess and the duplicates (with their messages). */
export function splitDuplicates(files: readonly ClassFileOk[]): {
  unique: ClassFileOk[];
  duplicates: Array<{ file: string; message: string }>;
} {
  const groups = new Map<string, ClassFileOk[]>();
  for (const f of files) {
    const s = f.settings;
    const key = [textKey(s.department), textKey(s.className), s.academicYear, s.semester].join('\u0000');
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const unique: ClassFileOk[] = [];
  const duplicates: Array<{ file: string; message: string }> = [];
  for (const list of groups.values()) {
    if (list.length === 1) {
      unique.push(list[0]);
      continue;
    }
    const s = list[0].settings;
    for (const f of list) {
      const others = list.filter((o) => o !== f).map((o) => `“${o.file}”`);
      duplicates.push({
        file: f.file,
        message:
          `班级“${s.className}”${termText(s.academicYear, s.semester)}的工作簿重复：与${others.join('、')}是同一班级同一学期，` +
          `两份都没有参加考核。请删除多余的一份后重新汇总。`,
      });
    }
  }
  return { unique, duplicates };
}
