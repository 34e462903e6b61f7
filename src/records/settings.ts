// 设置表 (SPEC §1): `项目 | 值` rows. Read first: the academic year dates year-less cells, and the
// profile/semester drive the rules. Parameter keys (§3.4) and unknown keys are passed on to
// rules/resolveParams as ParamEntry, which reports unknown keys and bad values itself.
import type { Diagnostic, ProfileId, Settings } from '../rules/model';
import { PARAM_KEYS } from '../rules/params';
import { SETTINGS_CHOICES, SETTINGS_KEYS, TABLES, type RawTable } from './schema';
import { matchColumns } from './columns';
import { normalizeName } from './normalize';
import { dateOf, preview, textOf, unwrapCell, type Cell } from './values';
import { safeHeaderRow, safeName } from './raw';
import { readAcademicYear, readSemester } from './terms';

export { readAcademicYear, readSemester, type TermOptions } from './terms';

export function defaultSettings(): Settings {
  return {
    templateVersion: null,
    school: '',
    department: '',
    major: '',
    className: '',
    advisor: '',
    academicYear: null,
    semester: null,
    semesterStart: null,
    yearStart: null,
    profile: '财经学院',
    studentCategory: null,
    advisorType: '兼职',
    classStatus: '在校',
    params: [],
  };
}

const PARAM_KEY_SET = new Set(PARAM_KEYS.map((p) => p.key));
const KNOWN_KEYS = new Set<string>(Object.values(SETTINGS_KEYS));

/** A 项目 cell's key as the reader matches it (the settings editor finds rows by it too). */
export function keyOf(cell: Cell): string {
  const t = textOf(cell);
  if (t.kind !== 'ok') return '';
  // “班级：” and “学年度*” are the same keys.
  return normalizeName(t.value).replace(/[:：*]+$/u, '');
}

const CHOICE_ALIASES: Record<string, Record<string, string>> = {
  考核规则: { 财经: '财经学院', 阿克苏: '阿克苏职院', 阿克苏职业技术学院: '阿克苏职院', 阿克苏职业学院: '阿克苏职院' },
  学生类别: { 高职生: '高职', 中职生: '中职', 高等职业: '高职', 中等职业: '中职' },
  班主任类型: { 兼职班主任: '兼职', 专职班主任: '专职' },
  班级状态: { 在校生: '在校', 实习中: '实习', 顶岗实习: '实习', 跟岗实习: '实习' },
};

/**
 * Parses 设置表. `diags` receives warnings; the returned params are raw entries for resolveParams.
 * Missing table: defaults (the caller reports the missing table).
 */
