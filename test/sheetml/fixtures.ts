// Consolidations and plans for the SpreadsheetML writer's tests.
import type { ClassFileOk } from '../../src/consolidate/types';

/** A judged class file with a known score (as test/consolidate/write.test.ts builds them). */
export function cls(i: number, text: string, extra: Partial<ClassFileOk['evaluation']> = {}): ClassFileOk {
  return {
    file: `${text}.xlsx`,
    evaluation: {
      schema: 1,
      profile: '财经学院',
      class: text,
      advisor: text,
      semester: 1,
      grade: '合格',
      asOf: null,
      score: 70 + i,
      minimums: [],
      bonuses: [],
      diagnostics: [],
      window: { start: null, end: null, weeks: 18 },
      ...extra,
    },
    settings: {
      department: text,
      className: text,
      advisor: text,
      academicYear: 2026,
      semester: 1,
      profile: '财经学院',
    },
  };
}
