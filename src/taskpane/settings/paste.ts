// A roster pasted from any sheet: tab-separated text, with a header row (columns found by their
// headers) or without one (the schema's column order). Rows are checked against each other and against
// the roster already in the workbook before anything is written; nothing existing is overwritten.
import { matchColumns } from '../../records/columns';
import { TABLES, type RecordInput } from '../../records/schema';
import type { Student } from '../../rules/model';

export interface PastedRoster {
  /** New students to append. */
  add: RecordInput[];
  /** Lines that are already in the roster, identical (skipped). */
  same: string[];
  /** Problems that keep a line out, in Chinese (line numbers of the pasted text). */
  conflicts: string[];
}

const spec = TABLES.roster;

export function parseRosterPaste(text: string, existing: readonly Student[]): PastedRoster {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.split('\t').map((c) => c.trim()));
  const rows = lines.map((cells, i) => ({ cells, line: i + 1 })).filter((r) => r.cells.some((c) => c !== ''));
  const out: PastedRoster = { add: [], same: [], conflicts: [] };
  if (rows.length === 0) return out;
  const { index } = matchColumns(spec, rows[0].cells);
  const hasHeader = index.name !== undefined;
  const at = (field: string): number | undefined =>
    hasHeader ? index[field] : spec.columns.findIndex((c) => c.field === field);
  const body = hasHeader ? rows.slice(1) : rows;
  const byId = new Map(existing.filter((s) => s.id).map((s) => [s.id, s]));
  const byName = new Map(existing.map((s) => [s.name, s]));
  const seenIds = new Map<string, number>();
  const seenNames = new Map<string, number>();
  for (const { cells, line } of body) {
    const rec: RecordInput = {};
    for (const c of spec.columns) {
      const i = at(c.field);
      const v = i === undefined || i < 0 ? '' : (cells[i] ?? '');
      if (v !== '') rec[c.field] = v;
    }
    const name = String(rec.name ?? '');
    const id = String(rec.id ?? '');
    if (!name) {
      out.conflicts.push(`第${line}行没有姓名，未导入。`);
      continue;
    }
    const old = (id && byId.get(id)) || (!id ? byName.get(name) : undefined);
    if (old) {
      if (old.name === name) out.same.push(`${name}${id ? `（${id}）` : ''}`);
      else
        out.conflicts.push(
          `第${line}行：学号${id}在名册中是“${old.name}”，粘贴的是“${name}”，未导入。请核对后在名册中修改。`,
        );
      continue;
    }
    if (id && seenIds.has(id)) {
      out.conflicts.push(`第${line}行：学号${id}与粘贴内容第${seenIds.get(id)}行重复，未导入。`);
      continue;
    }
    if (seenNames.has(name) || byName.has(name)) {
      out.conflicts.push(`第${line}行：姓名“${name}”重名，已导入；请在“备注”中注明以便区分。`);
    }
    if (id) seenIds.set(id, line);
    seenNames.set(name, line);
    out.add.push(rec);
  }
  return out;
}
