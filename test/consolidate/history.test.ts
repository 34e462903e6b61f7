// --history round trip (SPEC §7.2, §3.2): each term's SUMMARY.xlsx carries 汇总结果表, which the next
// term reads back. Six terms over three academic years, each run given only the previous summary.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/index';
import { FLAG_DISMISS, FLAG_REWARD } from '../../src/rules/history';
import { tmpDir } from '../cli/helpers';
import { classWorkbook } from './helpers';

interface Advisor {
  advisor: string;
  result: string;
  flags: string[];
}

async function run(args: string[]): Promise<{ code: number; json: { advisors: Advisor[] } }> {
  const out: string[] = [];
  const code = await main(['consolidate', ...args], { out: (s) => out.push(s), err: () => {} });
  return { code, json: JSON.parse(out.join('\n')) as { advisors: Advisor[] } };
}

it('shows 第三十二条 after three years of 优秀 and 第九条 after two failed semesters in a row', async () => {
  const dir = tmpDir();
  const terms = [2024, 2025, 2026].flatMap((year) => [1, 2].map((semester) => ({ year, semester: semester as 1 | 2 })));
  let previous: string | null = null;
  const seen: Array<Record<string, Advisor>> = [];
  for (const [i, t] of terms.entries()) {
    const folder = path.join(dir, `term${i + 1}`);
    await classWorkbook(folder, { className: '会计01', advisor: '甲老师', ...t, variant: 'base' }); // 75
    await classWorkbook(folder, { className: '会计02', advisor: '乙老师', ...t, variant: 'minus3' }); // 72
    // 丙老师 fails the last two terms (2026-2027 semesters 1 and 2).
    await classWorkbook(folder, { className: '会计03', advisor: '丙老师', ...t, variant: i >= 4 ? 'fail' : 'minus4' });
    const out = path.join(dir, `SUMMARY-${i + 1}.xlsx`);
    const history = previous ? ['--history', previous] : [];
    // quota = floor(0.4 × 3) = 1: 甲老师 is 优秀 every term.
    const r = await run([folder, ...history, '-o', out, '--json', '--ratio', '0.4', '--jobs', '1']);
    expect(r.code).toBe(0);
    seen.push(Object.fromEntries(r.json.advisors.map((a) => [a.advisor, a])));
    previous = out;
  }
  expect(seen.map((s) => s['甲老师'].result)).toEqual(Array(6).fill('优秀'));
  // 第三十二条 “年度考核连续三年优秀”: only once the third year is complete.
  expect(seen.map((s) => s['甲老师'].flags.includes(FLAG_REWARD))).toEqual([false, false, false, false, false, true]);
  // 第九条 “连续两学期工作考核不合格”: the second failure in a row, not the first.
  expect(seen.map((s) => s['丙老师'].flags.includes(FLAG_DISMISS))).toEqual([false, false, false, false, false, true]);
  expect(seen[5]['乙老师'].flags).not.toContain(FLAG_DISMISS);
}, 300_000);

it('history files are read as boundedly as class workbooks: a FIFO, a text file and a missing file are listed, not fatal', async () => {
  const dir = tmpDir();
  const folder = path.join(dir, 'term');
  await classWorkbook(folder, { className: '会计01', advisor: '甲老师', year: 2026, semester: 1, variant: 'base' });
  const fifo = path.join(dir, 'pipe.xlsx');
  execFileSync('mkfifo', [fifo]); // opened, it would block: refused from stat before any read
  const text = path.join(dir, 'notes.xlsx');
  fs.writeFileSync(text, '这不是工作簿');
  const missing = path.join(dir, 'gone.xlsx');
  const out: string[] = [];
  const t0 = Date.now();
  const code = await main(
    ['consolidate', folder, '--history', fifo, text, missing, '-o', path.join(dir, 'S.xlsx'), '--json', '--jobs', '1'],
    {
      out: (s) => out.push(s),
      err: () => {},
    },
  );
  expect(Date.now() - t0).toBeLessThan(60_000);
  const json = JSON.parse(out.join('\n')) as { errors: Array<{ file: string; message: string }>; advisors: Advisor[] };
  expect(code).toBe(1);
  const byFile = Object.fromEntries(json.errors.map((e) => [e.file, e.message]));
  expect(byFile[fifo]).toMatch(/^历史汇总无法读取：.*管道（FIFO）/);
  expect(byFile[text]).toMatch(/^历史汇总无法读取：/);
  expect(byFile[missing]).toMatch(/^历史汇总无法读取：找不到文件/);
  expect(json.advisors.map((a) => a.advisor)).toEqual(['甲老师']);
}, 120_000);
