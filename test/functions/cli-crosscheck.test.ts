// The 20 golden scenarios: sample classes written as real .xlsx files (xlsx helper's createWorkbook),
// judged by `bzr score --json` (the compiled CLI's main, all files in one Node process), and called
// through the Excel calling harness exactly as Excel would pass the same tables: in each of the three
// blank encodings, in a 1904 workbook, and with an error cell (#N/A) in one record row — which the
// CLI judges from the same file.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Row, Worksheet } from 'exceljs';
import { TABLES, TABLE_KEYS, type RecordInput, type TableKey } from '../../src/records';
import { dayFromYMD } from '../../src/rules/days';
import { sampleClass, type SampleOptions } from '../../src/sample';
import { createWorkbook, loadWorkbook, read, saveWorkbook } from '../../src/xlsx';
import { ROOT, ensureDist } from '../cli/helpers';
import { excel, excelError, type ExcelHarness } from './harness';

type Rows = Partial<Record<TableKey, RecordInput[]>>;
const SEP = dayFromYMD(2026, 9, 7);
const FEB = dayFromYMD(2027, 2, 22);
const keep = (k: TableKey, n: number) => (r: Rows) => ({ ...r, [k]: (r[k] ?? []).slice(0, n) });

const SCENARIOS: Array<[string, Omit<SampleOptions, 'semesterStart'> & { semesterStart?: number }, (r: Rows) => Rows]> =
  [
    ['财经学院 30 students', { students: 30 }, (r) => r],
    ['财经学院 12 students', { students: 12 }, (r) => r],
    ['财经学院 40 students, seed 7', { students: 40, seed: 7 }, (r) => r],
    ['财经学院 semester 2', { students: 30, semesterStart: FEB }, (r) => r],
    ['阿克苏职院 25 students', { students: 25, profile: '阿克苏职院' }, (r) => r],
    ['阿克苏职院 semester 2', { students: 25, profile: '阿克苏职院', semesterStart: FEB }, (r) => r],
    ['财经学院 only 3 班会', { students: 30 }, keep('meetings', 3)],
    ['财经学院 no activities', { students: 30 }, keep('activities', 0)],
    [
      '财经学院 half the dorm visits',
      { students: 30 },
      (r) => keep('dormVisits', Math.ceil((r.dormVisits ?? []).length / 2))(r),
    ],
    ['财经学院 no parent contacts', { students: 30 }, keep('parentContacts', 0)],
    ['财经学院 half the talks', { students: 30 }, (r) => keep('talks', Math.ceil((r.talks ?? []).length / 2))(r)],
    ['阿克苏职院 only 3 班会', { students: 25, profile: '阿克苏职院' }, keep('meetings', 3)],
    ['财经学院 5 students', { students: 5 }, (r) => r],
    ['财经学院 60 students', { students: 60 }, (r) => r],
    ['财经学院 seed 99', { students: 30, seed: 99 }, (r) => r],
    ['阿克苏职院 40 students, seed 3', { students: 40, seed: 3, profile: '阿克苏职院' }, (r) => r],
    ['财经学院 no interviews', { students: 30 }, keep('interviews', 0)],
    ['财经学院 week 1 on 14 September', { students: 30, semesterStart: dayFromYMD(2026, 9, 14) }, (r) => r],
    ['财经学院 200 records', { students: 30, records: 200 }, (r) => r],
    [
      '财经学院 only the roster and 1 班会',
      { students: 20 },
      (r) => ({ roster: r.roster, meetings: (r.meetings ?? []).slice(0, 1) }),
    ],
  ];

