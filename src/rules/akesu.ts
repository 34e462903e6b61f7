// 阿克苏职院 profile (seed 000, 第二十条 and 第五章; SPEC §3.2): three cadence minimums, grade 称职/不称职
// as a suggestion only, no points.
import { absentText, listText, monthsInWindow, weekLabel, weekOf, type Scope } from './calendar';
import { TABLE_NAMES } from './model';
import type { ProfileResult } from './caijing';
import { ymdOfDay } from './days';
import type { Diagnostic, Grade, MinimumResult } from './model';

const NO_START = '设置表缺少“学期开始日期”，无法按周、按月检查，请填写后重新计算';

export function evaluateAkesu(scope: Scope): ProfileResult {
  const { params: p, records, window, names } = scope;
  const N = records.roster.length;
  const minimums: MinimumResult[] = [];
  const diagnostics: Diagnostic[] = [];

  // “每周至少深入学生宿舍一次”: every week 1..W has a visit. Without a window it cannot be judged, and a
  // class is not called 称职 on a rule nobody could check: unmet, with the note saying what to fill in.
  {
    const absent = absentText(records, 'dormVisits');
    if (window.start === null) {
      minimums.push({
        id: 'dormVisitsWeekly',
        name: '走访宿舍（每周）',
        required: p.weeks,
        actual: 0,
        status: 'unmet',
        note: `走访宿舍：${NO_START}（每周至少深入学生宿舍一次）${absent}。`,
        missing: [],
      });
    } else {
      const hit = new Uint8Array(p.weeks + 1);
      for (const v of scope.dormVisits) {
        const w = weekOf(v.date, window.start);
        if (w >= 1 && w <= p.weeks) hit[w] = 1;
      }
      const missing: string[] = [];
      for (let w = 1; w <= p.weeks; w++) if (!hit[w]) missing.push(weekLabel(w));
      const actual = p.weeks - missing.length;
      minimums.push({
        id: 'dormVisitsWeekly',
        name: '走访宿舍（每周）',
        required: p.weeks,
        actual,
        status: missing.length === 0 ? 'met' : 'unmet',
        note: missing.length
          ? `走访宿舍：${p.weeks}周中有${actual}周走访了宿舍（每周至少深入学生宿舍一次），没有走访的周：${listText(missing, 10, '周')}${absent}。`
          : `走访宿舍：${p.weeks}周每周都走访了宿舍${absent}。`,
        missing,
      });
    }
  }

  // “每月至少召开一次班委会”: each calendar month with ≥ 14 days inside the window needs a 班委会 dated in it
  // (a month the semester only touches for a few days is not required).
  {
    const absent = absentText(records, 'meetings');
    if (window.start === null || window.end === null) {
      minimums.push({
        id: 'committeeMeetings',
        name: '班委会（每月）',
        required: 0,
        actual: 0,
        status: 'unmet',
        note: `班委会：${NO_START}（每月至少召开一次班委会）${absent}。`,
        missing: [],
      });
    } else {
      const months = monthsInWindow(window.start, window.end).filter((m) => m.days >= p.committeeMonthMinDays);
      const held = new Set<string>();
      for (const m of scope.meetings) {
        if (m.kind !== '班委会') continue;
        const { year, month } = ymdOfDay(m.date);
        held.add(`${year}-${month}`);
      }
      const missing = months.filter((m) => !held.has(`${m.year}-${m.month}`)).map((m) => m.label);
      const actual = months.length - missing.length;
      minimums.push({
        id: 'committeeMeetings',
        name: '班委会（每月）',
        required: months.length,
        actual,
        status: missing.length === 0 ? 'met' : 'unmet',
        note: missing.length
          ? `班委会：${months.length}个月中有${actual}个月召开了班委会（每月至少召开一次班委会），没有召开的月份：${missing.join('、')}${absent}。`
          : `班委会：${months.length}个月每月都召开了班委会${absent}。`,
        missing,
      });
    }
  }

  // “每学期至少召开三次班级全体会议” = 类型 班会. 第三十条 “带实习班级…工作职责不变”: also for 实习 classes.
  {
    const n = scope.meetings.filter((m) => m.kind === '班会').length;
    const absent = absentText(records, 'meetings');
    const met = n >= p.classMeetingsMin;
    minimums.push({
      id: 'classMeetings',
      name: '班级全体会议',
      required: p.classMeetingsMin,
      actual: n,
      status: met ? 'met' : 'unmet',
      note: met
        ? `班级全体会议：本学期已召开${n}次，要求至少${p.classMeetingsMin}次${absent}。`
        : `班级全体会议：本学期已召开${n}次，要求至少${p.classMeetingsMin}次，还差${p.classMeetingsMin - n}次${absent}。`,
      missing: [],
    });
  }

  // 谈心, 班级活动, 联系家长: the document sets no number — shown for information only.
  {
    const seen = new Uint8Array(N);
    for (const t of scope.talks) for (const s of t.students) if (s >= 0 && s < N) seen[s] = 1;
    for (const t of scope.interviews) for (const s of t.students) if (s >= 0 && s < N) seen[s] = 1;
    const covered = seen.reduce((a, b) => a + b, 0);
    const rows = scope.talks.length + scope.interviews.length;
    minimums.push({
      id: 'talks',
      name: '谈心',
      required: 0,
      actual: rows,
      status: 'n/a',
      note: `谈心：本学期谈心、谈话记录${rows}次，涉及${covered}/${N}名学生（本规则未规定次数，仅供参考）。`,
      missing: [],
    });
    const acts = scope.activities.length;
    minimums.push({
      id: 'activities',
      name: '班级活动',
      required: 0,
      actual: acts,
      status: 'n/a',
      note: `班级活动：本学期登记${acts}次（本规则未规定次数，仅供参考）。`,
      missing: [],
    });
    const contacted = new Uint8Array(N);
    for (const c of scope.yearContacts) for (const s of c.students) if (s >= 0 && s < N) contacted[s] = 1;
    const missing = names.filter((_, i) => !contacted[i]);
    minimums.push({
      id: 'parentContacts',
      name: '联系家长',
      required: 0,
      actual: N - missing.length,
      status: 'n/a',
      note: `联系家长：本学年已联系${N - missing.length}/${N}名学生的家长（本规则未规定次数，仅供参考）。`,
      missing,
    });
  }

  const grade: Grade = minimums.some((m) => m.status === 'unmet') ? '不称职' : '称职';
  diagnostics.push({
    table: TABLE_NAMES.settings,
    row: null,
    column: null,
    severity: 'info',
    message: `阿克苏职院：“${grade}”只是根据量化记录给出的建议，最终以系（部）德、能、勤、绩考核结果为准（第二十七至二十九条）；“优秀”由辅导员认定。本规则不计分。`,
  });
  return { grade, score: null, minimums, bonuses: [], diagnostics };
}
