// A formula engine evaluates =BZR.SCORE(...), =BZR.MINIMUMS(...) and =BZR.POINTS(...) over sheets of
// records, through a HyperFormula FunctionPlugin that calls our functions the way Excel would: with
// ranges whose header row comes first, through the Excel calling harness (harness.ts: one array for the
// repeating tables, an invocation object last). The answers must equal the rules' own answers.
// (HyperFormula under its GPL licence key, tests only; it has no structured references, so the
// formulas use plain A1 ranges covering each table with its header row.)
import {
  ArraySize,
  CellError,
  DetailedCellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import { excel, type Answer, type ExcelHarness } from './harness';
import { parseWorkbook, TABLES, type RawWorkbook, type TableKey } from '../../src/records';
import { evaluate, points } from '../../src/rules';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TABLE_KEYS } from '../../src/records';
import { dayFromYMD } from '../../src/rules/days';
import { sampleClass as sampleWorkbookClass } from '../../src/sample';
import { createWorkbook, loadWorkbook, read, saveWorkbook } from '../../src/xlsx';
import { bzrScoreJson, excelCell } from './cli-helpers';
import { sampleClass, type Matrix, type SampleTables } from './fixtures';

/** MINIMUMS spills at most this many rows here: header + minimums + the 记录问题 row, padded. */
const SPILL_ROWS = 10;
const SPILL_COLS = 5;

/** A cell of a HyperFormula range as Excel would pass it: '' for empty, numbers as numbers. */
function excelValue(v: unknown): unknown {
  if (typeof v === 'symbol' || v === null || v === undefined) return '';
  if (v instanceof CellError) return `#${v.type}`;
  if (typeof v === 'object' && v !== null && 'val' in v) return (v as { val: number }).val; // dates, percents
  return v;
}

function matrix(range: SimpleRangeValue): unknown[][] {
  return range.data.map((row) => row.map(excelValue));
}

let xl: ExcelHarness;
beforeAll(async () => {
  xl = await excel();
}, 60_000);

/** Calls BZR.<id> through the harness; its #VALUE!/#N/A becomes the engine's error with our message. */
function call(id: string, ...args: unknown[]): unknown {
  const a: Answer = xl.call(id, ...args);
  if ('error' in a) return new CellError(a.error.code === '#N/A' ? ErrorType.NA : ErrorType.VALUE, a.error.message);
  return a.value;
}

class BzrPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    'BZR.SCORE': { method: 'score', parameters: [{ argumentType: FunctionArgumentType.RANGE }], repeatLastArgs: 1 },
    'BZR.GRADE': { method: 'grade', parameters: [{ argumentType: FunctionArgumentType.RANGE }], repeatLastArgs: 1 },
    'BZR.MINIMUMS': {
      method: 'minimums',
      parameters: [{ argumentType: FunctionArgumentType.RANGE }],
      repeatLastArgs: 1,
      sizeOfResultArrayMethod: 'minimumsSize',
    },
    'BZR.POINTS': {
      method: 'points',
      parameters: Array.from({ length: 6 }, () => ({ argumentType: FunctionArgumentType.NUMBER })),
    },
  };

  score(ast: { args: never[] }, state: never) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('BZR.SCORE'),
      (...ranges: SimpleRangeValue[]) => call('SCORE', ...ranges.map(matrix)) as number | CellError,
    );
  }

  grade(ast: { args: never[] }, state: never) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('BZR.GRADE'),
      (...ranges: SimpleRangeValue[]) => call('GRADE', ...ranges.map(matrix)) as string | CellError,
    );
  }

  minimums(ast: { args: never[] }, state: never) {
    return this.runFunction(ast.args, state, this.metadata('BZR.MINIMUMS'), (...ranges: SimpleRangeValue[]) => {
      const out = call('MINIMUMS', ...ranges.map(matrix)) as unknown[][] | CellError;
      if (out instanceof CellError) return out;
      // The engine needs the spill size before evaluating: pad to a fixed block.
      const padded = Array.from({ length: SPILL_ROWS }, (_, i) =>
        Array.from({ length: SPILL_COLS }, (_, j) => (out[i]?.[j] ?? '') as string | number),
      );
      return SimpleRangeValue.onlyValues(padded);
    });
  }

  minimumsSize() {
    return new ArraySize(SPILL_COLS, SPILL_ROWS);
  }

  points(ast: { args: never[] }, state: never) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('BZR.POINTS'),
      (...n: number[]) => call('POINTS', ...n) as number | CellError,
    );
  }
}

