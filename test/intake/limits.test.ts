// SPEC §6 "Bounded": every over-limit input is refused quickly, in little memory, with its message.
// The big cases run `bzr score` (compiled) in a child process that reports its own peak memory
// (VmHWM of /proc/self/status) and the time main() took; figures are printed, bounds asserted.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensureDist, ROOT } from '../cli/helpers';
import { readWorkbookFile } from '../../src/intake/node';
import { IntakeError, type IntakeErrorCode } from '../../src/intake';
import { talksSheet, writeZip, writeZipBomb, xlsxParts } from './make';

let dir: string;
beforeAll(() => {
  ensureDist();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-limits-'));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Measured {
  code: number;
  ms: number;
  /** CPU time (user + system) of the child: what the refusal costs, whatever else the machine runs. */
  cpuMs: number;
  rssMB: number;
  stderr: string;
}

/**
 * `bzr score FILE` in a child process; the child reports its peak RSS and main()'s time. The peak is
 * VmHWM, which belongs to the child's own address space: getrusage's maxRSS is kept across execve
 * (getrusage(2)), so it would start at the size of the Jest worker that spawned the child.
 */
function scoreInChild(file: string): Measured {
  const script = `
    const t0 = performance.now();
    require(${JSON.stringify(path.join(ROOT, 'dist', 'cli', 'index.js'))})
      .main(['score', process.argv[1]], { out: () => {}, err: (s) => process.stderr.write(s + '\\n') })
      .then((code) => {
        const u = process.resourceUsage();
        const hwm = /VmHWM:\\s*(\\d+) kB/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'));
        const rss = hwm ? Number(hwm[1]) : u.maxRSS;
        process.stdout.write(JSON.stringify({ code, ms: performance.now() - t0, cpu: (u.userCPUTime + u.systemCPUTime) / 1000, rss }));
      });`;
  const r = spawnSync(process.execPath, ['-e', script, file], { encoding: 'utf8', timeout: 20_000 });
  if (r.error) throw r.error;
  const m = JSON.parse(r.stdout) as { code: number; ms: number; cpu: number; rss: number };
  return { code: m.code, ms: m.ms, cpuMs: m.cpu, rssMB: m.rss / 1024, stderr: r.stderr };
}

function expectRefused(label: string, file: string, zh: RegExp, en: RegExp): void {
  const m = scoreInChild(file);
  console.log(
    `${label}: refused in ${m.ms.toFixed(0)} ms (CPU ${m.cpuMs.toFixed(0)} ms), peak ${m.rssMB.toFixed(0)} MB`,
  );
  expect(m.code).toBe(1);
  expect(m.stderr).toMatch(zh);
  expect(m.stderr).toMatch(en);
  // CPU time, not wall time: the shared test machine may be loaded many times over.
  expect(m.cpuMs).toBeLessThan(2000);
  expect(m.rssMB).toBeLessThan(200);
}

it('refuses a small zip bomb while inflating, not by its headers', () => {
  const file = path.join(dir, 'bomb.xlsx');
  writeZipBomb(file, 150);
  expect(fs.statSync(file).size).toBeLessThan(1024 * 1024);
  expectRefused('zip bomb (150 MB part)', file, /解压后超过 100 MB，已停止读取/, /inflates past 100 MB/);
});

it('refuses a table whose range has more than 200,000 rows before reading its sheet', () => {
  const file = path.join(dir, 'long-table.xlsx');
  writeZip(file, xlsxParts(talksSheet(5), 'A3:F200004'));
  expectRefused('table ref of 200,001 rows', file, /表格“谈心记录表”超过 200000 行/, /more than 200000 rows/);
});

it('stops reading a sheet without a table as soon as its rows pass the limit', async () => {
  const file = path.join(dir, 'long-sheet.xlsx');
  writeZip(file, xlsxParts(talksSheet(200_020)));
  // Default limit: the whole sheet is parsed up to row 200,000 (wall time depends on the machine).
  await expect(readWorkbookFile(file)).rejects.toMatchObject({
    code: 'too-many-rows',
    zh: expect.stringMatching(/工作表“谈心记录”中，表格“谈心记录表”超过 200000 行/),
  });
  // A small limit stops at once: far quicker than reading the sheet, which proves it stops early.
  const t0 = performance.now();
  await expect(readWorkbookFile(file, { maxRows: 100 })).rejects.toMatchObject({ code: 'too-many-rows' });
  const early = performance.now() - t0;
  const t1 = performance.now();
  await readWorkbookFile(file, { maxRows: 300_000 });
  const full = performance.now() - t1;
  console.log(
    `sheet of 200,020 rows: stopped after 100 rows in ${early.toFixed(0)} ms; read in full in ${full.toFixed(0)} ms`,
  );
  expect(early).toBeLessThan(full / 2);
}, 120_000);

it('refuses /dev/zero, a FIFO, a directory and a sparse 2 GB file without reading them', () => {
  const fifo = path.join(dir, 'pipe.xlsx');
  execFileSync('mkfifo', [fifo]);
  const sparse = path.join(dir, 'sparse.xlsx');
  execFileSync('truncate', ['-s', '2G', sparse]);
  expectRefused('/dev/zero', '/dev/zero', /是一个设备文件，不是 \.xlsx 文件/, /is a device/);
  expectRefused('FIFO', fifo, /是一个管道（FIFO）/, /is a FIFO/);
  expectRefused('directory', dir, /是一个文件夹/, /is a directory/);
  expectRefused('sparse 2 GB file', sparse, /太大（2048 MB），超过了 50 MB 的上限/, /too big/);
});

it('accepts exactly 200,000 rows of a table (the limit is inclusive)', async () => {
  const file = path.join(dir, 'at-limit.xlsx');
  writeZip(file, xlsxParts(talksSheet(20), 'A3:F23'));
  const r = await readWorkbookFile(file, { maxRows: 20 });
  expect(r.raw.tables.talks!.values).toHaveLength(21);
  await expect(readWorkbookFile(file, { maxRows: 19 })).rejects.toMatchObject({ code: 'too-many-rows' });
});

it('applies smaller limits passed by the caller', async () => {
  const file = path.join(dir, 'small.xlsx');
  writeZip(file, xlsxParts(talksSheet(2000), 'A3:F2003'));
  const codeOf = async (p: Promise<unknown>): Promise<IntakeErrorCode | 'ok'> =>
    p.then(
      () => 'ok',
      (e: unknown) => (e instanceof IntakeError ? e.code : Promise.reject(e)),
    );
  expect(await codeOf(readWorkbookFile(file))).toBe('ok');
  expect(await codeOf(readWorkbookFile(file, { maxFileBytes: 1000 }))).toBe('too-big');
  expect(await codeOf(readWorkbookFile(file, { maxPartBytes: 10_000 }))).toBe('part-too-big');
});
