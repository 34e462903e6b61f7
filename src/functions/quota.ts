// BZR.QUOTA's cell adapter: the rules (rules/quota) grade each line and draw the 优秀 quota; this file
// only turns Excel's ranges into lines, says where a bad line is, and shapes the spill.
import { assignQuota, quotaEntry, readQuotaRatio, type QuotaEntry } from '../rules/quota';
import type { Grade } from '../rules/model';
import { isRawBlank, scalarCell } from './cells';
import { invalid } from './errors';
import { asMatrix } from './tables';

const FN = 'BZR.QUOTA';

/** Rows of an Excel sheet: a range this tall reaches the sheet's last row (B:B, B2:B1048576). */
const SHEET_ROWS = 1_048_576;

/**
 * How many rows of the scores hold advisors. A whole-column range (B:B) arrives with every trailing
 * blank row. On builds that pass blanks as 0 (SPEC §4.1) a blank looks like a score of 0: when the
 * range reaches the sheet's last row and the call holds no '' or null at all, the trailing lines of 0
 * are read as blank. (On such builds a 不合格 at the very end of a whole-column list needs its grade,
 * 不合格, in the grades range.) In any other range a 0 is a score: 不合格.
 */
function height(s: unknown[][], g: unknown[][] | null): number {
  const cellsOf = (i: number): unknown[] => (g ? [...s[i], ...g[i]] : s[i]);
  const blank = (c: unknown) => c === '' || c === null || c === undefined;
  let zeroIsBlank = s.length > SHEET_ROWS - 1000;
  for (let i = 0; zeroIsBlank && i < s.length; i++) if (cellsOf(i).some(blank)) zeroIsBlank = false;
  let end = s.length;
  while (end > 0 && cellsOf(end - 1).every((c) => isRawBlank(c, zeroIsBlank))) end--;
  return end;
}

/** The widest row (a loop: a whole column has a million rows, too many to spread into Math.max). */
function widthOf(m: readonly unknown[][]): number {
  let w = 0;
  for (const row of m) if (row.length > w) w = row.length;
  return w;
}

function where(i: number, j: number, oneRow: boolean, width: number): string {
  return oneRow ? `第${j + 1}个` : `第${i + 1}行${width > 1 ? `第${j + 1}列` : ''}`;
}

function problem(e: Exclude<QuotaEntry, { kind: 'ok' } | { kind: 'blank' }>, pos: string, cell: unknown): never {
  switch (e.kind) {
    case 'bad-score':
      return invalid(`${FN}：分数区域${pos}的“${String(cell)}”不是分数。请填写数字（不合格填 0）。`);
    case 'bad-grade':
      return invalid(`${FN}：等级区域${pos}的“${String(cell)}”无法识别。请填写 合格、不合格、称职 或 不称职。`);
    default:
      return invalid(
        `${FN}：分数区域${pos}的 ${e.score} 分既不是 0（不合格）也不低于合格基础分 ${e.passScore}。请传入第2个参数（等级）说明每人的等级。`,
      );
  }
}

/** The spilled answer: 优秀/合格/不合格 (or the grade written) per score, '' for blank lines. */
export function quotaAnswer(scores: unknown, grades: unknown, ratio: unknown): string[][] {
  const s0 = asMatrix(scores, `${FN} 的第1个参数（分数）`);
  const g0 = grades === null || grades === undefined ? null : asMatrix(grades, `${FN} 的第2个参数（等级）`);
  const width = widthOf(s0);
  const gWidth = g0 ? widthOf(g0) : width;
  if (g0 && (g0.length !== s0.length || gWidth !== width)) {
    // A single blank cell for the optional grades reads as “no grades”.
    if (!(g0.length === 1 && gWidth === 1 && isRawBlank(g0[0][0], true))) {
      invalid(
        `${FN}：等级区域（${g0.length}行×${gWidth}列）与分数区域（${s0.length}行×${width}列）大小不同。请选择与分数逐行对应的等级区域。`,
      );
    }
  }
  const g = g0 && g0.length === s0.length ? g0 : null;
  const r = readQuotaRatio(scalarCell(ratio));
  if (r === null) {
    invalid(`${FN} 的第3个参数（优秀比例）应为 0 到 1 之间的小数或百分数，如 30% 或 0.3（现为“${String(ratio)}”）。`);
  }
  const n = height(s0, g);
  const items: Array<{ score: number | null; grade: Grade }> = [];
  const at: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < width; j++) {
      const score = scalarCell(s0[i][j]);
      const grade = g ? scalarCell(g[i][j]) : '';
      const e = quotaEntry(score, grade);
      if (e.kind === 'blank') continue;
      if (e.kind !== 'ok') problem(e, where(i, j, s0.length === 1, width), e.kind === 'bad-grade' ? grade : score);
      items.push({ score: e.score, grade: e.grade });
      at.push([i, j]);
    }
  }
  const out: string[][] = Array.from({ length: Math.max(n, 1) }, () => new Array<string>(width).fill(''));
  assignQuota(items, r).forEach((res, k) => {
    const [i, j] = at[k];
    out[i][j] = res.tie ? `${res.award}（${res.note}）` : res.award;
  });
  return out;
}
