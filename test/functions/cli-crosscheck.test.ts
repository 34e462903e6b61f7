// Cross-check with the command line: the same sample class written as a real .xlsx (xlsx helper's
// createWorkbook), judged by `bzr score --json`, and passed to BZR.SCORE / BZR.GRADE / BZR.MINIMUMS as
// Excel would pass the tables (header row first, dates as serial numbers, blanks as '').
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as F from '../../src/functions/functions';
import { TABLE_KEYS } from '../../src/records';
import { dayFromDate, dayFromYMD, serialFromDay } from '../../src/rules/days';
import { sampleClass } from '../../src/sample';
import { createWorkbook, loadWorkbook, readWorkbook, saveWorkbook } from '../../src/xlsx';

const ROOT = path.join(__dirname, '..', '..');
const STATUS: Record<string, string> = { met: '达标', unmet: '未达标', pending: '待学年末', 'n/a': '不适用' };

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** `bzr score FILE --json`: the installed bin when dist/ is current, else the same CLI from the sources. */
function bzrScoreJson(file: string): Record<string, unknown> {
  const dist = path.join(ROOT, 'dist', 'cli', 'index.js');
  const current = fs.existsSync(dist) && fs.statSync(dist).mtimeMs >= newestSource(path.join(ROOT, 'src'));
  const argv = current
    ? [path.join(ROOT, 'bin', 'bzr.js'), 'score', file, '--json']
    : [
        '-r',
        'ts-node/register/transpile-only',
        '-e',
        "require('./src/cli/index.ts').main(process.argv.slice(1)).then((c) => { process.exitCode = c; })",
        'score',
        file,
        '--json',
      ];
  const r = spawnSync(process.execPath, argv, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json' },
  });
  if (r.status !== 0) throw new Error(`bzr score failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** A cell as Excel passes it to a custom function. */
function excelCell(v: unknown): unknown {
  if (v instanceof Date) return serialFromDay(dayFromDate(v) as number);
  if (v === null || v === undefined) return '';
  return v;
}

test.each([
  ['财经学院', 30],
  ['阿克苏职院', 25],
] as const)('%s sample: BZR functions agree with bzr score --json', async (profile, students) => {
  const sample = sampleClass({ students, semesterStart: dayFromYMD(2026, 9, 7), profile });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-cf-'));
  try {
    const file = path.join(dir, 'class.xlsx');
    await saveWorkbook(await createWorkbook(sample.options, sample.rows), file);
    const cli = bzrScoreJson(file) as {
      grade: string;
      score: number | null;
      minimums: Array<{ name: string; required: number; actual: number; status: string; note: string }>;
    };

    const { raw } = readWorkbook(await loadWorkbook(file));
    const tables = TABLE_KEYS.flatMap((k) => {
      const t = raw.tables[k];
      return t ? [t.values.map((row) => row.map(excelCell))] : [];
    });
    expect(tables.length).toBeGreaterThanOrEqual(7);
    expect(cli.minimums.length).toBeGreaterThan(0);
    tables.reverse(); // any order

    expect(F.grade(...tables)).toBe(cli.grade);
    if (cli.score === null) expect(() => F.score(...tables)).toThrow(/没有规定积分/);
    else expect(F.score(...tables)).toBe(cli.score);
    const rows = F.minimums(...tables).slice(1, 1 + cli.minimums.length);
    expect(rows).toEqual(cli.minimums.map((m) => [m.name, m.required, m.actual, STATUS[m.status], m.note]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
