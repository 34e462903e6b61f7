// Names and dorms written in a record resolve against the roster (SPEC §2.1): one function reads a
// names cell or a dorms cell; what differs is how one entry is looked up (NAMES, DORMS).
import type { Student } from '../rules/model';
import { ALL_DORMS_WORDS } from './schema';
import { normalizeName, splitListKnown } from './normalize';
import { preview, textOf } from './cells';
import type { RowReader } from './row';

export interface Lookup {
  roster: Student[];
  /** normalised 学号 → roster indices (more than one: duplicate 学号). */
  byId: Map<string, number[]>;
  /** normalised 姓名 → roster indices (more than one: same name twice). */
  byName: Map<string, number[]>;
  dormKeys: Set<string>;
  /** Resolution of each cell text seen so far: list kind → column → cell text → resolution. */
  cache: Map<string, Map<string, Map<string, Resolved<unknown>>>>;
}

export function buildLookup(roster: Student[]): Lookup {
  const byId = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const dormKeys = new Set<string>();
  for (const s of roster) {
    const idKey = normalizeName(s.id);
    if (idKey) push(byId, idKey, s.index);
    const nameKey = normalizeName(s.name);
    if (nameKey) push(byName, nameKey, s.index);
    if (s.dormKey) dormKeys.add(s.dormKey);
  }
  return { roster, byId, byName, dormKeys, cache: new Map() };
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What one entry of a list is: a member, 全部, or nobody known (warning: what to tell the user). */
export type Entry<T> = { member: T; warning?: string } | { all: true } | { unknown: true; warning?: string };

export interface ListKind<T> {
  id: string;
  /** What the cell should hold, for a cell of the wrong type. */
  what: string;
  isKnown(key: string, lk: Lookup): boolean;
  entry(token: string, key: string, col: string, lk: Lookup): Entry<T>;
  order?: (a: T, b: T) => number;
}

export interface Resolved<T> {
  members: T[];
  all: boolean;
  /** Distinct entries named: members, unknown entries and 全部. */
  size: number;
  warnings: string[];
}

function rowsOf(lk: Lookup, indices: number[]): string {
  return `名册第${indices.map((i) => lk.roster[i].row).join('、')}行`;
}

export const NAMES: ListKind<number> = {
  id: 'names',
  what: '学生姓名，请填写姓名或学号（多人用“、”分隔）。',
  isKnown: (k, lk) => lk.byId.has(k) || lk.byName.has(k),
  entry(token, key, col, lk) {
    const ids = lk.byId.get(key);
    if (ids && ids.length === 1) return { member: ids[0] };
    if (ids && ids.length > 1) {
      const warning = `“${col}”列中的学号“${token}”在学生名册中出现了${ids.length}次（${rowsOf(lk, ids)}），无法确定是谁，这一项不计入任何学生。请先改正学生名册中重复的学号。`;
      return { unknown: true, warning };
    }
    const names = lk.byName.get(key);
    if (names && names.length === 1) return { member: names[0] };
    if (names && names.length > 1) {
      const warning = `“${col}”列中的“${token}”在学生名册中有${names.length}人同名（${rowsOf(lk, names)}），无法确定是谁，这一项不计入任何学生。请改写为该生的学号。`;
      return { unknown: true, warning };
    }
    if (lk.roster.length === 0) return { unknown: true };
    const warning = `“${col}”列中的“${token}”不在学生名册中，这一项不计入任何学生。请检查姓名是否写错，或在学生名册表中补上该学生。`;
    return { unknown: true, warning };
  },
  order: (a, b) => a - b,
};

const ALL_DORMS = new Set<string>(ALL_DORMS_WORDS.map((w) => normalizeName(w)));

export const DORMS: ListKind<string> = {
  id: 'dorms',
  what: '宿舍，请填写宿舍号（多个用“、”分隔，全部走遍写“全部”）。',
  isKnown: (k, lk) => lk.dormKeys.has(k) || ALL_DORMS.has(k),
  entry(token, key, col, lk) {
    if (ALL_DORMS.has(key)) return { all: true };
    if (lk.dormKeys.size === 0 || lk.dormKeys.has(key)) return { member: key };
    const warning = `“${col}”列中的宿舍“${token}”不在学生名册的宿舍中。请检查宿舍号是否写错，或在学生名册表的“宿舍”列中补上。`;
    return { member: key, warning };
  },
};

/** Splits a names or dorms cell text and resolves each distinct entry. */
export function resolveList<T>(text: string, col: string, lk: Lookup, kind: ListKind<T>): Resolved<T> {
  const members = new Set<T>();
  const seen = new Set<string>();
  const warnings: string[] = [];
  let unknown = 0;
  let all = false;
  for (const token of splitListKnown(text, (k) => kind.isKnown(k, lk))) {
    const key = normalizeName(token);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const e = kind.entry(token, key, col, lk);
    if ('all' in e) all = true;
    else if ('member' in e) members.add(e.member);
    else unknown++;
    if ('warning' in e && e.warning) warnings.push(e.warning);
  }
  const list = [...members];
  if (kind.order) list.sort(kind.order);
  return { members: list, all, size: members.size + unknown + (all ? 1 : 0), warnings };
}

/**
 * Reads a names or dorms cell of a row: the cell's text resolved (once per workbook for the same
 * text), its warnings given to the row; null, with the column required, when nothing was named.
 * The result is the one kept for that text: a record takes a copy of its members.
 */
export function readList<T>(r: RowReader, field: string, lk: Lookup, kind: ListKind<T>): Readonly<Resolved<T>> | null {
  const text = listText(r, field, kind.what);
  if (text === null) return null;
  const col = r.header(field);
  // Nested maps: no key string is built per record.
  let byCol = lk.cache.get(kind.id);
  if (!byCol) lk.cache.set(kind.id, (byCol = new Map()));
  let byText = byCol.get(col);
  if (!byText) byCol.set(col, (byText = new Map()));
  let res = byText.get(text) as Resolved<T> | undefined;
  if (!res) {
    res = resolveList(text, col, lk, kind);
    byText.set(text, res);
  }
  for (let i = 0; i < res.warnings.length; i++) r.warn(field, res.warnings[i]);
  if (res.size === 0) {
    r.require(col);
    return null;
  }
  return res;
}

/** The text of a names/dorms cell; blank and unreadable cells were already reported. */
function listText(r: RowReader, field: string, what: string): string | null {
  const c = r.cell(field);
  if (c.t === 'str') return c.v;
  if (c.t === 'num') {
    const t = textOf(c);
    return t.kind === 'ok' ? t.value : null;
  }
  if (c.t === 'bool' || c.t === 'date') r.fail(field, `“${preview(c)}”不是${what}`);
  return null;
}
