// The pure core of `bzr consolidate` (SPEC §7.2): per-file results in, the whole consolidation out.
// No I/O: the command line and the pane feed it, src/consolidate/sheets lays it out.
import type { Diagnostic } from '../rules/model';
import { TIE_NOTE } from '../rules/quota';
import { textKey } from '../rules/text';
import { applyFlags, applyQuota, groupAdvisors, sortAdvisors } from './advisors';
import { splitDuplicates, termText } from './duplicates';
import {
  isError,
  type ClassFileOk,
  type ClassFileResult,
  type ClassRow,
  type Consolidation,
  type ConsolidateOptions,
  type PastResult,
} from './types';

function problems(diags: readonly Diagnostic[]): ClassRow['problems'] {
  let errors = 0;
  let warnings = 0;
  for (const d of diags) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

function classRow(f: ClassFileOk): ClassRow {
  const s = f.settings;
  return {
    file: f.file,
    className: s.className,
    advisor: s.advisor,
    department: s.department,
    profile: f.evaluation.profile,
    academicYear: s.academicYear,
    semester: s.semester,
    grade: f.evaluation.grade,
    score: f.evaluation.score,
    minimums: f.evaluation.minimums,
    problems: problems(f.evaluation.diagnostics),
  };
}

/** “Mixed terms or profiles are warned about.” */
function mixWarnings(files: readonly ClassFileOk[]): string[] {
  const out: string[] = [];
  const terms = [...new Set(files.map((f) => termText(f.settings.academicYear, f.settings.semester)))];
  if (terms.length > 1) {
    out.push(
      `输入的工作簿属于不同学期（${terms.join('、')}）。请确认是否应放在一起汇总；优秀名额按一起汇总的班主任计算。`,
    );
  }
  const profiles = [...new Set(files.map((f) => f.evaluation.profile))];
  if (profiles.length > 1) {
    out.push(
      `输入的工作簿使用了不同的考核规则（${profiles.join('、')}）。各规则分别计算名额：财经学院按得分排名，阿克苏职院给出称职/不称职建议，优秀由系（部）考核认定。`,
    );
  }
  return out;
}

/** Past rows of other terms plus this term's results (the newest row of a term and advisor wins). */
function carriedResults(past: readonly PastResult[], current: readonly PastResult[]): PastResult[] {
  const key = (p: PastResult) => `${p.department}\u0000${p.advisor}\u0000${p.academicYear}\u0000${p.semester}`;
  const rows = new Map<string, PastResult>();
  for (const p of [...past, ...current]) {
    rows.delete(key(p));
    rows.set(key(p), p);
  }
  return [...rows.values()].sort((a, b) => a.academicYear - b.academicYear || (a.semester ?? 3) - (b.semester ?? 3));
}

export function consolidate(results: readonly ClassFileResult[], options: ConsolidateOptions): Consolidation {
  const ratio = Number.isFinite(options.ratio) ? Math.min(1, Math.max(0, options.ratio)) : 0.3;
  const errors = results.filter(isError).map((r) => ({ file: r.file, message: r.error }));
  const readable: ClassFileOk[] = [];
  for (const r of results) {
    if (isError(r)) continue;
    if (textKey(r.settings.advisor) === '') {
      errors.push({
        file: r.file,
        message: '设置表中没有填写班主任，无法按班主任汇总。请在“设置”工作表填写班主任后重新汇总。',
      });
    } else readable.push(r);
  }
  const { unique, duplicates } = splitDuplicates(readable);
  errors.push(...duplicates);

  const grouped = groupAdvisors(unique);
  const profiles = applyQuota(grouped, ratio);
  applyFlags(grouped, options.history, TIE_NOTE);
  const advisors = sortAdvisors(grouped);
  const current: PastResult[] = advisors
    .filter((a) => a.academicYear !== null)
    .map((a) => ({
      advisor: a.advisor,
      department: a.department,
      profile: a.profile,
      academicYear: a.academicYear as number,
      semester: a.semester,
      result: a.result,
      score: a.score,
    }));
  return {
    ratio,
    mask: options.mask,
    date: options.date,
    assessed: advisors.length,
    quota: profiles.reduce((s, p) => s + (p.quota ?? 0), 0),
    profiles,
    advisors,
    classes: unique.map(classRow),
    errors,
    warnings: mixWarnings(unique),
    results: carriedResults(options.history, current),
  };
}
