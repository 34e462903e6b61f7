// A class file's result as the reader would give it, for consolidation tests (and the summary-write
// bench) that start from known per-file results rather than workbooks: judgedFile and minimum build
// any; classResult (one minimum per status, named 要求0, 要求1…) and cls (a file, an advisor and the
// 谈心 minimum, with overrides of its 设置表 facts) are the tests' usual two.
import type { ClassFileOk } from '../../src/consolidate/types';
import type { Evaluation, Grade, ProfileId, Status } from '../../src/rules/model';

type Minimum = Evaluation['minimums'][number];

/** A minimum as the rules give it: judgeable, no due date or pace; met when nothing is missing. */
export function minimum(
  id: string,
  name: string,
  required: number,
  actual: number,
  status: Status,
  missing: string[] = [],
): Minimum {
  return { id, name, required, actual, status, note: '', missing, judgeable: true, due: null, pace: null };
}

/** A judged class file: what varies, inside an evaluation of the first semester with no bonuses or diagnostics. */
export function judgedFile(
  file: string,
  e: Pick<Evaluation, 'profile' | 'class' | 'advisor' | 'grade' | 'score' | 'minimums'>,
  settings: ClassFileOk['settings'],
): ClassFileOk {
  const evaluation: Evaluation = {
    schema: 1,
    profile: e.profile,
    class: e.class,
    advisor: e.advisor,
    semester: 1,
    asOf: null,
    grade: e.grade,
    score: e.score,
    minimums: e.minimums,
    bonuses: [],
    diagnostics: [],
    window: { start: null, end: null, weeks: 18 },
  };
  return { file, evaluation, settings };
}

export function classResult(i: number, grade: Grade, score: number | null, statuses: Status[] = []): ClassFileOk {
  const minimums = statuses.map((status, k) => minimum(`m${k}`, `要求${k}`, 1, status === 'met' ? 1 : 0, status));
  return judgedFile(
    `c${i}.xlsx`,
    { profile: '财经学院', class: `班${i}`, advisor: `老师${i}`, grade, score, minimums },
    {
      department: '财经学院',
      className: `班${i}`,
      advisor: `老师${i}`,
      academicYear: 2026,
      semester: 1,
      profile: '财经学院',
    },
  );
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
  const talks = minimum('talks', '谈心', 3, 3 - missing.length, missing.length ? 'unmet' : 'met', missing);
  return judgedFile(
    file,
    { profile, class: facts.className ?? file, advisor, grade, score, minimums: [talks] },
    { department: '财经学院', className: file, advisor, academicYear: 2026, semester: 1, profile, ...facts },
  );
}
