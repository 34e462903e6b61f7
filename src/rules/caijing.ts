// 财经学院 profile (seed 004, SPEC §3.1): five minimums, grade 合格/不合格, score 60–90 via points().
import { absentText, emptyBlocks, listText, type Scope } from './calendar';
import { TABLE_NAMES } from './model';
import type { BonusResult, Diagnostic, Grade, MinimumResult } from './model';
import { points } from './points';

/**
 * 活动类型 values that never count as a 班级活动: “班会、布置和检查工作不属于班级活动之列”.
 * records/schema.ts imports this list; compare with isCountingActivityType().
 */
export const NON_ACTIVITY_TYPES = ['班会', '班委会', '布置检查工作', '布置和检查工作', '布置工作', '检查工作'] as const;

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');
const NON_ACTIVITY_SET = new Set<string>(NON_ACTIVITY_TYPES.map(norm));

/** Whether an activity of this 活动类型 can count. Any type ending in 班会 (主题班会…) is a 班会, not an activity. */
export function isCountingActivityType(type: string): boolean {
  const t = norm(type);
  return !NON_ACTIVITY_SET.has(t) && !t.endsWith('班会');
}

export interface ProfileResult {
  grade: Grade;
  score: number | null;
  minimums: MinimumResult[];
  bonuses: BonusResult[];
  diagnostics: Diagnostic[];
}

/** Per-student qualifying-talk counts (“a talk counts once for each student it names”). */
function talkCounts(scope: Scope, diagnostics: Diagnostic[]): Int32Array {
  const { params: p, records } = scope;
  const perStudent = new Int32Array(records.roster.length);
  for (const t of scope.talks) {
    // “如果集体谈心，学生人数不能超过8人”: an oversized group talk counts for nobody.
    if (t.size > p.groupTalkMax) {
      diagnostics.push({
        table: TABLE_NAMES.talks,
        row: t.row,
        column: '姓名',
        severity: 'error',
        message: `谈心记录表第${t.row}行：集体谈心不能超过${p.groupTalkMax}人（本行${t.size}人），本行不计入任何学生。请把学生分成每组不超过${p.groupTalkMax}人，分行登记。`,
      });
      continue;
    }
    // “每次谈心不少于5分钟”.
    if (t.minutes < p.talkMinMinutes) {
      diagnostics.push({
        table: TABLE_NAMES.talks,
        row: t.row,
        column: '时长（分钟）',
        severity: 'warning',
        message: `谈心记录表第${t.row}行：时长${t.minutes}分钟，少于${p.talkMinMinutes}分钟（每次谈心不少于${p.talkMinMinutes}分钟），不计入。如记录有误请改正时长。`,
      });
      continue;
    }
    for (const s of t.students) if (s >= 0 && s < perStudent.length) perStudent[s]++;
  }
  for (const iv of scope.interviews) {
    // 谈话记录表 is the detailed form of a talk (“使用《班主任谈话记录表》进行比较详细的记录”); its 时长 is
    // optional, so a blank 时长 counts, a filled one must reach the minimum.
    if (iv.minutes !== null && iv.minutes < p.talkMinMinutes) {
      diagnostics.push({
        table: TABLE_NAMES.interviews,
        row: iv.row,
        column: '时长（分钟）',
        severity: 'warning',
        message: `谈话记录表第${iv.row}行：时长${iv.minutes}分钟，少于${p.talkMinMinutes}分钟，不计入谈心。如记录有误请改正时长。`,
      });
      continue;
    }
    for (const s of iv.students) if (s >= 0 && s < perStudent.length) perStudent[s]++;
  }
  return perStudent;
}

