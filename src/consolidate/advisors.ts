// Classes → advisors (SPEC §7.2 “Advisors, not files”), then the quota per profile and the flags.
import { advisorGrade, advisorKey, advisorProfile } from '../rules/advisors';
import { historyFlags, type HistoryEntry } from '../rules/history';
import type { MinimumResult, ProfileId, Status } from '../rules/model';
import { assignQuota, quotaSize, type Award } from '../rules/quota';
import type { AdvisorRow, ClassFileOk, PastResult, ProfileQuota } from './types';

const STATUS_ORDER: Status[] = ['unmet', 'pending', 'met', 'n/a'];

/** One status per minimum over several classes: the worst one wins. */
function combineStatuses(lists: ReadonlyArray<readonly MinimumResult[]>): Record<string, Status> {
  const out: Record<string, Status> = {};
  for (const list of lists) {
    for (const m of list) {
      const prev = out[m.name];
      if (prev === undefined || STATUS_ORDER.indexOf(m.status) < STATUS_ORDER.indexOf(prev)) out[m.name] = m.status;
    }
  }
  return out;
}

/** The term most of the classes are in (first seen on a tie). */
function mainTerm(files: readonly ClassFileOk[]): { academicYear: number | null; semester: 1 | 2 | null } {
  const counts = new Map<string, number>();
  let best = files[0];
  for (const f of files) {
    const k = `${f.settings.academicYear}/${f.settings.semester}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    const bk = `${best.settings.academicYear}/${best.settings.semester}`;
    if ((counts.get(k) ?? 0) > (counts.get(bk) ?? 0)) best = f;
  }
  return { academicYear: best.settings.academicYear, semester: best.settings.semester };
}

/** Groups the assessed class files by advisor, in order of first appearance. */
export function groupAdvisors(files: readonly ClassFileOk[]): AdvisorRow[] {
  const groups = new Map<string, ClassFileOk[]>();
  for (const f of files) {
    const key = advisorKey(f.settings.advisor, f.settings.department);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.entries()].map(([key, list]) => {
    const grades = list.map((f) => ({
      profile: f.evaluation.profile,
      grade: f.evaluation.grade,
      score: f.evaluation.score,
    }));
    const { grade, score } = advisorGrade(grades);
    return {
      key,
      advisor: list[0].settings.advisor,
      department: list[0].settings.department,
      profile: advisorProfile(grades),
      files: list.map((f) => f.file),
      classNames: list.map((f) => f.settings.className),
      grade,
      score,
      result: grade as Award,
      rank: null,
      tie: false,
      flags: [],
      note: '',
      ...mainTerm(list),
      statuses: combineStatuses(list.map((f) => f.evaluation.minimums)),
    };
  });
}

/** Profiles whose rules define points: only these rank advisors for 优秀 (SPEC §3.2: 阿克苏职院 does not). */
const RANKED: readonly ProfileId[] = ['财经学院'];

/** Applies rules/quota per profile; fills result, rank, tie and note in place. */
export function applyQuota(advisors: AdvisorRow[], ratio: number): ProfileQuota[] {
  const profiles: ProfileQuota[] = [];
  const byProfile = new Map<ProfileId, AdvisorRow[]>();
  for (const a of advisors) {
    const list = byProfile.get(a.profile);
    if (list) list.push(a);
    else byProfile.set(a.profile, [a]);
  }
  for (const [profile, list] of byProfile) {
    const quota = assignQuota(list, ratio);
    list.forEach((a, i) => {
      a.result = quota[i].award;
      a.rank = quota[i].rank;
      a.tie = quota[i].tie;
      a.note = quota[i].note;
    });
    profiles.push({
      profile,
      assessed: list.length,
      quota: RANKED.includes(profile) ? quotaSize(list.length, ratio) : null,
    });
  }
  return profiles;
}

/** Flags from rules/history over the past rows of the same advisor and this term's result; the tie flag. */
export function applyFlags(advisors: AdvisorRow[], past: readonly PastResult[], tieFlag: string): void {
  const byKey = new Map<string, HistoryEntry[]>();
  for (const p of past) {
    const key = advisorKey(p.advisor, p.department);
    const list = byKey.get(key) ?? [];
    list.push({ academicYear: p.academicYear, semester: p.semester, result: p.result });
    byKey.set(key, list);
  }
  for (const a of advisors) {
    const flags: string[] = [];
    if (a.tie) flags.push(tieFlag);
    if (a.academicYear !== null) {
      // This term's result is the newest entry; a past row of the same term is replaced by it.
      const history = (byKey.get(a.key) ?? []).filter(
        (e) => !(e.academicYear === a.academicYear && e.semester === a.semester),
      );
      history.push({ academicYear: a.academicYear, semester: a.semester, result: a.result });
      flags.push(...historyFlags(history));
    }
    a.flags = flags;
  }
}

const RESULT_ORDER: Award[] = ['优秀', '合格', '称职', '不称职', '不合格'];

/** 汇总 order: per profile (first seen), then result, then score (high first), then name. */
export function sortAdvisors(advisors: readonly AdvisorRow[]): AdvisorRow[] {
  const profiles = [...new Set(advisors.map((a) => a.profile))];
  return [...advisors].sort(
    (x, y) =>
      profiles.indexOf(x.profile) - profiles.indexOf(y.profile) ||
      RESULT_ORDER.indexOf(x.result) - RESULT_ORDER.indexOf(y.result) ||
      (y.score ?? -1) - (x.score ?? -1) ||
      x.advisor.localeCompare(y.advisor, 'zh-CN'),
  );
}
