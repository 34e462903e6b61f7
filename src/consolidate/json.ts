// The --json object, exactly as SPEC §7.2.
import type { Consolidation } from './types';

export interface ConsolidationJson {
  schema: 1;
  ratio: number;
  assessed: number;
  quota: number;
  advisors: Array<{
    advisor: string;
    department: string;
    classes: string[];
    grade: string;
    score: number | null;
    result: string;
    rank: number | null;
    flags: string[];
  }>;
  classes: Array<{
    file: string;
    class: string;
    advisor: string;
    profile: string;
    academicYear: string | null;
    semester: 1 | 2 | null;
    grade: string;
    score: number | null;
  }>;
  errors: Array<{ file: string; message: string }>;
}

/** 学年度 as written in 设置表 (2026-2027). */
export const yearText = (y: number | null): string | null => (y === null ? null : `${y}-${y + 1}`);

export function consolidationJson(c: Consolidation): ConsolidationJson {
  return {
    schema: 1,
    ratio: c.ratio,
    assessed: c.assessed,
    quota: c.quota,
    advisors: c.advisors.map((a) => ({
      advisor: a.advisor,
      department: a.department,
      classes: a.files,
      grade: a.grade,
      score: a.score,
      result: a.result,
      rank: a.rank,
      flags: a.flags,
    })),
    classes: c.classes.map((k) => ({
      file: k.file,
      class: k.className,
      advisor: k.advisor,
      profile: k.profile,
      academicYear: yearText(k.academicYear),
      semester: k.semester,
      grade: k.grade,
      score: k.score,
    })),
    errors: c.errors,
  };
}