export function evaluateCaijing(scope: Scope): ProfileResult {
  const { params: p, records, window, names } = scope;
  const { settings, roster } = records;
  const diagnostics: Diagnostic[] = [];
  const N = roster.length;
  const minimums: MinimumResult[] = [];
  const cadence = window.start !== null;

  // M1 — “在校各班每三周召开1次” (班委会 is a different meeting: only 类型 = 班会 counts).
  const classMeetings = scope.meetings.filter((m) => m.kind === '班会');
  const meetingsRequired = Math.floor(p.weeks / p.meetingInterval);
  {
    const n = classMeetings.length;
    const absent = absentText(records, 'meetings');
    if (settings.classStatus === '实习') {
      minimums.push({
        id: 'meetings',
        name: '班会',
        required: meetingsRequired,
        actual: n,
        status: 'n/a',
        note: `班会：实习班级不按“在校各班每${p.meetingInterval}周召开1次”考核，本学期已登记${n}次${absent}。`,
        missing: [],
      });
    } else {
      const blocks = cadence
        ? emptyBlocks(
            classMeetings.map((m) => m.date),
            window,
            p.meetingInterval,
          )
        : [];
      for (const b of blocks) {
        diagnostics.push({
          table: TABLE_NAMES.meetings,
          row: null,
          column: null,
          severity: 'warning',
          message: `班会记录表：${b}没有班会（在校各班每${p.meetingInterval}周召开1次）。如已召开，请补登记。`,
        });
      }
      const met = n >= meetingsRequired;
      const gap = met ? '' : `，还差${meetingsRequired - n}次`;
      const blockText = blocks.length ? `；${blocks.join('、')}没有班会` : '';
      minimums.push({
        id: 'meetings',
        name: '班会',
        required: meetingsRequired,
        actual: n,
        status: met ? 'met' : 'unmet',
        note: `班会：本学期已召开${n}次，要求至少${meetingsRequired}次（每${p.meetingInterval}周1次）${gap}${blockText}${absent}。`,
        missing: blocks,
      });
    }
  }

  // M2 — “每学期每个学生谈心1次，每次谈心不少于5分钟”.
  const perStudent = talkCounts(scope, diagnostics);
  let covered = 0;
  let twice = 0;
  const notCovered: string[] = [];
  for (let i = 0; i < N; i++) {
    if (perStudent[i] >= 1) covered++;
    else notCovered.push(names[i]);
    if (perStudent[i] >= 2) twice++;
  }
  {
    const absent = absentText(records, 'talks');
    let note: string;
    if (N === 0) {
      note = `谈心：学生名册为空，无法判断是否每个学生都谈过心。请先在“学生名册”工作表填写全班学生${absent}。`;
    } else if (covered === N) {
      note = `谈心：已覆盖全部${N}名学生${absent}。`;
    } else {
      note = `谈心：已覆盖${covered}/${N}名学生，还差：${listText(notCovered)}${absent}。`;
    }
    minimums.push({
      id: 'talks',
      name: '谈心',
      required: N,
      actual: covered,
      status: N > 0 && covered === N ? 'met' : 'unmet',
      note,
      missing: notCovered,
    });
  }

  // M3 — “每个学期参加1次班级学生集体活动”; “班级活动是指班主任参与的班级集体活动…班会、布置和检查工作不属于班级活动之列”.
  let activities = 0;
  for (const a of scope.activities) {
    if (!a.advisorPresent) {
      diagnostics.push({
        table: TABLE_NAMES.activities,
        row: a.row,
        column: '班主任参加',
        severity: 'info',
        message: `班级活动登记表第${a.row}行：班主任未参加，不计入班级活动（班级活动是指班主任参与的班级集体活动）。`,
      });
    } else if (!isCountingActivityType(a.type)) {
      diagnostics.push({
        table: TABLE_NAMES.activities,
        row: a.row,
        column: '活动类型',
        severity: 'info',
        message: `班级活动登记表第${a.row}行：活动类型“${a.type}”不属于班级活动之列，不计入。班会请登记在班会记录表。`,
      });
    } else activities++;
  }
  {
    const met = activities >= p.activitiesMin;
    const absent = absentText(records, 'activities');
    minimums.push({
      id: 'activities',
      name: '班级活动',
      required: p.activitiesMin,
      actual: activities,
      status: met ? 'met' : 'unmet',
      note: met
        ? `班级活动：本学期班主任参加${activities}次，要求至少${p.activitiesMin}次${absent}。`
        : `班级活动：本学期班主任参加${activities}次，要求至少${p.activitiesMin}次，还差${p.activitiesMin - activities}次${absent}。`,
      missing: [],
    });
  }

  // M4 — “每两周走访学生宿舍1次且每个宿舍每学期走访1次” (A), or “如果一次将所有宿舍走遍，则每个学期不应少于3次” (B).
  const rosterDorms = new Map<string, string>(); // dormKey → display name as typed in 学生名册
  for (const s of roster) if (s.dormKey && !rosterDorms.has(s.dormKey)) rosterDorms.set(s.dormKey, s.dorm || s.dormKey);
  const visitsPerDorm = new Map<string, number>();
  let sweeps = 0;
  for (const v of scope.dormVisits) {
    const keys = new Set<string>(v.dorms);
    if (v.all) for (const k of rosterDorms.keys()) keys.add(k);
    for (const k of keys) visitsPerDorm.set(k, (visitsPerDorm.get(k) ?? 0) + 1);
    if (rosterDorms.size > 0) {
      let all = true;
      for (const k of rosterDorms.keys()) {
        if (!keys.has(k)) {
          all = false;
          break;
        }
      }
      if (all) sweeps++;
    }
  }
  const visitsRequired = Math.floor(p.weeks / p.dormInterval);
  const visits = scope.dormVisits.length;
  const neverVisited: string[] = [];
  for (const [k, label] of rosterDorms) if (!visitsPerDorm.has(k)) neverVisited.push(label);
  const altA = visits >= visitsRequired && neverVisited.length === 0;
  // With no dorms in the roster there is nothing to sweep: (B) does not apply.
  const altB = rosterDorms.size > 0 && sweeps >= p.fullSweeps;
  {
    const absent = absentText(records, 'dormVisits');
    // (B) replaces the two-week cadence, so its block warnings are only given when (B) is not met.
    const blocks =
      cadence && !altB
        ? emptyBlocks(
            scope.dormVisits.map((v) => v.date),
            window,
            p.dormInterval,
          )
        : [];
    for (const b of blocks) {
      diagnostics.push({
        table: TABLE_NAMES.dormVisits,
        row: null,
        column: null,
        severity: 'warning',
        message: `走访宿舍记录表：${b}没有走访宿舍（每${p.dormInterval}周走访学生宿舍1次）。如已走访，请补登记。`,
      });
    }
    let note: string;
    const dormText =
      rosterDorms.size === 0
        ? '（学生名册未填宿舍，只按次数判断）'
        : neverVisited.length
          ? `，从未走访：${listText(neverVisited, 10, '个宿舍')}`
          : `，${rosterDorms.size}个宿舍都已走访`;
    if (altA) {
      note = `走访宿舍：本学期走访${visits}次，达到每${p.dormInterval}周1次（至少${visitsRequired}次）且每个宿舍都已走访${rosterDorms.size === 0 ? '（学生名册未填宿舍，只按次数判断）' : ''}${absent}。`;
    } else if (altB) {
      note = `走访宿舍：本学期有${sweeps}次走遍所有宿舍，达到“一次将所有宿舍走遍，每学期不少于${p.fullSweeps}次”的要求${absent}。`;
    } else {
      const sweepText = rosterDorms.size > 0 ? `；或走遍所有宿舍${p.fullSweeps}次（现有${sweeps}次）` : '';
      note = `走访宿舍：本学期走访${visits}次，要求至少${visitsRequired}次${rosterDorms.size > 0 ? '且每个宿舍至少1次' : ''}${sweepText}${dormText}${absent}。`;
    }
    minimums.push({
      id: 'dormVisits',
      name: '走访宿舍',
      required: visitsRequired,
      actual: visits,
      status: altA || altB ? 'met' : 'unmet',
      note,
      missing: neverVisited,
    });
  }

  // M5 — “每个学年和每个学生的家长联系1次”: judged at the end of the year (semester 2), pending before.
  const contactedYear = new Uint8Array(N);
  for (const c of scope.yearContacts) for (const s of c.students) if (s >= 0 && s < N) contactedYear[s] = 1;
  const contactedSemester = new Uint8Array(N);
  for (const c of scope.parentContacts) for (const s of c.students) if (s >= 0 && s < N) contactedSemester[s] = 1;
  {
    const notContacted: string[] = [];
    let yearCount = 0;
    for (let i = 0; i < N; i++) {
      if (contactedYear[i]) yearCount++;
      else notContacted.push(names[i]);
    }
    const absent = absentText(records, 'parentContacts');
    const rest = notContacted.length ? `，还差：${listText(notContacted)}` : '';
    // Without 学年度 and 学年开始日期 the year has no known start: every earlier contact counts.
    const noYear =
      scope.yearRange.from === null && window.start !== null
        ? '（设置表缺少“学年度”，本学期结束前的全部联系记录都计入，请填写学年度）'
        : '';
    let status: MinimumResult['status'];
    let note: string;
    if (settings.semester === 2) {
      status = N > 0 && yearCount === N ? 'met' : 'unmet';
      note =
        N === 0
          ? `联系家长：学生名册为空，无法判断是否每个学生的家长都已联系。请先在“学生名册”工作表填写全班学生${absent}。`
          : `联系家长：本学年已联系${yearCount}/${N}名学生的家长（每个学年每个学生联系1次）${rest}${noYear}${absent}。`;
    } else if (settings.semester === 1) {
      status = 'pending';
      note =
        N === 0
          ? `联系家长：学生名册为空，请先在“学生名册”工作表填写全班学生；本要求在第二学期末按学年判定${absent}。`
          : `联系家长：本学年已联系${yearCount}/${N}名学生的家长，第二学期末按学年判定（每个学年每个学生联系1次）${rest}${absent}。`;
    } else {
      status = 'pending';
      note = `联系家长：设置表缺少“学期”，无法判断是否到学年末，暂不判定；本学年已联系${yearCount}/${N}名学生的家长。请在设置表填写学期（1或2）${absent}。`;
    }
    minimums.push({
      id: 'parentContacts',
      name: '联系家长',
      required: N,
      actual: yearCount,
      status,
      note,
      missing: notContacted,
    });
  }

  // Grade: “没有达到最低要求为不合格”.
  const grade: Grade = minimums.some((m) => m.status === 'unmet') ? '不合格' : '合格';

  // Score through points(): “符合最低条件为合格，记60分” plus the bonuses.
  let dormsTwice = 0;
  if (rosterDorms.size > 0) {
    for (const k of rosterDorms.keys()) if ((visitsPerDorm.get(k) ?? 0) >= 2) dormsTwice++;
  } else {
    // No dorms in the roster: distinct dorms named in the visits, visited at least twice.
    for (const n of visitsPerDorm.values()) if (n >= 2) dormsTwice++;
  }
  let semesterContacted = 0;
  for (let i = 0; i < N; i++) if (contactedSemester[i]) semesterContacted++;
  const result = points(
    {
      meetings: classMeetings.length,
      talksTwice: twice,
      activities,
      dormsTwice,
      parentContacts: semesterContacted,
      classSize: N,
    },
    p,
  );
  if (grade === '不合格') {
    // “不合格者不再参加打分”: every bonus is 0 and the score is 0.
    return {
      grade,
      score: 0,
      minimums,
      bonuses: result.bonuses.map((b) => ({ ...b, points: 0, note: '不合格者不再参加打分，不加分。' })),
      diagnostics,
    };
  }
  return { grade, score: result.score, minimums, bonuses: result.bonuses, diagnostics };
}
