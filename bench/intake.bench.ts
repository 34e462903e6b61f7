// The bounded streaming reader (run by `npm run bench`), side by side in one run:
// - `bzr score FILE --json`, whole process, at 5,000 records (target ≤ 0.3 s) and 100,000 records
//   (target ≤ 1.5 s and ≤ 300 MB peak), median of 3, peak RSS from /usr/bin/time -v;
// - a Python openpyxl (read-only) script reading every cell of the same file: ratio (target ≥ 5× at 100,000);
// - refusals of SPEC §6 (zip bomb, over-long sheet, /dev/zero, sparse 2 GB file): time and peak memory.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { dayFromYMD } from '../src/rules/days';
import { sampleClass } from '../src/sample';
import { createWorkbook, saveWorkbook } from '../src/xlsx';
import { talksSheet, writeZip, writeZipBomb, xlsxParts } from '../test/intake/make';
import { buildCli } from './build';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'bzr.js');
const PY = `import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
n = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        n += len(row)
print(n)`;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Debian's python3-openpyxl lives with /usr/bin/python3 (another python3 may come first on PATH).
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

interface Figures {
  s: number;
  /** User + system CPU seconds: what the run cost, however loaded the machine is. */
  cpu: number;
  mb: number;
  status: number;
}

/** Wall seconds, CPU seconds and peak MB of a command, from GNU time. */
function measure(cmd: string[]): Figures {
  const r = spawnSync('/usr/bin/time', ['-v', ...cmd], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+(?:\.\d+)?)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const cpu = (what: string): number =>
    Number(new RegExp(`${what} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? NaN);
  return {
    s: wall ? Number(wall[1] ?? 0) * 60 + Number(wall[2]) : NaN,
    cpu: cpu('User') + cpu('System'),
    mb: rss ? Number(rss[1]) / 1024 : NaN,
    status: r.status ?? -1,
  };
}

function runs(cmd: string[], n: number): Figures {
  const all = Array.from({ length: n }, () => measure(cmd));
  return {
    s: median(all.map((m) => m.s)),
    cpu: median(all.map((m) => m.cpu)),
    mb: Math.max(...all.map((m) => m.mb)),
    status: all[0].status,
  };
}

function ensureTools(): boolean {
  if (spawnSync(PYTHON, ['-c', 'import openpyxl']).status === 0) return true;
  console.log('installing python3-openpyxl (apt-get)…');
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'python3-openpyxl'], { stdio: 'inherit' });
  return spawnSync(PYTHON, ['-c', 'import openpyxl']).status === 0;
}

let missed = 0;
const verdict = (ok: boolean): string => (ok ? 'OK    ' : ((missed += 1), 'MISSED'));

/** The machine's load beside each figure: on a shared machine, wall times are read against it. */
const load = (): string => `(load ${os.loadavg()[0].toFixed(1)})`;

/** The sample class workbook of `records` records, written with exceljs once and cached in the temp dir. */
async function classFile(records: number): Promise<string> {
  const cache = path.join(os.tmpdir(), 'bzr-intake-bench-v1');
  const file = path.join(cache, `class-${records}.xlsx`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(cache, { recursive: true });
  const s = sampleClass({ students: 60, records, semesterStart: dayFromYMD(2026, 9, 7) });
  await saveWorkbook(await createWorkbook(s.options, s.rows), `${file}.tmp`);
  fs.renameSync(`${file}.tmp`, file); // an interrupted run leaves no half file in the cache
  return file;
}

async function scoreFigures(dir: string, records: number, target: number, py: boolean): Promise<void> {
  const file = await classFile(records);
  const kb = fs.statSync(file).size / 1024;
  const bzr = runs([process.execPath, BIN, 'score', file, '--json'], 3);
  if (bzr.status !== 0) console.log(`bzr score exited ${bzr.status}`);
  console.log(
    `${verdict(bzr.s <= target && (records < 100_000 || bzr.mb <= 300))} bzr score ${records} records (${kb.toFixed(0)} KB): ` +
      `median ${bzr.s.toFixed(2)} s (target ≤ ${target} s; CPU ${bzr.cpu.toFixed(2)} s), peak ${bzr.mb.toFixed(0)} MB${records >= 100_000 ? ' (target ≤ 300 MB)' : ''} ${load()}`,
  );
  if (!py) return;
  const script = path.join(dir, 'read.py');
  fs.writeFileSync(script, PY);
  const p = runs([PYTHON, script, file], 3);
  const ratio = p.s / bzr.s;
  console.log(
    `${records >= 100_000 ? verdict(ratio >= 5) : 'info  '} openpyxl read-only, same file: median ${p.s.toFixed(2)} s (CPU ${p.cpu.toFixed(2)} s), peak ${p.mb.toFixed(0)} MB; ` +
      `bzr is ${ratio.toFixed(1)}× faster (CPU: ${(p.cpu / bzr.cpu).toFixed(1)}×)${records >= 100_000 ? ' (target ≥ 5×)' : ''} ${load()}`,
  );
}

function refusals(dir: string): void {
  const bomb = path.join(dir, 'bomb.xlsx');
  writeZipBomb(bomb, 150);
  const long = path.join(dir, 'long.xlsx');
  writeZip(long, xlsxParts(talksSheet(200_020)));
  const sparse = path.join(dir, 'sparse.xlsx');
  execFileSync('truncate', ['-s', '2G', sparse]);
  for (const [label, f] of [
    ['zip bomb (150 MB part in a small zip)', bomb],
    ['sheet of 200,020 rows', long],
    ['/dev/zero', '/dev/zero'],
    ['sparse 2 GB file', sparse],
  ]) {
    const m = measure([process.execPath, BIN, 'score', f]);
    console.log(
      `${verdict(m.status === 1 && m.s <= 2 && m.mb <= 200)} refused ${label}: ${m.s.toFixed(2)} s (CPU ${m.cpu.toFixed(2)} s), peak ${m.mb.toFixed(0)} MB (targets ≤ 2 s, ≤ 200 MB) ${load()}`,
    );
  }
}

async function run(): Promise<void> {
  buildCli();
  const py = ensureTools();
  if (!py) console.log('python3-openpyxl missing and could not be installed: no comparison');
  console.log(
    `load average: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${os.cpus().length} cores`,
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-intake-bench-'));
  try {
    await scoreFigures(dir, 5000, 0.3, py);
    await scoreFigures(dir, 100_000, 1.5, py);
    refusals(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (missed) console.log(`${missed} target(s) missed`);
}

run().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
