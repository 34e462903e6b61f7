// RawWorkbook → ClassRecords (SPEC §1, §2.1, §2.3). Settings first (academic year and 1904 system
// date the cells), then the roster (names resolve against it), then the six record tables. Only
// complete, readable rows become records; every other row gets a diagnostic in Chinese.
import type {
  Activity,
  ClassRecords,
  Day,
  Diagnostic,
  DormVisit,
  Interview,
  Meeting,
  MeetingKind,
  ParentContact,
  RecordTableKey,
  Severity,
  Student,
  Talk,
} from '../rules/model';
import { ALL_DORMS_WORDS, TABLES, type ColumnSpec, type RawTable, type RawWorkbook, type TableKey } from './schema';
import { matchColumns } from './columns';
import { normalizeName, splitListKnown } from './normalize';
import { parseSettings, safeHeaderRow, safeName } from './settings';
import {
  countOf,
  dateOf,
  minutesOf,
  preview,
  textOf,
  unwrapCell,
  yesNoOf,
  type Cell,
  type DateContext,
  type ReadResult,
} from './values';

const RECORD_KEYS: readonly RecordTableKey[] = [
  'meetings',
  'talks',
  'interviews',
  'activities',
  'dormVisits',
  'parentContacts',
];

const REPAIR = '请在任务窗格中点击“创建/修复记录表”';
const ALL_DORMS = new Set<string>(ALL_DORMS_WORDS.map((w) => normalizeName(w)));

// Meeting types: the strict list is 班会/班委会; obvious synonyms are read as them.
const MEETING_KINDS: Record<string, MeetingKind> = {
  班会: '班会',
  主题班会: '班会',
  班级会议: '班会',
  班级全体会议: '班会',
  全体班会: '班会',
  班委会: '班委会',
  班委会议: '班委会',
  班委会会议: '班委会',
  班干部会议: '班委会',
};

// ---------------------------------------------------------------- roster lookup

interface Lookup {
  roster: Student[];
  /** normalised 学号 → roster indices (more than one: duplicate 学号). */
  byId: Map<string, number[]>;
  /** normalised 姓名 → roster indices (more than one: same name twice). */
  byName: Map<string, number[]>;
  dormKeys: Set<string>;
  /** Resolution of each names/dorms cell text seen so far. */
  names: Map<string, Resolved<number[]>>;
  dorms: Map<string, Resolved<{ dorms: string[]; all: boolean }>>;
}

