// Rules name columns by field id (ColumnSpec.field: 'minutes', 'advisorPresent', 'date' …); this turns
// them into the schema's headers (时长（分钟）, 班主任参加, 日期 …) wherever a rules message is shown.
import type { Diagnostic, Evaluation } from '../rules/model';
import { TABLES } from './schema';

const HEADERS = new Map<string, Map<string, string>>(
  Object.values(TABLES).map((t) => [t.table, new Map(t.columns.map((c) => [c.field, c.header]))]),
);

/** The header of a field in a table (by table name, e.g. 谈心记录表); the field id itself when unknown. */
export function headerOf(table: string, field: string): string {
  return HEADERS.get(table)?.get(field) ?? field;
}

/** The diagnostic with `column` set from its field id (unchanged when it has a column or no field). */
export function withHeader(d: Diagnostic): Diagnostic {
  if (d.column !== null || d.field === undefined) return d;
  return { ...d, column: headerOf(d.table, d.field) };
}

/** An evaluation whose diagnostics name their columns by header, as every front end shows them. */
export function withHeaders(ev: Evaluation): Evaluation {
  return { ...ev, diagnostics: ev.diagnostics.map(withHeader) };
}