export function parseSettings(raw: RawTable | undefined, date1904: boolean, diags: Diagnostic[]): Settings {
  const settings = defaultSettings();
  if (!raw) return settings;
  const table = safeName(raw);
  const values = Array.isArray(raw.values) ? raw.values : [];
  const headerRow = safeHeaderRow(raw);
  const { index } = matchColumns(TABLES.settings, Array.isArray(values[0]) ? values[0] : []);
  // Without a 项目 header the sheet may still be the two-column template: read columns A and B.
  const keyCol = index.key ?? 0;
  const valueCol = index.value ?? (keyCol === 0 ? 1 : keyCol + 1);
  const warn = (row: number | null, column: string | null, message: string) =>
    diags.push({ table, row, column, severity: 'warning', message });

  // First occurrence of each known key wins.
  const found = new Map<string, { cell: Cell; row: number }>();
  for (let i = 1; i < values.length; i++) {
    const r = values[i];
    if (!Array.isArray(r)) continue;
    const row = headerRow + i;
    const key = keyOf(unwrapCell(r[keyCol]));
    if (key === '') continue;
    const cell = unwrapCell(r[valueCol]);
    if (KNOWN_KEYS.has(key) && !PARAM_KEY_SET.has(key)) {
      const prev = found.get(key);
      if (prev) {
        warn(
          row,
          '项目',
          `设置表第${row}行的项目“${key}”与第${prev.row}行重复，已采用第${prev.row}行的值。请删除多余的一行。`,
        );
        continue;
      }
      found.set(key, { cell, row });
      continue;
    }
    // Parameters (§3.4, 学期周数 included) and unknown keys: resolveParams judges them.
    settings.params.push({ key, value: paramValue(cell), row });
  }

  const get = (key: string) => found.get(key);
  const text = (key: string): string => {
    const f = get(key);
    if (!f) return '';
    const t = textOf(f.cell);
    if (t.kind === 'error') warn(f.row, '值', `设置表第${f.row}行“${key}”的值无法读取：${t.message}`);
    return t.kind === 'ok' ? t.value : '';
  };

  const version = get(SETTINGS_KEYS.templateVersion);
  if (version && version.cell.t !== 'blank') {
    const v = version.cell.t === 'num' ? version.cell.v : version.cell.t === 'str' ? Number(version.cell.v) : NaN;
    if (Number.isInteger(v) && v > 0) settings.templateVersion = v;
    else
      warn(version.row, '值', `设置表第${version.row}行“模板版本”的值“${preview(version.cell)}”无法识别，请填写 1。`);
  }
  settings.school = text(SETTINGS_KEYS.school);
  settings.department = text(SETTINGS_KEYS.department);
  settings.major = text(SETTINGS_KEYS.major);
  settings.className = text(SETTINGS_KEYS.className);
  settings.advisor = text(SETTINGS_KEYS.advisor);

  const year = get(SETTINGS_KEYS.academicYear);
  if (year && year.cell.t !== 'blank') {
    const r = readAcademicYear(year.cell);
    settings.academicYear = r.year;
    if (r.warn) warn(year.row, '值', `设置表第${year.row}行：${r.warn}`);
    else if (r.year === null) {
      warn(
        year.row,
        '值',
        `设置表第${year.row}行“学年度”的值“${preview(year.cell)}”无法识别，请填写如 2026-2027 的学年度。`,
      );
    }
  }

  const semester = get(SETTINGS_KEYS.semester);
  if (semester && semester.cell.t !== 'blank') {
    settings.semester = readSemester(semester.cell);
    if (settings.semester === null) {
      warn(
        semester.row,
        '值',
        `设置表第${semester.row}行“学期”的值“${preview(semester.cell)}”无法识别，请填写 1 或 2（第一学期/第二学期）。`,
      );
    }
  }

  const ctx = { date1904, academicYear: settings.academicYear };
  for (const [key, field] of [
    [SETTINGS_KEYS.semesterStart, 'semesterStart'],
    [SETTINGS_KEYS.yearStart, 'yearStart'],
  ] as const) {
    const f = get(key);
    if (!f) continue;
    const d = dateOf(f.cell, ctx);
    if (d.kind === 'ok') settings[field] = d.value;
    else if (d.kind === 'error') warn(f.row, '值', `设置表第${f.row}行“${key}”：${d.message}`);
  }

  const choice = (key: string, fallback: string | null): string | null => {
    const f = get(key);
    if (!f || f.cell.t === 'blank') return fallback;
    const allowed = SETTINGS_CHOICES[key] ?? [];
    const t = textOf(f.cell);
    const v = t.kind === 'ok' ? normalizeName(t.value) : '';
    const hit = allowed.includes(v) ? v : CHOICE_ALIASES[key]?.[v];
    if (hit) return hit;
    const used = fallback === null ? '未填写' : `“${fallback}”`;
    warn(
      f.row,
      '值',
      `设置表第${f.row}行“${key}”的值“${preview(f.cell)}”无法识别，已按${used}处理。请从下拉列表中选择：${allowed.join('、')}。`,
    );
    return fallback;
  };
  settings.profile = choice(SETTINGS_KEYS.profile, '财经学院') as ProfileId;
  settings.studentCategory = choice(SETTINGS_KEYS.studentCategory, null) as '高职' | '中职' | null;
  settings.advisorType = choice(SETTINGS_KEYS.advisorType, '兼职') as '兼职' | '专职';
  settings.classStatus = choice(SETTINGS_KEYS.classStatus, '在校') as '在校' | '实习';

  const missing: string[] = [];
  if (!settings.className) missing.push(SETTINGS_KEYS.className);
  if (!settings.advisor) missing.push(SETTINGS_KEYS.advisor);
  if (settings.academicYear === null) missing.push(SETTINGS_KEYS.academicYear);
  if (settings.semester === null) missing.push(SETTINGS_KEYS.semester);
  if (missing.length > 0) {
    warn(
      null,
      '值',
      `设置表中没有填写（或无法识别）：${missing.join('、')}。请在“${raw.sheet || TABLES.settings.sheet}”工作表的设置表中补填。`,
    );
  }
  return settings;
}

/** The value resolveParams gets: a number or a string (it reads both), '' when blank. */
function paramValue(cell: Cell): unknown {
  switch (cell.t) {
    case 'blank':
      return '';
    case 'num':
      return cell.v;
    case 'str':
      return cell.v;
    case 'error':
      return cell.code;
    default:
      return preview(cell);
  }
}
