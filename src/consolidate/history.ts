// Reading an earlier summary's 汇总结果表 back (--history): header + rows → past results. Pure; the
// command line finds the table in the file.
import { textKey } from '../rules/text';
import { parseTerm } from '../rules/history';
import { PROFILE_IDS, type ProfileId } from '../rules/model';
import type { Award } from '../rules/quota';
import { RESULT_HEADERS } from './labels';
import type { PastResult } from './types';

const AWARDS: readonly Award[] = ['优秀', '合格', '不合格', '称职', '不称职'];

const text = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v.trim() : String(v).trim();

/**
 * values[0] is the header row (any column order, extra columns ignored). Rows that cannot be read are
 * skipped and reported by worksheet position (row 2 is the first data row).
 */
export function parseResultRows(values: readonly (readonly unknown[])[]): { rows: PastResult[]; problems: string[] } {
  const header = (values[0] ?? []).map((h) => textKey(text(h)));
  const col = Object.fromEntries(RESULT_HEADERS.map((h) => [h, header.indexOf(textKey(h))])) as Record<
    (typeof RESULT_HEADERS)[number],
    number
  >;
  const missing = RESULT_HEADERS.filter((h) => h !== '得分' && h !== '院系' && col[h] < 0);
  if (missing.length > 0) return { rows: [], problems: [`汇总结果表缺少列：${missing.join('、')}。`] };
  const rows: PastResult[] = [];
  const problems: string[] = [];
  values.slice(1).forEach((row, i) => {
    const get = (h: (typeof RESULT_HEADERS)[number]) => (col[h] >= 0 ? row[col[h]] : null);
    const advisor = text(get('班主任'));
    if (advisor === '' && row.every((v) => text(v) === '')) return;
    const sem = text(get('学期'));
    const term = parseTerm(`${text(get('学年度'))}${sem === '' || sem === '年度' ? '' : `-${sem}`}`);
    const result = text(get('结论')) as Award;
    const profile = text(get('考核规则')) as ProfileId;
    if (!advisor || !term || !AWARDS.includes(result)) {
      problems.push(`汇总结果表第${i + 2}行无法读取（需要班主任、学年度、学期和结论），已跳过。`);
      return;
    }
    const score = get('得分');
    rows.push({
      advisor,
      department: text(get('院系')),
      profile: PROFILE_IDS.includes(profile) ? profile : '财经学院',
      academicYear: term.academicYear,
      semester: term.semester,
      result,
      score: typeof score === 'number' && Number.isFinite(score) ? score : null,
    });
  });
  return { rows, problems };
}