const NAMES = ['BZR.SCORE', 'BZR.GRADE', 'BZR.MINIMUMS', 'BZR.POINTS'];
// Registered at load time: describe.each bodies below build their engines while tests are collected.
HyperFormula.registerFunctionPlugin(BzrPlugin, { enGB: Object.fromEntries(NAMES.map((n) => [n, n])) });
afterAll(() => {
  HyperFormula.unregisterFunctionPlugin(BzrPlugin);
});

const col = (n: number): string =>
  n <= 26 ? String.fromCharCode(64 + n) : col(Math.floor((n - 1) / 26)) + col(((n - 1) % 26) + 1);

/** One sheet per table (ASCII names: the engine needs no quoting), and a sheet with the formulas. */
function build(t: SampleTables, formulas: string[][]) {
  const sheets: Record<string, unknown[][]> = {};
  const ranges: string[] = [];
  for (const [key, m] of Object.entries(t) as Array<[TableKey, Matrix]>) {
    sheets[key] = m.map((row) => row.map((v) => (v === '' ? null : v)));
    ranges.push(`${key}!A1:${col(m[0].length)}${m.length}`);
  }
  const fill = (s: string) => s.replace('{tables}', ranges.join(', '));
  sheets.out = formulas.map((row) => row.map(fill));
  const hf = HyperFormula.buildFromSheets(sheets as never, { licenseKey: 'gpl-v3' });
  return { hf, out: hf.getSheetId('out') as number };
}

function rulesAnswer(t: SampleTables) {
  const raw: RawWorkbook = { tables: {}, date1904: false };
  for (const [key, values] of Object.entries(t) as Array<[TableKey, Matrix]>) {
    raw.tables[key] = { key, name: TABLES[key].table, sheet: TABLES[key].sheet, headerRow: 1, values, source: 'table' };
  }
  return evaluate(parseWorkbook(raw));
}

const STATUS: Record<string, string> = { met: '达标', unmet: '未达标', pending: '待学年末', 'n/a': '不适用' };

describe.each([
  ['财经学院, 合格', sampleClass()],
  ['财经学院, 不合格', sampleClass({ meetings: 4, dormVisits: 5 })],
  ['财经学院, semester 2', sampleClass({ semester: 2, contacted: 12, students: 20 })],
])('%s', (_name, t) => {
  const ev = rulesAnswer(t);
  let hf: HyperFormula;
  let out: number;
  beforeAll(() => {
    ({ hf, out } = build(t, [['=BZR.SCORE({tables})', '=BZR.GRADE({tables})'], ['=BZR.MINIMUMS({tables})']]));
  });

  test('=BZR.SCORE and =BZR.GRADE equal the rules', () => {
    expect(hf.getCellValue({ sheet: out, row: 0, col: 0 })).toBe(ev.score);
    expect(hf.getCellValue({ sheet: out, row: 0, col: 1 })).toBe(ev.grade);
  });

  test('=BZR.MINIMUMS spills the rules’ minimums', () => {
    const values = hf.getSheetValues(out).slice(1, 2 + ev.minimums.length);
    expect(values[0]).toEqual(['指标', '要求', '实际', '状态', '说明']);
    expect(values.slice(1)).toEqual(ev.minimums.map((m) => [m.name, m.required, m.actual, STATUS[m.status], m.note]));
  });
});

