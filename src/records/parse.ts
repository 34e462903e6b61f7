// RawWorkbook → ClassRecords (SPEC §1, §2.1, §2.3). Settings first (academic year and 1904 system
// date the cells), then the roster (names resolve against it), then the six record tables, each by
// its form reader. Only complete, readable rows become records; every other row gets a diagnostic.
import type { ClassRecords, Diagnostic, RecordTableKey, Severity, Student } from '../rules/model';
import { TABLES, TABLE_KEYS, type RawWorkbook, type TableKey } from './schema';
import { parseSettings } from './settings';
import { rawOf } from './raw';
import { prepareTable, REPAIR } from './rows';
import { readRoster } from './roster';
import { buildLookup } from './resolve';
import { FORM_READERS, type FormContext } from './forms';

const RECORD_KEYS = TABLE_KEYS.filter((k): k is RecordTableKey => k in FORM_READERS);

function missingTable(key: TableKey): Diagnostic {
  const spec = TABLES[key];
  const where = `${spec.table}（工作表“${spec.sheet}”）`;
  let severity: Severity = 'warning';
  let message: string;
  switch (key) {
    case 'settings':
      message = `未找到${where}，班级、班主任、学年度、学期等均按未填写处理。${REPAIR}，并填写设置表。`;
      break;
    case 'roster':
      message = `未找到${where}，无法判断谈心、联系家长是否覆盖每位学生。${REPAIR}，并填写学生名册。`;
      break;
    case 'interviews':
      severity = 'info';
      message = `未找到${where}，按没有谈话记录处理（该表可以不使用）。如需使用，${REPAIR}。`;
      break;
    default:
      message = `未找到${where}，按 0 条记录计算（“不使用记录表……为不合格”）。${REPAIR}。`;
  }
  return { table: spec.table, row: null, column: null, severity, message };
}

function readForm<K extends RecordTableKey>(
  key: K,
  raw: RawWorkbook,
  cx: FormContext,
  records: Pick<ClassRecords, RecordTableKey>,
  diags: Diagnostic[],
): boolean {
  const r = rawOf(raw, key);
  if (!r) {
    diags.push(missingTable(key));
    return false;
  }
  const t = prepareTable(key, r, diags);
  if (t) records[key] = FORM_READERS[key](t, cx);
  return true;
}

/** Turns the tables of one class workbook into typed records plus diagnostics. Never throws. */
export function parseWorkbook(raw: RawWorkbook): ClassRecords {
  const diags: Diagnostic[] = [];
  const date1904 = !!raw && typeof raw === 'object' && raw.date1904 === true;

  const settingsRaw = rawOf(raw, 'settings');
  if (!settingsRaw) diags.push(missingTable('settings'));
  const settings = parseSettings(settingsRaw, date1904, diags);

  let roster: Student[] = [];
  const rosterRaw = rawOf(raw, 'roster');
  if (!rosterRaw) diags.push(missingTable('roster'));
  else {
    const t = prepareTable('roster', rosterRaw, diags);
    if (t) roster = readRoster(t);
  }

  const cx: FormContext = { dates: { date1904, academicYear: settings.academicYear }, lookup: buildLookup(roster) };
  const records: Pick<ClassRecords, RecordTableKey> = {
    meetings: [],
    talks: [],
    interviews: [],
    activities: [],
    dormVisits: [],
    parentContacts: [],
  };
  const present = { settings: !!settingsRaw, roster: !!rosterRaw } as ClassRecords['present'];
  for (const key of RECORD_KEYS) present[key] = readForm(key, raw, cx, records, diags);

  return { settings, roster, ...records, present, diagnostics: diags };
}