function buildLookup(roster: Student[]): Lookup {
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
  return { roster, byId, byName, dormKeys, names: new Map(), dorms: new Map() };
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// ---------------------------------------------------------------- one table

interface TableState {
  key: TableKey;
  name: string;
  headerRow: number;
  values: unknown[][];
  /** Matched columns in spec order. */
  cols: Array<{ col: ColumnSpec; idx: number }>;
  byField: Map<string, { col: ColumnSpec; idx: number }>;
  diags: Diagnostic[];
}

/** Reads one data row; collects missing fields and unreadable values, and the row's warnings. */
class RowReader {
  readonly missing: string[] = [];
  readonly errors: Array<{ column: string; message: string }> = [];
  readonly warnings: Array<{ column: string; message: string }> = [];
  constructor(
    private readonly t: TableState,
    readonly row: number,
    private readonly cells: Cell[],
  ) {}

  header(field: string): string {
    return (
      this.t.byField.get(field)?.col.header ??
      TABLES[this.t.key].columns.find((c) => c.field === field)?.header ??
      field
    );
  }

  cell(field: string): Cell {
    const m = this.t.byField.get(field);
    return m ? this.cells[m.idx] : { t: 'blank' };
  }

  /** The value when it was readable and filled; blank/unreadable cells were reported by checkCells. */
  private read<T>(field: string, reader: (c: Cell) => ReadResult<T>): T | null {
    const c = this.cell(field);
    if (c.t === 'blank' || c.t === 'error' || c.t === 'junk') return null;
    const r = reader(c);
    if (r.kind === 'ok') return r.value;
    if (r.kind === 'error') this.fail(field, r.message);
    return null;
  }

  text(field: string): string {
    return this.read(field, textOf) ?? '';
  }

  date(field: string, ctx: DateContext): Day | null {
    return this.read(field, (c) => dateOf(c, ctx));
  }

  minutes(field: string): number | null {
    return this.read(field, minutesOf);
  }

  count(field: string): number | null {
    return this.read(field, countOf);
  }

  yesNo(field: string): boolean | null {
    return this.read(field, yesNoOf);
  }

  isBlank(field: string): boolean {
    return this.cell(field).t === 'blank';
  }

  fail(field: string, message: string): void {
    this.errors.push({ column: this.header(field), message });
  }

  warn(field: string, message: string): void {
    this.warnings.push({ column: this.header(field), message });
  }

  require(what: string): void {
    this.missing.push(what);
  }

  get ok(): boolean {
    return this.missing.length === 0 && this.errors.length === 0;
  }
}

function prepareTable(key: TableKey, raw: RawTable, diags: Diagnostic[]): TableState | null {
  const spec = TABLES[key];
  const name = safeName(raw);
  const values = Array.isArray(raw.values) ? raw.values : [];
  const header = Array.isArray(values[0]) ? values[0] : [];
  const { index, missing } = matchColumns(spec, header);
  const required = missing.filter((c) => c.required);
  if (required.length > 0) {
    diags.push({
      table: name,
      row: null,
      column: required[0].header,
      severity: 'error',
      message: `${name}缺少必填列${required.map((c) => `“${c.header}”`).join('、')}，${REPAIR}补上${required.length > 1 ? '这些列' : '该列'}；补好之前该表的记录暂不计入。`,
    });
    return null;
  }
  const optional = missing.filter((c) => c.kind !== 'seq' && c.kind !== 'signature');
  if (optional.length > 0) {
    diags.push({
      table: name,
      row: null,
      column: optional[0].header,
      severity: 'info',
      message: `${name}没有${optional.map((c) => `“${c.header}”`).join('、')}列，这些内容按未填写处理。如需填写，${REPAIR}补上。`,
    });
  }
  const cols = spec.columns.filter((c) => index[c.field] !== undefined).map((col) => ({ col, idx: index[col.field] }));
  return {
    key,
    name,
    headerRow: safeHeaderRow(raw),
    values,
    cols,
    byField: new Map(cols.map((c) => [c.col.field, c])),
    diags,
  };
}

/**
 * Walks the data rows: blank rows (only the seq column filled counts as blank) are skipped silently;
 * every other row is checked for required fields and unreadable cells, then `build` turns it into a
 * record. A row with anything missing or unreadable is not counted.
 */
function eachRow<T>(t: TableState, build: (r: RowReader) => T | null): T[] {
  const out: T[] = [];
  const cells: Cell[] = [];
  for (let i = 1; i < t.values.length; i++) {
    const rowValues = t.values[i];
    if (!Array.isArray(rowValues)) continue;
    let blank = true;
    let problem = false;
    for (let k = 0; k < t.cols.length; k++) {
      const { col, idx } = t.cols[k];
      const c = unwrapCell(rowValues[idx]);
      cells[idx] = c;
      if (col.kind === 'seq') continue;
      if (c.t !== 'blank') {
        blank = false;
        if (c.t === 'error' || c.t === 'junk') problem = true;
      } else if (col.required) problem = true;
    }
    if (blank) continue;
    const row = t.headerRow + i;
    const r = new RowReader(t, row, cells);
    if (problem) checkCells(t, r, cells);
    let record: T | null = null;
    try {
      record = build(r);
    } catch {
      r.fail('', '读取该行时出现意外问题，请检查该行内容。');
    }
    report(t, r);
    if (r.ok && record !== null) out.push(record);
  }
  return out;
}

/** Required cells left blank, and cells that hold an error value or something unreadable. */
function checkCells(t: TableState, r: RowReader, cells: Cell[]): void {
  for (const { col, idx } of t.cols) {
    if (col.kind === 'seq' || col.kind === 'signature') continue;
    const c = cells[idx];
    if (c.t === 'blank') {
      if (col.required) r.require(col.header);
    } else if (c.t === 'error' || c.t === 'junk') {
      const m = textOf(c);
      r.fail(col.field, m.kind === 'error' ? m.message : '无法识别，请重新填写。');
    }
  }
}

function report(t: TableState, r: RowReader): void {
  if (r.ok && r.warnings.length === 0) return;
  const at = `${t.name}第${r.row}行`;
  if (r.missing.length > 0) {
    t.diags.push({
      table: t.name,
      row: r.row,
      column: r.missing[0].replace(/（.*$/u, ''),
      severity: 'error',
      message: `${at}缺少：${r.missing.join('、')}。该行暂不计入，请补全。`,
    });
  }
  for (const e of r.errors) {
    t.diags.push({
      table: t.name,
      row: r.row,
      column: e.column || null,
      severity: 'error',
      message: `${at}“${e.column}”列：${e.message}该行暂不计入。`,
    });
  }
  for (const w of r.warnings) {
    t.diags.push({
      table: t.name,
      row: r.row,
      column: w.column || null,
      severity: 'warning',
      message: `${at}${w.message}`,
    });
  }
}

// ---------------------------------------------------------------- names and dorms

/** Resolves the names of a names cell to roster indices; size counts every distinct person named. */
interface Resolved<T> {
  value: T;
  /** Number of distinct entries (names: people; dorms: dorms or 全部). */
  size: number;
  warnings: string[];
}

function readNames(r: RowReader, field: string, lk: Lookup): { students: number[]; size: number } | null {
  const text = listText(r, field, '学生姓名，请填写姓名或学号（多人用“、”分隔）。');
  if (text === null) return null;
  const col = r.header(field);
  // The same cell text resolves the same way every time: resolve it once per workbook.
  const cacheKey = `${col}\u0000${text}`;
  let res = lk.names.get(cacheKey);
  if (!res) {
    res = resolveNames(text, col, lk);
    lk.names.set(cacheKey, res);
  }
  for (const w of res.warnings) r.warn(field, w);
  if (res.size === 0) {
    r.require(col);
    return null;
  }
  return { students: res.value.slice(), size: res.size };
}

function resolveNames(text: string, col: string, lk: Lookup): Resolved<number[]> {
  const tokens = splitListKnown(text, (k) => lk.byId.has(k) || lk.byName.has(k));
  const students = new Set<number>();
  const unknown = new Set<string>();
  const warnings: string[] = [];
  for (const token of tokens) {
    const key = normalizeName(token);
    if (key === '') continue;
    const ids = lk.byId.get(key);
    if (ids && ids.length === 1) {
      students.add(ids[0]);
      continue;
    }
    if (ids && ids.length > 1) {
      unknown.add(key);
      warnings.push(
        `“${col}”列中的学号“${token}”在学生名册中出现了${ids.length}次（${rowsOf(lk, ids)}），无法确定是谁，这一项不计入任何学生。请先改正学生名册中重复的学号。`,
      );
      continue;
    }
    const names = lk.byName.get(key);
    if (names && names.length === 1) {
      students.add(names[0]);
      continue;
    }
    if (unknown.has(key)) continue;
    unknown.add(key);
    if (names && names.length > 1) {
      warnings.push(
        `“${col}”列中的“${token}”在学生名册中有${names.length}人同名（${rowsOf(lk, names)}），无法确定是谁，这一项不计入任何学生。请改写为该生的学号。`,
      );
    } else if (lk.roster.length > 0) {
      warnings.push(
        `“${col}”列中的“${token}”不在学生名册中，这一项不计入任何学生。请检查姓名是否写错，或在学生名册表中补上该学生。`,
      );
    }
  }
  return { value: [...students].sort((a, b) => a - b), size: students.size + unknown.size, warnings };
}

/** The text of a names/dorms cell; blank and unreadable cells were already reported. */
function listText(r: RowReader, field: string, what: string): string | null {
  const c = r.cell(field);
  if (c.t === 'str') return c.v;
  if (c.t === 'num') return textOf(c).kind === 'ok' ? (textOf(c) as { value: string }).value : null;
  if (c.t === 'bool' || c.t === 'date') r.fail(field, `“${preview(c)}”不是${what}`);
  return null;
}

function rowsOf(lk: Lookup, indices: number[]): string {
  return `名册第${indices.map((i) => lk.roster[i].row).join('、')}行`;
}

function readDorms(r: RowReader, field: string, lk: Lookup): { dorms: string[]; all: boolean } | null {
  const text = listText(r, field, '宿舍，请填写宿舍号（多个用“、”分隔，全部走遍写“全部”）。');
  if (text === null) return null;
  const col = r.header(field);
  const cacheKey = `${col}\u0000${text}`;
  let res = lk.dorms.get(cacheKey);
  if (!res) {
    res = resolveDorms(text, col, lk);
    lk.dorms.set(cacheKey, res);
  }
  for (const w of res.warnings) r.warn(field, w);
  if (res.size === 0) {
    r.require(col);
    return null;
  }
  return { dorms: res.value.dorms.slice(), all: res.value.all };
}

function resolveDorms(text: string, col: string, lk: Lookup): Resolved<{ dorms: string[]; all: boolean }> {
  const tokens = splitListKnown(text, (k) => lk.dormKeys.has(k) || ALL_DORMS.has(k));
  const dorms: string[] = [];
  const seen = new Set<string>();
  const warnings: string[] = [];
  let all = false;
  for (const token of tokens) {
    const key = normalizeName(token);
    if (key === '') continue;
    if (ALL_DORMS.has(key)) {
      all = true;
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    dorms.push(key);
    if (lk.dormKeys.size > 0 && !lk.dormKeys.has(key)) {
      warnings.push(
        `“${col}”列中的宿舍“${token}”不在学生名册的宿舍中。请检查宿舍号是否写错，或在学生名册表的“宿舍”列中补上。`,
      );
    }
  }
  return { value: { dorms, all }, size: dorms.length + (all ? 1 : 0), warnings };
}

// ---------------------------------------------------------------- the tables

function parseRoster(t: TableState): Student[] {
  const roster: Student[] = [];
  const cells: Cell[] = [];
  const firstIdRow = new Map<string, number>();
  const nameRows = new Map<string, { name: string; rows: number[] }>();
  for (let i = 1; i < t.values.length; i++) {
    const rowValues = t.values[i];
    if (!Array.isArray(rowValues)) continue;
    let blank = true;
    for (const { idx } of t.cols) {
      const c = unwrapCell(rowValues[idx]);
      cells[idx] = c;
      if (c.t !== 'blank') blank = false;
    }
    if (blank) continue;
    const row = t.headerRow + i;
    const r = new RowReader(t, row, cells);
    const nameCell = r.cell('name');
    if (nameCell.t === 'blank') {
      r.require('姓名');
      report(t, r);
      continue;
    }
    const name = textOf(nameCell);
    if (name.kind !== 'ok') {
      r.fail('name', name.kind === 'error' ? name.message : '无法识别。');
      report(t, r);
      continue;
    }
    // The student exists even when a side column is unreadable: warn and keep the row.
    const side = (field: string): string => {
      const v = textOf(r.cell(field));
      if (v.kind === 'error') {
        r.warn(field, `“${r.header(field)}”列：${v.message}这一格按未填写处理。`);
        return '';
      }
      return v.kind === 'ok' ? v.value : '';
    };
    const dorm = side('dorm');
    const student: Student = {
      index: roster.length,
      row,
      id: side('id'),
      name: name.value,
      gender: side('gender'),
      dorm,
      dormKey: normalizeName(dorm),
      parentName: side('parentName'),
      parentContact: side('parentContact'),
      specialCare: side('specialCare'),
      note: side('note'),
    };
    const idKey = normalizeName(student.id);
    if (idKey) {
      const prev = firstIdRow.get(idKey);
      if (prev !== undefined) {
        r.errors.push({
          column: '学号',
          message: `学号“${student.id}”与第${prev}行重复。请核对并改正；改正之前，用这个学号写的记录不计入任何学生。`,
        });
      } else firstIdRow.set(idKey, row);
    }
    const nameKey = normalizeName(student.name);
    const seen = nameRows.get(nameKey);
    if (seen) seen.rows.push(row);
    else nameRows.set(nameKey, { name: student.name, rows: [row] });
    // Reported as an error (duplicate 学号) but the student stays on the roster.
    for (const e of r.errors) {
      t.diags.push({
        table: t.name,
        row,
        column: e.column,
        severity: 'error',
        message: `${t.name}第${row}行“${e.column}”列：${e.message}`,
      });
    }
    r.errors.length = 0;
    report(t, r);
    roster.push(student);
  }
  for (const { name, rows } of nameRows.values()) {
    if (rows.length < 2) continue;
    t.diags.push({
      table: t.name,
      row: rows[1],
      column: '姓名',
      severity: 'info',
      message: `${t.name}第${rows.join('、')}行的姓名都是“${name}”。记录中写这个姓名时无法区分是谁，请在记录中改写为学号。`,
    });
  }
  return roster;
}

function parseMeetings(t: TableState, ctx: DateContext): Meeting[] {
  return eachRow(t, (r) => {
    let kind: MeetingKind = '班会';
    const kc = r.cell('kind');
    if (kc.t === 'str' || kc.t === 'num' || kc.t === 'bool' || kc.t === 'date') {
      const k = MEETING_KINDS[normalizeName(r.text('kind'))];
      if (k) kind = k;
      else r.fail('kind', `“${preview(kc)}”不是可用的类型，请填写“班会”或“班委会”（留空按班会计）。`);
    }
    const topic = r.text('topic');
    const date = r.date('date', ctx);
    const expected = r.count('expected');
    const present = r.count('present');
    if (expected !== null && present !== null) {
      if (present > expected) {
        r.fail('present', `实到人数（${present}）多于应到人数（${expected}），请核对后改正。`);
      } else if (present < expected && r.isBlank('absent')) {
        r.require('未到名单及原因（实到人数少于应到人数时必填）');
      }
    }
    if (date === null || expected === null || present === null) return null;
    return { row: r.row, date, kind, topic, expected, present };
  });
}

function parseTalks(t: TableState, ctx: DateContext, lk: Lookup): Talk[] {
  return eachRow(t, (r) => {
    const names = readNames(r, 'names', lk);
    const date = r.date('date', ctx);
    const minutes = r.minutes('minutes');
    if (names === null || date === null || minutes === null) return null;
    return { row: r.row, date, students: names.students, size: names.size, minutes };
  });
}

function parseInterviews(t: TableState, ctx: DateContext, lk: Lookup): Interview[] {
  return eachRow(t, (r) => {
    const names = readNames(r, 'names', lk);
    const date = r.date('date', ctx);
    const minutes = r.minutes('minutes');
    const careType = r.text('careType');
    if (names === null || date === null) return null;
    return { row: r.row, date, students: names.students, size: names.size, minutes, careType };
  });
}

function parseActivities(t: TableState, ctx: DateContext): Activity[] {
  return eachRow(t, (r) => {
    const name = r.text('name');
    const type = r.text('type');
    const date = r.date('date', ctx);
    const present = r.yesNo('advisorPresent');
    if (date === null) return null;
    // 班主任参加: blank means 是.
    return { row: r.row, date, name, type, advisorPresent: present !== false };
  });
}

function parseDormVisits(t: TableState, ctx: DateContext, lk: Lookup): DormVisit[] {
  return eachRow(t, (r) => {
    const date = r.date('date', ctx);
    const dorms = readDorms(r, 'dorms', lk);
    const reason = r.text('reason');
    // “如果发现问题，应及时解决”: a problem found needs its handling written down.
    if (!r.isBlank('problem') && r.isBlank('handling')) {
      r.require('处理情况（填写了发现问题时必填：“如果发现问题，应及时解决”）');
    }
    if (date === null || dorms === null) return null;
    return { row: r.row, date, dorms: dorms.dorms, all: dorms.all, reason };
  });
}

function parseParentContacts(t: TableState, ctx: DateContext, lk: Lookup): ParentContact[] {
  return eachRow(t, (r) => {
    const names = readNames(r, 'names', lk);
    const date = r.date('date', ctx);
    const method = r.text('method');
    const reason = r.text('reason');
    if (names === null || date === null) return null;
    return { row: r.row, date, students: names.students, method, reason };
  });
}

// ---------------------------------------------------------------- the workbook

function rawOf(raw: RawWorkbook, key: TableKey): RawTable | undefined {
  const tables = raw && typeof raw === 'object' ? raw.tables : undefined;
  if (!tables || typeof tables !== 'object') return undefined;
  const t = (tables as Partial<Record<TableKey, RawTable>>)[key];
  if (!t || typeof t !== 'object') return undefined;
  return { ...t, key };
}

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

/** Turns the tables of one class workbook into typed records plus diagnostics. Never throws. */
export function parseWorkbook(raw: RawWorkbook): ClassRecords {
  const diags: Diagnostic[] = [];
  const date1904 = !!raw && typeof raw === 'object' && raw.date1904 === true;
  const present: ClassRecords['present'] = {
    settings: false,
    roster: false,
    meetings: false,
    talks: false,
    interviews: false,
    activities: false,
    dormVisits: false,
    parentContacts: false,
  };

  const settingsRaw = rawOf(raw, 'settings');
  present.settings = !!settingsRaw;
  if (!settingsRaw) diags.push(missingTable('settings'));
  const settings = parseSettings(settingsRaw, date1904, diags);
  const ctx: DateContext = { date1904, academicYear: settings.academicYear };

  let roster: Student[] = [];
  const rosterRaw = rawOf(raw, 'roster');
  present.roster = !!rosterRaw;
  if (!rosterRaw) diags.push(missingTable('roster'));
  else {
    const t = prepareTable('roster', rosterRaw, diags);
    if (t) {
      roster = parseRoster(t);
      if (roster.length === 0) {
        diags.push({
          table: t.name,
          row: null,
          column: '姓名',
          severity: 'warning',
          message: `${t.name}中还没有学生。请填写学生名册，否则谈心、联系家长等要求无法判断。`,
        });
      }
    }
  }
  const lk = buildLookup(roster);

  const records: Pick<ClassRecords, RecordTableKey> = {
    meetings: [],
    talks: [],
    interviews: [],
    activities: [],
    dormVisits: [],
    parentContacts: [],
  };
  for (const key of RECORD_KEYS) {
    const r = rawOf(raw, key);
    present[key] = !!r;
    if (!r) {
      diags.push(missingTable(key));
      continue;
    }
    const t = prepareTable(key, r, diags);
    if (!t) continue;
    switch (key) {
      case 'meetings':
        records.meetings = parseMeetings(t, ctx);
        break;
      case 'talks':
        records.talks = parseTalks(t, ctx, lk);
        break;
      case 'interviews':
        records.interviews = parseInterviews(t, ctx, lk);
        break;
      case 'activities':
        records.activities = parseActivities(t, ctx);
        break;
      case 'dormVisits':
        records.dormVisits = parseDormVisits(t, ctx, lk);
        break;
      case 'parentContacts':
        records.parentContacts = parseParentContacts(t, ctx, lk);
        break;
    }
  }

  return { settings, roster, ...records, present, diagnostics: diags };
}
