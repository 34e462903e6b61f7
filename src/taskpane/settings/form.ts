// The 设置表 editor's logic, pure: the fields (SPEC §1 keys and the §3.4 parameters), their values as
// the pane loaded them, and the edits to write — each value checked by records' own readers
// (readAcademicYear, readSemester, readDate) and the whole table by the settings reader itself
// (parseWorkbook's diagnostics on the table as it would be after saving) before anything is written.
import { parseWorkbook } from '../../records/parse';
import { readDate } from '../../records/dates';
import { readAcademicYear, readSemester } from '../../records/terms';
import { keyOf } from '../../records/settings';
import { SETTINGS_CHOICES, SETTINGS_KEYS, TABLES, type RawTable, type RawWorkbook } from '../../records/schema';
import { unwrapCell } from '../../records/values';
import { PARAM_KEYS, resolveParams } from '../../rules/params';
import { dayFromSerial, dayToISO, serialFromDay } from '../../rules/days';
import type { Diagnostic } from '../../rules/model';
import type { PlanValue } from '../../plans/model';
import type { SettingsEdit } from '../../plans/settings';

export interface FieldDef {
  key: string;
  required: boolean;
  kind: 'text' | 'year' | 'semester' | 'date' | 'choice' | 'param';
  choices?: readonly string[];
}

const K = SETTINGS_KEYS;
const REQUIRED = new Set<string>([K.className, K.advisor, K.academicYear, K.semester, K.semesterStart]);

/** SPEC §1's keys in the template's order, then the §3.4 parameters (学期周数 among them). */
export const FIELDS: readonly FieldDef[] = [
  ...[K.school, K.department, K.major, K.className, K.advisor].map((key) => ({ key, kind: 'text' as const })),
  { key: K.academicYear, kind: 'year' as const },
  { key: K.semester, kind: 'semester' as const },
  { key: K.semesterStart, kind: 'date' as const },
  { key: K.yearStart, kind: 'date' as const },
  ...[K.profile, K.studentCategory, K.advisorType, K.classStatus].map((key) => ({
    key,
    kind: 'choice' as const,
    choices: SETTINGS_CHOICES[key],
  })),
  ...PARAM_KEYS.map((p) => ({ key: p.key, kind: 'param' as const })),
].map((f) => ({ ...f, required: REQUIRED.has(f.key) }));

export interface Loaded {
  /** The 值 cell of each key as read (first occurrence); absent = no row. */
  cells: Map<string, unknown>;
  /** Each field's value as the form shows it. */
  text: Record<string, string>;
  date1904: boolean;
}

function valueText(f: FieldDef, v: unknown, date1904: boolean): string {
  if (v === null || v === undefined) return '';
  if (f.kind === 'date') {
    const day = typeof v === 'number' ? dayFromSerial(v, date1904) : null;
    if (day !== null) return dayToISO(day);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
  }
  return String(v).trim();
}

export function loadSettings(raw: RawWorkbook): Loaded {
  const t: RawTable | undefined = raw.tables.settings;
  const cells = new Map<string, unknown>();
  for (const r of t?.values.slice(1) ?? []) {
    const key = keyOf(unwrapCell(r?.[0]));
    if (key !== '' && !cells.has(key)) cells.set(key, r?.[1] ?? null);
  }
  const date1904 = raw.date1904 === true;
  const text: Record<string, string> = {};
  for (const f of FIELDS) text[f.key] = valueText(f, cells.get(f.key), date1904);
  return { cells, text, date1904 };
}

