// Scoring speed (run by `npm run bench`): a class of 60 students with 5,000 records in total.
// - parseWorkbook + evaluate from raw 2-D values, and evaluate alone: target ≤ 20 ms (median)
// - `node bin/bzr.js score FILE --json` on the same data as an .xlsx, whole process: target ≤ 1.5 s (median of 7)
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { parseWorkbook } from '../src/records';
import { evaluate } from '../src/rules';
import { dayFromYMD } from '../src/rules/days';
import { sampleClass } from '../src/sample';
import { createWorkbook, read, saveWorkbook, loadWorkbook } from '../src/xlsx';
import { buildCli } from './build';

const ROOT = path.join(__dirname, '..');
const STUDENTS = 60;
const RECORDS = 5000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(runs: number, f: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    out.push(performance.now() - t0);
  }
  return out;
}

let missed = 0;
function report(label: string, measured: number, target: number, unit: 'ms' | 's'): void {
  const ok = measured <= target;
  if (!ok) missed++;
  const fmt = (x: number) => (unit === 's' ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(2)} ms`);
  console.log(`${ok ? 'OK    ' : 'MISSED'} ${label}: median ${fmt(measured)} (target ≤ ${fmt(target)})`);
}

async function run(): Promise<void> {
  const sample = sampleClass({ students: STUDENTS, records: RECORDS, semesterStart: dayFromYMD(2026, 9, 7) });
  const wb = await createWorkbook(sample.options, sample.rows);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-bench-'));
  const file = path.join(dir, 'class-60-5000.xlsx');
  await saveWorkbook(wb, file);
  console.log(
    `data: ${STUDENTS} students, ${RECORDS} records (${(fs.statSync(file).size / 1024).toFixed(0)} KB .xlsx)`,
  );

  const { raw } = read(await loadWorkbook(file));
  const records = parseWorkbook(raw);
  const ev = evaluate(records);
  console.log(`result: ${ev.grade} ${ev.score}`);

  time(10, () => evaluate(parseWorkbook(raw))); // warm-up
  report(
    `parseWorkbook + evaluate (${STUDENTS} students, ${RECORDS} records)`,
    median(time(31, () => evaluate(parseWorkbook(raw)))),
    20,
    'ms',
  );
  time(10, () => evaluate(records));
  report('evaluate alone', median(time(31, () => evaluate(records))), 20, 'ms');

  const inProcess: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    read(await loadWorkbook(file));
    inProcess.push(performance.now() - t0);
  }
  console.log(`info   loadWorkbook + read in process: median ${median(inProcess).toFixed(0)} ms`);

  buildCli();
  const bin = path.join(ROOT, 'bin', 'bzr.js');
  const whole: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, 'score', file, '--json'], { encoding: 'utf8' });
    whole.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`bzr score failed: ${r.stderr}`);
    if (i === 0) JSON.parse(r.stdout);
  }
  report('node bin/bzr.js score FILE --json (whole process, 7 runs)', median(whole), 1500, 's');
  fs.rmSync(dir, { recursive: true, force: true });
}

run().then(
  () => {
    process.exitCode = missed ? 1 : 0;
  },
  (e) => {
    console.error(e);
    process.exitCode = 1;
  },
);
