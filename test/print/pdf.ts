// PDF helpers for the print tests (poppler-utils): page count, text of each page, PNGs to look at.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export function pdfPageCount(pdf: string): number {
  const r = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/mu.exec(r.stdout);
  if (!m) throw new Error(`pdfinfo failed: ${r.stderr}`);
  return Number(m[1]);
}

/** Text of every page, whitespace (also U+3000) removed so that spaced labels compare simply. */
export function pdfPageTexts(pdf: string): string[] {
  const n = pdfPageCount(pdf);
  return Array.from({ length: n }, (_, i) => {
    const r = spawnSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' });
    return r.stdout.replace(/[\s\u3000]+/gu, '');
  });
}

/** Renders every page to `dir/prefix-N.png` (width in pixels) for looking at. */
export function pdfToPngs(pdf: string, dir: string, prefix: string, width = 900): string[] {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.startsWith(`${prefix}-`)) fs.rmSync(path.join(dir, f));
  spawnSync('pdftoppm', ['-png', '-scale-to-x', String(width), '-scale-to-y', '-1', pdf, path.join(dir, prefix)]);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .map((f) => path.join(dir, f));
}

/** What every printed page of the full workbook must show, in booklet order (see helpers.fullWorkbook). */
export const EXPECTED_PAGES: readonly (readonly string[])[] = [
  ['班主任工作职责及量化记录表', '2026—2027学年度第一学期', '大数据与会计', '会计2301', '李老师'],
  [
    '编号：1',
    '班会记录表',
    '2026—2027学年度第一学期',
    '开学第一课',
    '2026年9月8日',
    '应到：6人，实到：5人',
    '王五（病假）',
    '班长、团支书签字',
  ],
  ['编号：2', '班会记录表', '2026—2027学年度第一学期', '国庆安全教育', '2026年9月29日'],
  ['编号：1', '谈话记录表', '2026—2027学年度第一学期', '学生002', '制定每周学习计划', '签名：'],
  ['编号：1', '谈心记录表', '2026—2027学年度第一学期', '学生001', '第1次谈心', '学生030'],
  ['编号：2', '谈心记录表', '2026—2027学年度第一学期', '学生031', '第31次谈心'],
  ['编号：1', '班级活动登记表', '2026—2027学年度第一学期', '志愿服务', '团支部', '班主任签字'],
  ['编号：1', '走访宿舍记录表', '2026—2027学年度第一学期', '排查安全隐患；发现问题：插线板', '已收走'],
  ['编号：1', '联系学生家长记录表', '2026—2027学年度第一学期', '学生001家长', '家长同意', '表现优秀报喜'],
];
