// Flags from past results (阿克苏职院 第九条、第三十二条、第三十三条; SPEC §3.2), for the consolidation.
import { textKey } from './text';
import type { Award } from './quota';

export interface HistoryEntry {
  /** First year of 学年度 (2026 for 2026-2027). */
  academicYear: number;
  /** 1 or 2 for a semester result; null for an annual (年度) result. */
  semester: 1 | 2 | null;
  result: Award;
}

export const FLAG_DISMISS = '第九条：连续两学期考核不合格，予以解聘';
export const FLAG_REWARD = '第三十二条：物质奖励、荣誉证书，优先推荐自治区优秀班主任';
export const FLAG_TOP_TEN = '第三十三条：考核为优秀或称职，可参加学院“十佳班主任”评选';

const failed = (r: Award): boolean => r === '不合格' || r === '不称职';

/** Reads 学年度/学期 text such as `2026-2027-1`, `2026-2027学年第二学期`, `2026—2027 第1学期`, `2026-2027`. */
export function parseTerm(text: string): { academicYear: number; semester: 1 | 2 | null } | null {
  const s = textKey(text);
  const m = /^(\d{4})(?:[-—–~～至到](?:\d{4}|\d{2}))?(?:学年度?|年度)?(?:[-—–_/第]*([12一二])(?:学期)?)?$/.exec(s);
  if (!m) return null;
  const sem = m[2] === undefined ? null : m[2] === '1' || m[2] === '一' ? 1 : 2;
  return { academicYear: Number(m[1]), semester: sem };
}

/**
 * Entries oldest → newest (the order is also re-derived from academicYear/semester). The flags judge the
 * advisor's CURRENT standing:
 * - 第九条 “连续两学期工作考核不合格者”: the latest semester result and the one of the term just before it
 *   (consecutive terms: year y semester 1 → 2 → year y+1 semester 1) are both 不合格/不称职.
 * - 第三十二条 “年度考核连续三年优秀”: the latest three academic years with a year result are consecutive and
 *   each 优秀. A year's result is its annual entry; without one, a year whose two semesters are both 优秀.
 * - 第三十三条 “考核为优秀或称职者，可参加学院‘十佳班主任’评选”: the latest result is 优秀 or 称职.
 */
export function historyFlags(history: readonly HistoryEntry[]): string[] {
  const flags: string[] = [];
  const order = (e: HistoryEntry): number => e.academicYear * 3 + (e.semester ?? 3);
  const sorted = history.map((e, i) => ({ e, i })).sort((a, b) => order(a.e) - order(b.e) || a.i - b.i);

  const semesters = new Map<number, Award>(); // term index (year*2 + semester-1) → result, latest entry wins
  for (const { e } of sorted) if (e.semester !== null) semesters.set(e.academicYear * 2 + (e.semester - 1), e.result);
  if (semesters.size > 0) {
    const last = Math.max(...semesters.keys());
    const prev = semesters.get(last - 1);
    if (failed(semesters.get(last) as Award) && prev !== undefined && failed(prev)) flags.push(FLAG_DISMISS);
  }

  const years = new Map<number, Award>();
  for (const { e } of sorted) if (e.semester === null) years.set(e.academicYear, e.result);
  const allYears = new Set<number>([...years.keys(), ...[...semesters.keys()].map((t) => Math.floor(t / 2))]);
  const yearResult = (y: number): Award | null => {
    const annual = years.get(y);
    if (annual !== undefined) return annual;
    const s1 = semesters.get(y * 2);
    const s2 = semesters.get(y * 2 + 1);
    if (s1 === undefined || s2 === undefined) return null; // the year is not complete
    return s1 === '优秀' && s2 === '优秀' ? '优秀' : s1;
  };
  const complete = [...allYears].filter((y) => yearResult(y) !== null).sort((a, b) => a - b);
  if (complete.length >= 3) {
    const [a, b, c] = complete.slice(-3);
    if (b === a + 1 && c === b + 1 && [a, b, c].every((y) => yearResult(y) === '优秀')) flags.push(FLAG_REWARD);
  }

  if (sorted.length > 0) {
    const latest = sorted[sorted.length - 1].e.result;
    if (latest === '优秀' || latest === '称职') flags.push(FLAG_TOP_TEN);
  }
  return flags;
}
