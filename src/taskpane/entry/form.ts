// The record forms as plain data: which fields each form shows (the schema's columns, in the paper
// form's order, without the numbered and signature columns), their starting values, and how typed text
// becomes a record for the gateways. Pure: tested without React.
import {
  HEADER_ROW,
  TABLES,
  type ColumnSpec,
  type RawTable,
  type RawWorkbook,
  type RecordInput,
} from '../../records/schema';
import { matchColumns } from '../../records/columns';
import { dayFromYMD, isValidYMD, serialFromDay } from '../../rules/days';
import { RECORD_TABLE_KEYS, type RecordTableKey } from '../../rules/model';

/** The six forms, in the order of the college's document (their tab names are the sheet names). */
export const FORM_KEYS: readonly RecordTableKey[] = RECORD_TABLE_KEYS;

export type FormValues = Record<string, string>;

/** The columns a teacher fills in. */
export function formFields(key: RecordTableKey): ColumnSpec[] {
  return TABLES[key].columns.filter((c) => c.kind !== 'seq' && c.kind !== 'signature');
}

/** '2026-09-15' for a local Date (the teacher's today). */
export function isoToday(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A new form: the date is today; strict two-way choices start on their usual answer. */
export function initialValues(key: RecordTableKey, today: string): FormValues {
  const out: FormValues = {};
  for (const c of formFields(key)) {
    if (c.kind === 'date') out[c.field] = today;
    else if (c.field === 'kind' && key === 'meetings') out[c.field] = '班会';
    else if (c.field === 'advisorPresent') out[c.field] = '是';
    else out[c.field] = '';
  }
  return out;
}

/** Headers of required fields left empty. */
export function missingRequired(key: RecordTableKey, values: FormValues): string[] {
  return formFields(key)
    .filter((c) => c.required && (values[c.field] ?? '').trim() === '')
    .map((c) => c.header);
}

function dayOfISO(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYMD(y, mo, d) ? dayFromYMD(y, mo, d) : null;
}

/** The record as the gateways write it: dates as days, whole numbers as numbers, the rest as typed. */
export function toInput(key: RecordTableKey, values: FormValues): RecordInput {
  const out: RecordInput = {};
  for (const c of formFields(key)) {
    const v = (values[c.field] ?? '').trim();
    if (v === '') continue;
    if (c.kind === 'date') {
      const day = dayOfISO(v);
      out[c.field] = day === null ? v : { day };
    } else if ((c.kind === 'minutes' || c.kind === 'count') && /^\d+(\.\d+)?$/.test(v)) out[c.field] = Number(v);
    else out[c.field] = v;
  }
  return out;
}

/** The header row of a table as the workbook has it, or the schema's when the table is missing. */
function tableOrNew(raw: RawWorkbook, key: RecordTableKey): RawTable {
  const spec = TABLES[key];
  return (
    raw.tables[key] ?? {
      key,
      name: spec.table,
      sheet: spec.sheet,
      headerRow: HEADER_ROW,
      values: [spec.columns.map((c) => c.header)],
      source: 'table',
    }
  );
}

/**
 * The workbook as it would be with the record appended: the candidate row is added to the table's cells
 * exactly as a gateway writes it (dates as serials of the workbook's date system), so the judge's own
 * reader decides. Returns the new workbook and the worksheet row the record would take.
 */
export function withCandidate(
  raw: RawWorkbook,
  key: RecordTableKey,
  input: RecordInput,
): { raw: RawWorkbook; row: number } {
  const table = tableOrNew(raw, key);
  const header = table.values[0] ?? [];
  const { index } = matchColumns(TABLES[key], header);
  const cells: unknown[] = header.map(() => null);
  let seq = table.values.length; // rows so far, header included: next number if the table is numbered
  for (const col of TABLES[key].columns) {
    const i = index[col.field];
    if (i === undefined) continue;
    const v = input[col.field];
    if (col.kind === 'seq') cells[i] = seq++;
    else if (v && typeof v === 'object') cells[i] = serialFromDay(v.day, raw.date1904);
    else cells[i] = v ?? null;
  }
  // A fresh table's one blank row is taken by the first record, as the gateways do.
  const body = table.values.slice(1).filter((r) => r.some((v) => v !== null && v !== undefined && v !== ''));
  const values = [header, ...body, cells];
  const row = table.headerRow + values.length - 1;
  return { raw: { ...raw, tables: { ...raw.tables, [key]: { ...table, values } } }, row };
}
