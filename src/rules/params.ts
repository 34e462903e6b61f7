// Every number of SPEC §3 as a named parameter of its profile (§3.4). Only the keys listed in
// PARAM_KEYS can be overridden from 设置表; the rest are fixed by the source documents.
import { textKey } from './text';
import type { Diagnostic, ParamEntry, ProfileId } from './model';

export interface Params {
  /** 学期周数: “每个学期按18周计算”. */
  weeks: number;
  /** 班会间隔周数: “在校各班每三周召开1次”. */
  meetingInterval: number;
  /** 走访宿舍间隔周数: “每两周走访学生宿舍1次”. */
  dormInterval: number;
  /** 全部走遍替代次数: “如果一次将所有宿舍走遍，则每个学期不应少于3次”. */
  fullSweeps: number;
  /** 谈心最短分钟: “每次谈心不少于5分钟”. */
  talkMinMinutes: number;
  /** 集体谈心人数上限: “学生人数不能超过8人”. */
  groupTalkMax: number;
  /** 班级活动最少次数: “每个学期参加1次班级学生集体活动”. */
  activitiesMin: number;
  /** 合格基础分: “合格，记60分”. */
  passScore: number;
  /** 优秀比例: “优秀名额不超过全体班主任的30%”. */
  excellentRatio: number;
  /** 津贴标准高职 (元/生/月), 第三十条. */
  allowanceHigher: number;
  /** 津贴标准中职 (元/生/月), 第三十条. */
  allowanceSecondary: number;
  /** 阿克苏职院 “每学期至少召开三次班级全体会议”. */
  classMeetingsMin: number;
  /** A calendar month needs this many days inside the window to require a 班委会. */
  committeeMonthMinDays: number;
  // Bonus rules of the 量化积分办法 (not overridable).
  meetingBonusPer: number;
  meetingBonusCap: number;
  talksTwiceStep: number;
  talksTwiceBonusPer: number;
  talksTwiceBonusCap: number;
  activityBonusPer: number;
  activityBonusCap: number;
  dormsTwiceBonusPer: number;
  dormsTwiceBonusCap: number;
  parentBonusPer: number;
  parentBonusCap: number;
}

export const DEFAULT_PARAMS: Readonly<Params> = Object.freeze({
  weeks: 18,
  meetingInterval: 3,
  dormInterval: 2,
  fullSweeps: 3,
  talkMinMinutes: 5,
  groupTalkMax: 8,
  activitiesMin: 1,
  passScore: 60,
  excellentRatio: 0.3,
  allowanceHigher: 11,
  allowanceSecondary: 13,
  classMeetingsMin: 3,
  committeeMonthMinDays: 14,
  meetingBonusPer: 3,
  meetingBonusCap: 6,
  talksTwiceStep: 5,
  talksTwiceBonusPer: 2,
  talksTwiceBonusCap: 6,
  activityBonusPer: 2,
  activityBonusCap: 8,
  dormsTwiceBonusPer: 1,
  dormsTwiceBonusCap: 5,
  parentBonusPer: 1,
  parentBonusCap: 5,
});

type ValueKind = 'weeks' | 'count' | 'minutes' | 'points' | 'ratio' | 'money';

/** 设置表 keys (§3.4) → parameter, with what a valid value looks like. */
export const PARAM_KEYS: ReadonlyArray<{ key: string; param: keyof Params; kind: ValueKind }> = [
  { key: '学期周数', param: 'weeks', kind: 'weeks' },
  { key: '班会间隔周数', param: 'meetingInterval', kind: 'weeks' },
  { key: '走访宿舍间隔周数', param: 'dormInterval', kind: 'weeks' },
  { key: '全部走遍替代次数', param: 'fullSweeps', kind: 'count' },
  { key: '谈心最短分钟', param: 'talkMinMinutes', kind: 'minutes' },
  { key: '集体谈心人数上限', param: 'groupTalkMax', kind: 'count' },
  { key: '班级活动最少次数', param: 'activitiesMin', kind: 'count' },
  { key: '合格基础分', param: 'passScore', kind: 'points' },
  { key: '优秀比例', param: 'excellentRatio', kind: 'ratio' },
  { key: '津贴标准高职', param: 'allowanceHigher', kind: 'money' },
  { key: '津贴标准中职', param: 'allowanceSecondary', kind: 'money' },
];

