// A class file's result as the reader would give it, for consolidation tests that start from known
// per-file results rather than workbooks: classResult (one minimum per status, named 要求0, 要求1…)
// and cls (a file, an advisor and the 谈心 minimum, with overrides of its 设置表 facts).
import type { ClassFileOk } from '../../src/consolidate/types';
import type { Evaluation, Grade, ProfileId, Status } from '../../src/rules/model';

export function classResult(i: number, grade: Grade, score: number | null, statuses: Status[] = []): ClassFileOk {
  return {
    file: `c${i}.xlsx`,
    evaluation: {
      schema: 1,
      profile: '财经学院',
      class: `班${i}`,
      advisor: `老师${i}`,
      semester: 1,
      asOf: null,
      grade,
      score,
      minimums: statuses.map((status, k) => ({
        id: `m${k}`,
        name: `要求${k}`,
        required: 1,
        actual: status === 'met' ? 1 : 0,
        status,
        note: '',
        missing: [],
        judgeable: true,
        due: null,
        pace: null,
      })),
      bonuses: [],
      diagnostics: [],
      window: { start: null, end: null, weeks: 18 },
    },
    settings: {
      department: '财经学院',
      className: `班${i}`,
      advisor: `老师${i}`,
      academicYear: 2026,
      semester: 1,
      profile: '财经学院',
    },
  };
}

/** A judged class file with a known score and the 谈心 minimum (unmet when names are missing). */
export function cls(
  file: string,
  advisor: string,
  grade: Grade,
  score: number | null,
  over: Partial<ClassFileOk['settings']> & { missing?: string[] } = {},
): ClassFileOk {
  const { missing = [], ...facts } = over;
  const profile: ProfileId = facts.profile ?? '财经学院';
  const evaluation: Evaluation = {
    schema: 1,
    profile,
    class: facts.className ?? file,
    advisor,
    semester: 1,
    asOf: null,
    grade,
    score,
    minimums: [
      {
        id: 'talks',
        name: '谈心',
        required: 3,
        actual: 3 - missing.length,
        status: missing.length ? 'unmet' : 'met',
        note: '',
        missing,
        judgeable: true,
        due: null,
        pace: null,
      },
    ],
    bonuses: [],
    diagnostics: [],
    window: { start: null, end: null, weeks: 18 },
  };
  return {
    file,
    evaluation,
    settings: { department: '财经学院', className: file, advisor, academicYear: 2026, semester: 1, profile, ...facts },
  };
}
