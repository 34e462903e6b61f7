// Runs the real `bzr score --json` for the cross-checks, and shapes cells the way Excel passes them
// to a custom function.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { dayFromDate, serialFromDay } from '../../src/rules/days';

const ROOT = path.join(__dirname, '..', '..');

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** `bzr score FILE --json`: the installed bin when dist/ is current, else the same CLI from the sources. */
export function bzrScoreJson(file: string): Record<string, unknown> {
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
export function excelCell(v: unknown): unknown {
  if (v instanceof Date) return serialFromDay(dayFromDate(v) as number);
  if (v === null || v === undefined) return '';
  return v;
}
