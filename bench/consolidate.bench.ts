// The counsellor's consolidation (run by `npm run bench`; figures printed, nothing asserted):
// - whole `bzr consolidate` on 300 generated class workbooks (60 students, ~800 records each):
//   target ≤ 3 s, peak memory (max RSS) ≤ 500 MB; median of 3 runs, as the intake bench (this VM's
//   host takes up to half its CPU at times: one run alone can be off by ±30 %), every run printed;
// - a Python openpyxl read-only script reading the same 300 files: target bzr ≥ 8× faster;
// - growth 30 → 300 → 1,000 workbooks (should be linear);
// - SUMMARY.xlsx of 300 classes written cold: the exceljs adapter (before) against src/sheetml (after).
// BZR_BENCH_SIZES=30,300 limits the sizes. The files are generated once and cached in the temp dir:
// 20 written with exceljs, the others renamed copies of them (see writeVariant).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { dayFromYMD } from '../src/rules/days';
import { sampleClass } from '../src/sample';
import { createWorkbook, saveWorkbook } from '../src/xlsx';
import { benchConsolidation, coldSummaryWrite, figuresLine } from './summary-write';
import { buildCli } from './build';

const ROOT = path.join(__dirname, '..');
const SIZES = (process.env.BZR_BENCH_SIZES ?? '30,300,1000').split(',').map(Number);
const CACHE = path.join(os.tmpdir(), 'bzr-consolidate-bench-v2');
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const pad = (i: number): string => String(i).padStart(4, '0');
const classOf = (i: number): string => `会计${pad(i)}班`;
const advisorOf = (i: number): string => `班主任${Math.ceil(i / 2)}`; // two classes per advisor
/** Distinct workbooks written with exceljs (~1–2 s each); the others are variants of them. */
const BASES = 20;

const fileOf = (i: number): string =>
  path.join(CACHE, `part${String(Math.ceil(i / 10)).padStart(3, '0')}`, `class${pad(i)}.xlsx`);

async function writeBase(i: number, file: string): Promise<void> {
  const s = sampleClass({
    students: 60,
    records: 800,
    seed: i,
    semesterStart: dayFromYMD(2026, 9, 7),
    className: classOf(i),
    advisor: advisorOf(i),
  });
  await saveWorkbook(await createWorkbook(s.options, s.rows), file);
}

/**
 * Workbook i > BASES: base ((i − 1) mod BASES) + 1 with its class and advisor renamed in the shared
 * strings (exceljs writes every text cell there), so each file is its own class and the advisors
 * still pair up. Records are the base's: judging costs the same, and it takes milliseconds, not seconds.
 */
function writeVariant(i: number, file: string): void {
  const b = ((i - 1) % BASES) + 1;
  const parts = unzipSync(fs.readFileSync(fileOf(b)));
  const ss = 'xl/sharedStrings.xml';
  const rename = (xml: string, from: string, to: string): string => {
    const out = xml.split(`>${from}</t>`).join(`>${to}</t>`);
    if (out === xml) throw new Error(`${fileOf(b)}: “${from}” is not a shared string`);
    return out;
  };
  let xml = strFromU8(parts[ss]);
  xml = rename(xml, classOf(b), classOf(i));
  if (advisorOf(b) !== advisorOf(i)) xml = rename(xml, advisorOf(b), advisorOf(i));
  parts[ss] = strToU8(xml);
  fs.writeFileSync(file, zipSync(parts, { level: 6 }));
}

/** Files 1…n in folders of 10 (the growth runs take the first folders), cached between runs. */
async function ensureFiles(n: number): Promise<string[]> {
  const files: string[] = [];
  for (let i = 1; i <= n; i++) {
    const file = fileOf(i);
    files.push(file);
    if (fs.existsSync(file)) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Written under a temporary name: an interrupted run leaves no half file in the cache.
    const tmp = `${file}.tmp`;
    if (i <= BASES) await writeBase(i, tmp);
    else writeVariant(i, tmp);
    fs.renameSync(tmp, file);
  }
  return files;
}

/** The machine's load beside each figure: on a shared machine, wall times are read against it. */
const load = (): string => `(load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`;

interface Measured {
  seconds: number;
  rssMb: number | null;
  /** User + system CPU seconds (all threads), however loaded the machine is. */
  cpu: number | null;
  status: number | null;
  stderr: string;
}

