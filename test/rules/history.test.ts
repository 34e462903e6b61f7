// 第九条、第三十二条、第三十三条 (seed 000).
import { FLAG_DISMISS, FLAG_REWARD, FLAG_TOP_TEN, historyFlags, parseTerm, type HistoryEntry } from '../../src/rules';

const sem = (academicYear: number, semester: 1 | 2, result: HistoryEntry['result']): HistoryEntry => ({
  academicYear,
  semester,
  result,
});
const year = (academicYear: number, result: HistoryEntry['result']): HistoryEntry => ({
  academicYear,
  semester: null,
  result,
});

describe('historyFlags', () => {
  test('exact wording', () => {
    expect(FLAG_DISMISS).toBe('第九条：连续两学期考核不合格，予以解聘');
    expect(FLAG_REWARD).toBe('第三十二条：物质奖励、荣誉证书，优先推荐自治区优秀班主任');
    expect(FLAG_TOP_TEN).toContain('第三十三条');
  });

  test('“连续两学期工作考核不合格者” → dismissal flag; not consecutive → none', () => {
    expect(historyFlags([sem(2025, 1, '合格'), sem(2025, 2, '不合格'), sem(2026, 1, '不合格')])).toEqual([
      FLAG_DISMISS,
    ]);
    expect(historyFlags([sem(2025, 2, '不称职'), sem(2026, 1, '不称职')])).toEqual([FLAG_DISMISS]);
    expect(historyFlags([sem(2025, 1, '不合格'), sem(2025, 2, '合格'), sem(2026, 1, '不合格')])).toEqual([]);
    expect(historyFlags([sem(2024, 2, '不合格'), sem(2026, 1, '不合格')])).toEqual([]); // a gap
    expect(historyFlags([sem(2026, 1, '不合格')])).toEqual([]);
  });

  test('“年度考核连续三年优秀” → reward flag; two years or a gap → none', () => {
    expect(historyFlags([year(2023, '优秀'), year(2024, '优秀'), year(2025, '优秀')])).toEqual([
      FLAG_REWARD,
      FLAG_TOP_TEN,
    ]);
    expect(historyFlags([year(2024, '优秀'), year(2025, '优秀')])).toEqual([FLAG_TOP_TEN]);
    expect(historyFlags([year(2022, '优秀'), year(2023, '称职'), year(2024, '优秀'), year(2025, '优秀')])).toEqual([
      FLAG_TOP_TEN,
    ]);
    // a year without an annual result: both semesters 优秀
    expect(historyFlags([year(2023, '优秀'), year(2024, '优秀'), sem(2025, 1, '优秀'), sem(2025, 2, '优秀')])).toEqual([
      FLAG_REWARD,
      FLAG_TOP_TEN,
    ]);
  });

  test('“考核为优秀或称职者，可参加学院‘十佳班主任’评选” (latest result)', () => {
    expect(historyFlags([sem(2026, 1, '称职')])).toEqual([FLAG_TOP_TEN]);
    expect(historyFlags([sem(2025, 2, '优秀'), sem(2026, 1, '合格')])).toEqual([]);
    expect(historyFlags([])).toEqual([]);
  });

  test('entries are ordered by term whatever the input order', () => {
    expect(historyFlags([sem(2026, 1, '不合格'), sem(2025, 2, '不合格')])).toEqual([FLAG_DISMISS]);
  });

  test('parseTerm', () => {
    expect(parseTerm('2026-2027-1')).toEqual({ academicYear: 2026, semester: 1 });
    expect(parseTerm('2026-2027学年第二学期')).toEqual({ academicYear: 2026, semester: 2 });
    expect(parseTerm('2026—2027 第1学期')).toEqual({ academicYear: 2026, semester: 1 });
    expect(parseTerm('2026-2027')).toEqual({ academicYear: 2026, semester: null });
    expect(parseTerm('明年')).toBeNull();
  });
});