test('=BZR.POINTS equals rules.points; bad input and 阿克苏 SCORE come back as the engine’s errors with our message', () => {
  const a = sampleClass({ profile: '阿克苏职院' });
  const { hf, out } = build(a, [
    ['=BZR.POINTS(8, 10, 3, 2, 30, 40)', '=BZR.POINTS(8, 10, 3, 2, 50, 40)', '=BZR.SCORE({tables})'],
  ]);
  const c = { meetings: 8, talksTwice: 10, activities: 3, dormsTwice: 2, parentContacts: 30, classSize: 40 };
  expect(hf.getCellValue({ sheet: out, row: 0, col: 0 })).toBe(points(c).score);
  const bad = hf.getCellValue({ sheet: out, row: 0, col: 1 }) as DetailedCellError;
  expect(bad).toBeInstanceOf(DetailedCellError);
  expect(bad.type).toBe(ErrorType.VALUE);
  expect(bad.message).toMatch(/不能超过班级人数/);
  const na = hf.getCellValue({ sheet: out, row: 0, col: 2 }) as DetailedCellError;
  expect(na.type).toBe(ErrorType.NA);
  expect(na.message).toMatch(/没有规定积分/);
});

// The formula engine against the command line: one filled sample workbook, judged by `bzr score --json`
// and, as sheets of Excel-shaped cells, by =BZR.SCORE / =BZR.GRADE / =BZR.MINIMUMS / =BZR.POINTS.
describe('HyperFormula over a filled sample workbook agrees with bzr score --json', () => {
  interface CliJson {
    grade: string;
    score: number | null;
    minimums: Array<{ id: string; name: string; required: number; actual: number; status: string; note: string }>;
    bonuses: Array<{ id: string; points: number; cap: number; basis: number }>;
  }
  let cli: CliJson;
  let tables: SampleTables;

  beforeAll(async () => {
    const sample = sampleWorkbookClass({ students: 36, semesterStart: dayFromYMD(2026, 9, 7) });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-hf-'));
    try {
      const file = path.join(dir, 'class.xlsx');
      await saveWorkbook(await createWorkbook(sample.options, sample.rows), file);
      cli = bzrScoreJson(file) as unknown as CliJson;
      const { raw } = read(await loadWorkbook(file));
      tables = {};
      for (const key of TABLE_KEYS) {
        const t = raw.tables[key];
        if (t) tables[key] = t.values.map((row) => row.map(excelCell)) as Matrix;
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('SCORE, GRADE and MINIMUMS equal the JSON', () => {
    expect(cli.grade).toBe('合格');
    const { hf, out } = build(tables, [['=BZR.SCORE({tables})', '=BZR.GRADE({tables})'], ['=BZR.MINIMUMS({tables})']]);
    expect(hf.getCellValue({ sheet: out, row: 0, col: 0 })).toBe(cli.score);
    expect(hf.getCellValue({ sheet: out, row: 0, col: 1 })).toBe(cli.grade);
    const values = hf.getSheetValues(out).slice(1, 2 + cli.minimums.length);
    expect(values[0]).toEqual(['指标', '要求', '实际', '状态', '说明']);
    expect(values.slice(1)).toEqual(cli.minimums.map((m) => [m.name, m.required, m.actual, STATUS[m.status], m.note]));
  });

  test('POINTS over the JSON’s own counts gives the JSON’s score', () => {
    const basis = (id: string) => cli.bonuses.find((b) => b.id === id)!.basis;
    const classSize = cli.minimums.find((m) => m.id === 'talks')!.required;
    const args = [basis('meetings'), basis('talksTwice'), basis('activities'), basis('dormsTwice')];
    const formula = `=BZR.POINTS(${[...args, basis('parentContacts'), classSize].join(',')})`;
    const { hf, out } = build(tables, [[formula]]);
    expect(hf.getCellValue({ sheet: out, row: 0, col: 0 })).toBe(cli.score);
  });
});
