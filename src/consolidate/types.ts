// Plain data of the counsellor's consolidation (SPEC §7.2). Everything here is structured-clone safe:
// per-file results travel back from worker threads.
import type { Award } from '../rules/quota';
import type { Evaluation, Grade, MinimumResult, ProfileId } from '../rules/model';

/** The 设置表 facts the consolidation needs beside the evaluation. */
export interface ClassSettings {
  department: string;
  className: string;
  advisor: string;
  /** First year of 学年度, or null when missing. */
  academicYear: number | null;
  semester: 1 | 2 | null;
  profile: ProfileId;
}

export interface ClassFileOk {
  file: string;
  evaluation: Evaluation;
  settings: ClassSettings;
}

export interface ClassFileError {
  file: string;
  /** Chinese message (what is wrong and what to do). */
  error: string;
  /** The same in English (stderr only). */
  errorEn?: string;
}

export type ClassFileResult = ClassFileOk | ClassFileError;

export const isError = (r: ClassFileResult): r is ClassFileError => 'error' in r;

/** One row of an earlier summary's 汇总结果表 (or of this one). */
export interface PastResult {
  advisor: string;
  department: string;
  profile: ProfileId;
  academicYear: number;
  semester: 1 | 2 | null;
  result: Award;
  score: number | null;
}

export interface ConsolidateOptions {
  /** 优秀 ratio, 0–1 (default 0.3). */
  ratio: number;
  mask: boolean;
  history: readonly PastResult[];
  /** When the summary was made (ISO date, shown in 说明). */
  date: string;
}

export interface ClassRow {
  file: string;
  className: string;
  advisor: string;
  department: string;
  profile: ProfileId;
  academicYear: number | null;
  semester: 1 | 2 | null;
  grade: Grade;
  score: number | null;
  minimums: MinimumResult[];
  /** Record problems found by the reader and the rules. */
  problems: { errors: number; warnings: number };
}

export interface AdvisorRow {
  key: string;
  advisor: string;
  department: string;
  profile: ProfileId;
  /** Files of the advisor's classes. */
  files: string[];
  classNames: string[];
  grade: Grade;
  score: number | null;
  result: Award;
  rank: number | null;
  tie: boolean;
  flags: string[];
  note: string;
  academicYear: number | null;
  semester: 1 | 2 | null;
  /** Each minimum (by name) over the advisor's classes: unmet if any class's is, then pending, met, n/a. */
  statuses: Record<string, MinimumResult['status']>;
}

export interface ProfileQuota {
  profile: ProfileId;
  assessed: number;
  /** null: this profile defines no points, 优秀 is the department's decision. */
  quota: number | null;
}

export interface Consolidation {
  ratio: number;
  mask: boolean;
  date: string;
  assessed: number;
  quota: number;
  profiles: ProfileQuota[];
  /** In the order of the 汇总 sheet: per profile, by result and rank. */
  advisors: AdvisorRow[];
  classes: ClassRow[];
  errors: Array<{ file: string; message: string }>;
  warnings: string[];
  /** What the 汇总结果表 carries: the past rows read with --history plus this term's rows. */
  results: PastResult[];
}