/** “在校各班每三周召开1次”: floor(W/3) 班会 a semester (the M1 minimum and the base of its bonus). */
export const meetingsRequired = (p: Params): number => Math.floor(p.weeks / p.meetingInterval);

/** “每两周走访学生宿舍1次”: floor(W/2) visits a semester. */
export const visitsRequired = (p: Params): number => Math.floor(p.weeks / p.dormInterval);

/** The profile's defaults. Both profiles share the numbers; each uses the ones its rules need. */
export function profileDefaults(profile: ProfileId): Params {
  void profile;
  return { ...DEFAULT_PARAMS };
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return null;
  const s = textKey(value);
  const m = /^(-?\d+(?:\.\d+)?)(%|周|次|分钟|分|人|元)?$/.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === '%' ? n / 100 : n;
}

/**
 * A ratio (优秀比例, SPEC §3.4) written as 0.3, '30%' or 30: a bare number above 1 means percent, a '%'
 * means percent already. Null when unreadable or outside 0–100%. The one reader of ratios: 设置表 and
 * BZR.QUOTA both use it.
 */
export function readRatio(value: unknown): number | null {
  let n: number;
  let percent = false;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const m = /^(-?\d+(?:\.\d+)?)(%?)$/.exec(textKey(value));
    if (!m) return null;
    n = Number(m[1]);
    percent = m[2] === '%';
  } else return null;
  if (!Number.isFinite(n)) return null;
  if (percent || (n > 1 && n <= 100)) n = n / 100; // 30 means 30%
  return n >= 0 && n <= 1 ? n : null;
}

function readParam(kind: ValueKind, value: unknown): number | null {
  if (kind === 'ratio') return readRatio(value);
  const n = toNumber(value);
  if (n === null) return null;
  if (n < 0) return null;
  if (kind === 'weeks') return Number.isInteger(n) && n >= 1 && n <= 60 ? n : null;
  if (kind === 'count' || kind === 'points') return Number.isInteger(n) ? n : null;
  return n;
}

/** Applies the 设置表 overrides; an unknown key or unreadable value is a warning and the default stands. */
export function resolveParams(
  profile: ProfileId,
  entries: readonly ParamEntry[],
  table = '设置表',
): { params: Params; diagnostics: Diagnostic[] } {
  const params = profileDefaults(profile);
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    const key = textKey(entry.key);
    const def = PARAM_KEYS.find((p) => p.key === key);
    if (!def) {
      diagnostics.push({
        table,
        row: entry.row,
        column: null,
        field: 'key',
        severity: 'warning',
        message: `设置表中的项目“${entry.key}”无法识别，已忽略。请检查拼写，可用的参数见使用说明。`,
      });
      continue;
    }
    if (entry.value === null || entry.value === undefined || entry.value === '') continue;
    const n = readParam(def.kind, entry.value);
    if (n === null) {
      diagnostics.push({
        table,
        row: entry.row,
        column: null,
        field: 'value',
        severity: 'warning',
        message: `设置表中“${def.key}”的值“${String(entry.value)}”无法识别，已按默认值 ${formatParam(def.kind, DEFAULT_PARAMS[def.param])} 计算。请填写有效的数字。`,
      });
      continue;
    }
    params[def.param] = n;
  }
  return { params, diagnostics };
}

function formatParam(kind: ValueKind, n: number): string {
  return kind === 'ratio' ? `${Math.round(n * 1000) / 10}%` : String(n);
}
