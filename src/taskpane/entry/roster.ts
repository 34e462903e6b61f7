// Who and where a record can name: students (searched by 姓名, 学号 or pinyin initials) and dorms.
// pinyin-pro is large, so it is loaded with import() the first time a picker needs initials.
import type { Student } from '../../rules/model';

export interface PickOption {
  /** What is written into the cell. */
  value: string;
  /** What the list shows. */
  label: string;
  /** Lower-case search keys: name, id, initials. */
  keys: string[];
}

export type Initials = (name: string) => string;

let loading: Promise<Initials> | null = null;

/** Pinyin initials of a name ('张伟' → 'zw'), loaded on first use. */
export function loadInitials(): Promise<Initials> {
  loading ??= import('pinyin-pro').then(
    ({ pinyin }) =>
      (name: string) =>
        pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase(),
  );
  return loading;
}

export function studentOptions(roster: readonly Student[], initials?: Initials): PickOption[] {
  const seen = new Set<string>();
  const out: PickOption[] = [];
  for (const s of roster) {
    if (!s.name || seen.has(s.name)) continue;
    seen.add(s.name);
    const keys = [s.name.toLowerCase(), s.id.toLowerCase()];
    if (initials) keys.push(initials(s.name));
    out.push({ value: s.name, label: s.id ? `${s.name}（${s.id}）` : s.name, keys: keys.filter((k) => k !== '') });
  }
  return out;
}

export const ALL_DORMS = '全部';

export function dormOptions(roster: readonly Student[]): PickOption[] {
  const dorms = [...new Set(roster.map((s) => s.dorm).filter((d) => d !== ''))].sort((a, b) =>
    a.localeCompare(b, 'zh-CN', { numeric: true }),
  );
  return [ALL_DORMS, ...dorms].map((d) => ({ value: d, label: d, keys: [d.toLowerCase()] }));
}

/** Options whose name, id or initials contain the query (all when the query is empty). */
export function filterOptions(options: readonly PickOption[], query: string): PickOption[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...options];
  return options.filter((o) => o.keys.some((k) => k.includes(q)));
}
