// Cross-check with the command line: the same sample class written as a real .xlsx (xlsx helper's
// createWorkbook), judged by `bzr score --json`, and passed to BZR.SCORE / BZR.GRADE / BZR.MINIMUMS as
// Excel would pass the tables (header row first, dates as serial numbers, blanks as '').
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as F from '../../src/functions/functions';
import { TABLE_KEYS } from '../../src/records';
import { dayFromYMD } from '../../src/rules/days';
import { bzrScoreJson, excelCell } from './cli-helpers';
import { sampleClass } from '../../src/sample';
import { createWorkbook, loadWorkbook, readWorkbook, saveWorkbook } from '../../src/xlsx';

const STATUS: Record<string, string> = { met: '达标', unmet: '未达标', pending: '待学年末', 'n/a': '不适用' };

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