/** Wall time, CPU time and max RSS (KB, from GNU time) of one command. */
function measure(cmd: string[]): Measured {
  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const argv = timeBin ? [timeBin, '-f', 'MAXRSS=%M CPU=%U+%S', ...cmd] : cmd;
  const t0 = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t0) / 1000;
  const m = /MAXRSS=(\d+) CPU=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? '');
  return {
    seconds,
    rssMb: m ? Number(m[1]) / 1024 : null,
    cpu: m ? Number(m[2]) + Number(m[3]) : null,
    status: r.status,
    stderr: r.stderr ?? '',
  };
}

/** The run of median wall time (its CPU and memory are printed with it). */
function medianRun(runs: Measured[]): Measured {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];
}

const OPENPYXL = `
import sys, os
from openpyxl import load_workbook
files = [os.path.join(d, f) for root in sys.argv[1:] for d, _, fs in os.walk(root) for f in sorted(fs) if f.endswith('.xlsx')]
cells = 0
for f in files:
    wb = load_workbook(f, read_only=True, data_only=True)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells += sum(1 for v in row if v is not None)
    wb.close()
print(len(files), cells)
`;

async function run(): Promise<void> {
  const max = Math.max(...SIZES);
  const g0 = performance.now();
  const files = await ensureFiles(max);
  console.log(
    `data: ${max} workbooks (60 students, 800 records each) ready in ${((performance.now() - g0) / 1000).toFixed(1)} s`,
  );
  buildCli();
  const bin = path.join(ROOT, 'bin', 'bzr.js');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-consolidate-out-'));
  const folders = (n: number) => [...new Set(files.slice(0, n).map((f) => path.dirname(f)))];
  const rows: Array<{ n: number; seconds: number }> = [];
  for (const n of SIZES) {
    const cmd = [process.execPath, bin, 'consolidate', ...folders(n), '-o', path.join(out, `S${n}.xlsx`), '--json'];
    // The 1,000-workbook run once (it only shows the growth); the others median of 3.
    const all = Array.from({ length: n >= 1000 ? 1 : 3 }, () => measure(cmd));
    const m = medianRun(all);
    if (m.status !== 0) console.log(`note   exit ${m.status}: ${m.stderr.split('\n').slice(0, 3).join(' | ')}`);
    rows.push({ n, seconds: m.seconds });
    const ok = n !== 300 || m.seconds <= 3;
    const each = all.length > 1 ? `median of ${all.map((r) => r.seconds.toFixed(2)).join(', ')}: ` : '';
    console.log(
      `${ok ? 'OK    ' : 'MISSED'} bzr consolidate ${n} workbooks: ${each}${m.seconds.toFixed(2)} s (${((m.seconds / n) * 1000).toFixed(0)} ms/file)` +
        `${m.cpu === null ? '' : `, CPU ${m.cpu.toFixed(2)} s`}` +
        `${m.rssMb === null ? '' : `, peak memory ${m.rssMb.toFixed(0)} MB`}${n === 300 ? ' (targets ≤ 3 s, ≤ 500 MB)' : ''} ${load()}`,
    );
    if (n === 300) {
      const py = measure([PYTHON, '-c', OPENPYXL, ...folders(n)]);
      if (py.status !== 0) console.log(`note   openpyxl failed: ${py.stderr.slice(0, 300)}`);
      const ratio = py.seconds / m.seconds;
      const cpuRatio = py.cpu !== null && m.cpu !== null ? `; CPU ${(py.cpu / m.cpu).toFixed(1)}×` : '';
      console.log(
        `${ratio >= 8 ? 'OK    ' : 'MISSED'} openpyxl read-only, same 300 files: ${py.seconds.toFixed(2)} s` +
          `${py.cpu === null ? '' : ` (CPU ${py.cpu.toFixed(2)} s)`}` +
          `${py.rssMb === null ? '' : ` (peak ${py.rssMb.toFixed(0)} MB)`}; bzr is ${ratio.toFixed(1)}× faster${cpuRatio} (target ≥ 8×) ${load()}`,
      );
    }
  }
  console.log(`info   ${figuresLine(coldSummaryWrite(benchConsolidation(300)))}`);
  if (rows.length > 1) {
    const base = rows[0];
    const growth = rows.map((r) => `${r.n}: ${(r.seconds / base.seconds / (r.n / base.n)).toFixed(2)}`).join(', ');
    console.log(`info   growth (time ratio ÷ file ratio, 1.00 = linear, from ${base.n}): ${growth}`);
  }
  fs.rmSync(out, { recursive: true, force: true });
}

run().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