/** One field's typed value, or the Chinese reason it cannot be written. */
function typed(f: FieldDef, s: string, ctx: { date1904: boolean; academicYear: number | null }): PlanValue | Error {
  const cell = unwrapCell(s);
  if (cell.t === 'blank') return f.required ? new Error(`“${f.key}”必须填写。`) : null;
  switch (f.kind) {
    case 'year': {
      const r = readAcademicYear(cell);
      if (r.warn) return new Error(r.warn);
      if (r.year === null) return new Error(`“${f.key}”无法识别：请填写如 2026-2027 的学年度。`);
      return `${r.year}-${r.year + 1}`;
    }
    case 'semester': {
      const n = readSemester(cell);
      return n === null ? new Error(`“${f.key}”无法识别：请填写 1 或 2（第一学期/第二学期）。`) : n;
    }
    case 'date': {
      const d = readDate(s, ctx);
      if (d.kind === 'ok') return { day: d.value };
      return new Error(`“${f.key}”：${d.kind === 'error' ? d.message : '请填写完整日期，如 2026-09-07。'}`);
    }
    case 'choice':
      return f.choices?.includes(s.trim())
        ? s.trim()
        : new Error(`“${f.key}”请从下拉列表中选择：${f.choices?.join('、')}。`);
    case 'param': {
      const n = Number(s.trim());
      return s.trim() !== '' && Number.isFinite(n) ? n : s.trim();
    }
    default:
      return s.trim();
  }
}

export interface Checked {
  edits: SettingsEdit[];
  /** Field → problem (the value cannot be written as typed). */
  errors: Record<string, string>;
  /** What the settings reader would report on the table after saving (params judged by resolveParams). */
  diagnostics: Diagnostic[];
}

const same = (a: PlanValue, b: unknown, date1904: boolean): boolean =>
  a !== null && typeof a === 'object' && 'day' in a ? b === serialFromDay(a.day, date1904) : a === b;

/** The edits for the fields whose text changed, checked; nothing is written when `errors` is not empty. */
export function checkSettings(raw: RawWorkbook, loaded: Loaded, text: Record<string, string>): Checked {
  const errors: Record<string, string> = {};
  const edits: SettingsEdit[] = [];
  const yearText = text[K.academicYear] ?? '';
  const academicYear = readAcademicYear(unwrapCell(yearText)).year;
  const ctx = { date1904: loaded.date1904, academicYear };
  for (const f of FIELDS) {
    const now = text[f.key] ?? '';
    if (now.trim() === loaded.text[f.key]?.trim()) continue;
    const v = typed(f, now, ctx);
    if (v instanceof Error) {
      errors[f.key] = v.message;
      continue;
    }
    const old = loaded.cells.get(f.key);
    if (v === null && old === undefined) continue;
    if (same(v, old, loaded.date1904)) continue;
    edits.push(old === undefined ? { key: f.key, value: v } : { key: f.key, value: v, expected: old });
  }
  return { edits, errors, diagnostics: afterSave(raw, edits) };
}

/** The settings reader's diagnostics on the 设置表 as it would read after the edits. */
function afterSave(raw: RawWorkbook, edits: readonly SettingsEdit[]): Diagnostic[] {
  const t = raw.tables.settings;
  if (!t) return [];
  const cell = (v: PlanValue): unknown =>
    v !== null && typeof v === 'object' ? ('day' in v ? serialFromDay(v.day, raw.date1904 === true) : null) : v;
  const values = t.values.map((r) => [...r]);
  const rowOf = new Map<string, number>();
  values.forEach((r, i) => {
    const k = i === 0 ? '' : keyOf(unwrapCell(r[0]));
    if (k !== '' && !rowOf.has(k)) rowOf.set(k, i);
  });
  for (const e of edits) {
    const i = rowOf.get(e.key);
    if (i !== undefined) values[i][1] = cell(e.value);
    else values.push([e.key, cell(e.value)]);
  }
  const next: RawWorkbook = { ...raw, tables: { settings: { ...t, values } } };
  const parsed = parseWorkbook(next);
  // The §3.4 parameters are judged by the rules' own resolveParams, as evaluate() does.
  const params = resolveParams(parsed.settings.profile, parsed.settings.params, TABLES.settings.table).diagnostics;
  return [...parsed.diagnostics.filter((d) => d.table === TABLES.settings.table), ...params];
}
