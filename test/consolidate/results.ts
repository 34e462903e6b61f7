// A class file's result as the reader would give it, for consolidation tests that start from known
// per-file results rather than workbooks: one minimum per status, named 要求0, 要求1…
import type { ClassFileOk } from '../../src/consolidate/types';
import type { Grade, Status } from '../../src/rules/model';

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
