// 学年度 and 学期 as written in 设置表 or given to `bzr template --year/--semester` (SPEC §1, §5).
// One reader each; `strict` is what the command line accepts (no bare year, no guessing).
import { textKey } from '../rules/text';
import type { Cell } from './cells';
import { FIRST_YEAR, LAST_YEAR } from './dates';

export interface TermOptions {
  /**
   * The command line's reading: 学年度 must be two consecutive years (2026-2027, 2026-27); 学期 must
   * be 1/2, 一/二 or 第一/第二学期, with nothing before it.
   */
  strict?: boolean;
}

const YEAR_RANGE_RE = /^(\d{4})年?(?:度)?[-—–~〜－−_/至到](\d{4}|\d{2})年?(?:学年度?|年度)?$/u;
const YEAR_ONE_RE = /^(\d{4})(?:年|学年度?|年度)?$/u;

const validYear = (y: number): boolean => Number.isInteger(y) && y >= FIRST_YEAR && y <= LAST_YEAR;

/** 学年度 → first year; `warn` is set when the text is readable but inconsistent (2026-2028). */
export function readAcademicYear(cell: Cell, opts: TermOptions = {}): { year: number | null; warn: string | null } {
  const none = { year: null, warn: null };
  if (cell.t === 'num') return !opts.strict && validYear(cell.v) ? { year: cell.v, warn: null } : none;
  if (cell.t !== 'str') return none;
  const s = textKey(cell.v);
  const m = YEAR_RANGE_RE.exec(s);
  if (m) {
    const first = Number(m[1]);
    const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (!validYear(first)) return none;
    if (second === first + 1) return { year: first, warn: null };
    const warn = `学年度“${cell.v}”前后两个年份不相连，`;
    return opts.strict
      ? { year: null, warn: `${warn}请改为如 ${first}-${first + 1} 的写法。` }
      : { year: first, warn: `${warn}已按 ${first}-${first + 1} 学年计算。请改为如 ${first}-${first + 1} 的写法。` };
  }
  const one = opts.strict ? null : YEAR_ONE_RE.exec(s);
  return one && validYear(Number(one[1])) ? { year: Number(one[1]), warn: null } : none;
}

const STRICT_SEMESTER_WORDS: Record<string, 1 | 2> = {
  '1': 1,
  '2': 2,
  一: 1,
  二: 2,
  第一学期: 1,
  第二学期: 2,
  第1学期: 1,
  第2学期: 2,
};

const SEMESTER_WORDS: Record<string, 1 | 2> = {
  ...STRICT_SEMESTER_WORDS,
  '1学期': 1,
  '2学期': 2,
  一学期: 1,
  二学期: 2,
  第一: 1,
  第二: 2,
  第1: 1,
  第2: 2,
  // 上学期 is the autumn term that opens the academic year; 下学期 the spring term.
  上: 1,
  下: 2,
  上学期: 1,
  下学期: 2,
  秋季学期: 1,
  春季学期: 2,
  秋季: 1,
  春季: 2,
};

export function readSemester(cell: Cell, opts: TermOptions = {}): 1 | 2 | null {
  if (cell.t === 'num') return cell.v === 1 || cell.v === 2 ? cell.v : null;
  if (cell.t !== 'str') return null;
  if (opts.strict) return STRICT_SEMESTER_WORDS[textKey(cell.v)] ?? null;
  // “2026-2027学年第一学期” → 第一学期
  const s = textKey(cell.v).replace(/^\d{4}.*?学年度?/u, '');
  return SEMESTER_WORDS[s] ?? null;
}