interface Judged {
  grade: string;
  score: number | null;
}
interface Case {
  name: string;
  tables: unknown[][][];
  cli: Judged;
  broken: { tables: unknown[][][]; cli: Judged };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-golden-'));
const cases: Case[] = [];
let xl: ExcelHarness;

/** Each file's `bzr score --json`, by the compiled CLI's main (the bin's code) in one process. */
function cliJudge(files: string[]): Judged[] {
  ensureDist();
  const script = `const { main } = require('./dist/cli/index.js');
(async () => { for (const f of JSON.parse(process.argv[1])) { let out = '';
  await main(['score', f, '--json'], { out: (s) => (out += s), err: () => undefined });
  process.stdout.write(JSON.stringify(JSON.parse(out)) + '\\n'); } })();`;
  const r = spawnSync(process.execPath, ['-e', script, JSON.stringify(files)], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bzr score failed: ${r.stderr}`);
  return r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Judged)
    .map(({ grade, score }) => ({ grade, score }));
}

async function tablesOf(file: string): Promise<unknown[][][]> {
  const { raw } = read(await loadWorkbook(file));
  return TABLE_KEYS.flatMap((k) => (raw.tables[k] ? [raw.tables[k]!.values] : []));
}

beforeAll(async () => {
  xl = await excel();
  const files: string[] = [];
  for (const [i, [name, o, rows]] of SCENARIOS.entries()) {
    const sample = sampleClass({ ...o, semesterStart: o.semesterStart ?? SEP });
    const wb = await createWorkbook(sample.options, rows(sample.rows));
    const file = path.join(dir, `${i}.xlsx`);
    await saveWorkbook(wb, file);
    // The same workbook with #N/A in the date of its first 班会 (or its first student's 学号).
    const broken = path.join(dir, `${i}-error.xlsx`);
    const ws = wb.getWorksheet(TABLES.meetings.sheet);
    const header = ws?.getRow(ws ? findHeaderRow(ws) : 1);
    const col = header ? headerColumn(header, '日期') : 0;
    if (ws && col && ws.rowCount > findHeaderRow(ws)) ws.getCell(findHeaderRow(ws) + 1, col).value = { error: '#N/A' };
    await saveWorkbook(wb, broken);
    files.push(file, broken);
    cases.push({
      name,
      tables: [],
      cli: { grade: '', score: null },
      broken: { tables: [], cli: { grade: '', score: null } },
    });
  }
  const judged = cliJudge(files);
  for (const [i, c] of cases.entries()) {
    c.tables = await tablesOf(files[2 * i]);
    c.cli = judged[2 * i];
    c.broken = { tables: await tablesOf(files[2 * i + 1]), cli: judged[2 * i + 1] };
  }
}, 300_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function findHeaderRow(ws: Worksheet): number {
  for (let r = 1; r <= Math.min(ws.rowCount, 10); r++) if (headerColumn(ws.getRow(r), '日期')) return r;
  return 1;
}

function headerColumn(row: Row, text: string): number {
  let found = 0;
  row.eachCell((cell, c) => {
    if (!found && String(cell.value ?? '').trim() === text) found = c;
  });
  return found;
}

/** An exceljs error cell ({ error }) as the sheet's error value, for the harness. */
const errorCells = (tables: unknown[][][]) =>
  tables.map((t) =>
    t.map((row) => row.map((v) => (v && typeof v === 'object' && 'error' in v ? excelError(String(v.error)) : v))),
  );

function answers(h: ExcelHarness, tables: unknown[][][]): Judged {
  const score = h.call('SCORE', ...tables);
  return {
    grade: h.value<string>('GRADE', ...[...tables].reverse()), // any order
    score: 'value' in score ? (score.value as number) : score.error.message.includes('没有规定积分') ? null : NaN,
  };
}

test('20 scenarios, and the broken copies differ from them somewhere', () => {
  expect(cases).toHaveLength(20);
  expect(new Set(cases.map((c) => c.cli.grade)).size).toBeGreaterThanOrEqual(3); // 合格, 不合格, 称职/不称职
  expect(cases.some((c) => c.cli.score === 0)).toBe(true);
});

describe.each(SCENARIOS.map(([name], i) => [name, i] as const))('%s', (_name, i) => {
  test.each(['', null, 0] as const)('blanks as %p: SCORE and GRADE equal bzr score --json', (blanks) => {
    expect(answers(xl.with({ blanks }), cases[i].tables)).toEqual(cases[i].cli);
  });

  test('in a 1904 workbook', () => {
    expect(answers(xl.with({ date1904: true, blanks: 0 }), cases[i].tables)).toEqual(cases[i].cli);
  });

  test('with #N/A in one record row', () => {
    expect(answers(xl, errorCells(cases[i].broken.tables))).toEqual(cases[i].broken.cli);
  });
});
