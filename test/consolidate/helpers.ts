// Class workbooks with known scores for the consolidation tests, and running the compiled `bzr`.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { RecordInput } from '../../src/records/schema';
import type { ProfileId } from '../../src/rules/model';
import { dayFromYMD } from '../../src/rules/days';
import { sampleClass } from '../../src/sample';
import { createWorkbook, saveWorkbook } from '../../src/xlsx';
import { BIN, ROOT, ensureDist, type Run } from '../cli/helpers';

/**
 * How the sample class is changed (SPEC §3.1, W = 18):
 * - 'base': the sample as generated (7 班会 → +3, 3 counting activities → +4, …);
 * - 'minus3': one 班会 removed → 6 班会, the meetings bonus 3 × (6 − 6) = 0: base − 3;
 * - 'minus4': two counting activities removed → 1 activity, bonus 2 × (1 − 1) = 0: base − 4;
 * - 'minus7': both of the above: base − 7;
 * - 'fail': only 5 班会 (< floor(18/3) = 6) → M1 unmet → 不合格;
 * - 'untalked': every talk naming the third roster student removed → M2 unmet (that name is missing).
 */
export type Variant = 'base' | 'minus3' | 'minus4' | 'minus7' | 'fail' | 'untalked';

export interface ClassSpec {
  className: string;
  advisor: string;
  department?: string;
  /** First year of 学年度. */
  year?: number;
  semester?: 1 | 2;
  variant?: Variant;
  profile?: ProfileId;
  students?: number;
  records?: number;
}

const isMeeting = (r: RecordInput) => r.kind === '班会';

function dropMeetings(rows: RecordInput[], n: number): RecordInput[] {
  let left = n;
  return rows.filter((r) => !(isMeeting(r) && left-- > 0));
}

function dropActivities(rows: RecordInput[], n: number): RecordInput[] {
  let left = n;
  return rows.filter((r) => !(r.type !== '布置检查工作' && left-- > 0));
}

/** The sample class a spec builds (its roster: the personal data --mask must keep out). */
export function specSample(spec: ClassSpec) {
  const year = spec.year ?? 2026;
  const start = spec.semester === 2 ? dayFromYMD(year + 1, 2, 22) : dayFromYMD(year, 9, 7);
  return sampleClass({
    students: spec.students ?? 8,
    records: spec.records,
    semesterStart: start,
    className: spec.className,
    advisor: spec.advisor,
    department: spec.department ?? '财经学院',
    profile: spec.profile,
  });
}

export async function classWorkbook(dir: string, spec: ClassSpec, file?: string): Promise<string> {
  const year = spec.year ?? 2026;
  const sample = specSample(spec);
  const rows = { ...sample.rows };
  const v = spec.variant ?? 'base';
  if (v === 'minus3' || v === 'minus7') rows.meetings = dropMeetings(rows.meetings ?? [], 1);
  if (v === 'minus4' || v === 'minus7') rows.activities = dropActivities(rows.activities ?? [], 2);
  if (v === 'fail') rows.meetings = dropMeetings(rows.meetings ?? [], 2);
  if (v === 'untalked') {
    const name = String(rows.roster?.[2].name);
    rows.talks = (rows.talks ?? []).filter((r) => !String(r.names).split('、').includes(name));
    rows.interviews = (rows.interviews ?? []).filter((r) => r.names !== name);
  }
  const wb = await createWorkbook(sample.options, rows);
  const out = path.join(dir, file ?? `${spec.className}-${year}-${spec.semester ?? 1}.xlsx`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await saveWorkbook(wb, out);
  return out;
}

/** dist/ is stale when src/consolidate (not watched by the CLI helper) is newer. */
export function ensureConsolidateDist(): void {
  ensureDist();
  const built = path.join(ROOT, 'dist', 'consolidate', 'core.js');
  const dir = path.join(ROOT, 'src', 'consolidate');
  const newest = Math.max(...fs.readdirSync(dir).map((f) => fs.statSync(path.join(dir, f)).mtimeMs));
  const cli = fs.statSync(path.join(ROOT, 'src', 'cli', 'consolidate.ts')).mtimeMs;
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= Math.max(newest, cli)) return;
  const tsc = require.resolve('typescript/bin/tsc');
  spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  const now = new Date();
  fs.utimesSync(built, now, now);
}

export function bzr(...args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
