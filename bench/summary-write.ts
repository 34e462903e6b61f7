// Writing SUMMARY.xlsx cold, before (the exceljs adapter: applySheet + saveWorkbook) and after (src/sheetml
// with Node's zlib, as `bzr consolidate` writes it),
// each in a fresh Node process on the compiled dist/: module loading included, Node's start-up not.
// Used by bench/consolidate.bench.ts and printed by test/sheetml/figures.test.ts.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { consolidate } from '../src/consolidate/core';
import type { ClassFileResult, Consolidation } from '../src/consolidate/types';
import { judgedFile, minimum } from '../test/consolidate/results';

const DIST = path.join(__dirname, '..', 'dist');

/** 300 classes of 150 advisors, six minimums each with some names missing: a summary of ~60 KB. */
export function benchConsolidation(classes = 300): Consolidation {
  const names = ['班会', '谈心', '活动', '走访宿舍', '联系家长', '每周查寝'];
  const results: ClassFileResult[] = Array.from({ length: classes }, (_, k) => {
    const i = k + 1;
    const advisor = `班主任${Math.ceil(i / 2)}`;
    const file = `part${String(Math.ceil(i / 10)).padStart(3, '0')}/class${String(i).padStart(4, '0')}.xlsx`;
    const minimums = names.map((name, j) => {
      const missing = (i + j) % 5 === 0 ? ['张三', '李四', '王五'].slice(0, 1 + (j % 3)) : [];
      return minimum(`m${j}`, name, 3, 3 - missing.length, missing.length ? 'unmet' : 'met', missing);
    });
    const grade = i % 17 === 0 ? '不合格' : '合格';
    return judgedFile(
      file,
      { profile: '财经学院', class: `会计${i}班`, advisor, grade, score: 60 + (i % 30), minimums },
      {
        department: '财经学院',
        className: `会计${i}班`,
        advisor,
        academicYear: 2026,
        semester: 1,
        profile: '财经学院',
      },
    );
  });
  return consolidate(results, { ratio: 0.3, mask: false, history: [], date: '2027-01-15' });
}

const BEFORE = `
const { summaryPlans } = require(DIST + '/consolidate/sheets');
const { applySheet } = require(DIST + '/xlsx/sheet');
const { saveWorkbook, workbookClass } = require(DIST + '/xlsx/workbook');
(async () => {
  const wb = new (await workbookClass())();
  wb.creator = 'BZR';
  for (const plan of summaryPlans(c)) applySheet(wb, plan);
  await saveWorkbook(wb, OUT);
})().then(done);`;

const FFLATE = `
const { writeSummaryFile } = require(DIST + '/consolidate/write');
writeSummaryFile(c, OUT).then(done);`;

const AFTER = `
const { writeSummaryFile } = require(DIST + '/consolidate/write');
const { zlibCodec } = require(DIST + '/sheetml/node');
writeSummaryFile(c, OUT, zlibCodec).then(done);`;

function child(body: string, input: string, out: string): number {
  const script =
    `const DIST = ${JSON.stringify(DIST)}, OUT = ${JSON.stringify(out)};` +
    `const c = JSON.parse(require('fs').readFileSync(${JSON.stringify(input)}, 'utf8'));` +
    `const t0 = performance.now(); const done = () => process.stdout.write(String(performance.now() - t0));` +
    body;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout);
}

export interface WriteFigures {
  exceljsMs: number;
  sheetmlMs: number;
  /** The pane's way: DEFLATE in JavaScript (fflate) instead of Node's zlib. */
  fflateMs: number;
  exceljsBytes: number;
  sheetmlBytes: number;
}

/** Medians of `runs` cold writes each (dist/ must be built: tsc -p tsconfig.build.json). */
export function coldSummaryWrite(c: Consolidation, runs = 3): WriteFigures {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-summary-write-'));
  try {
    const input = path.join(dir, 'c.json');
    fs.writeFileSync(input, JSON.stringify(c));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const before = path.join(dir, 'before.xlsx');
    const after = path.join(dir, 'after.xlsx');
    const b: number[] = [];
    const a: number[] = [];
    const f: number[] = [];
    for (let i = 0; i < runs; i++) {
      b.push(child(BEFORE, input, before));
      f.push(child(FFLATE, input, after));
      a.push(child(AFTER, input, after));
    }
    return {
      exceljsMs: median(b),
      sheetmlMs: median(a),
      fflateMs: median(f),
      exceljsBytes: fs.statSync(before).size,
      sheetmlBytes: fs.statSync(after).size,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One line for the figures. */
export function figuresLine(f: WriteFigures): string {
  return (
    `SUMMARY.xlsx of 300 classes, written cold: exceljs ${f.exceljsMs.toFixed(0)} ms (${(f.exceljsBytes / 1024).toFixed(0)} KB), ` +
    `src/sheetml ${f.sheetmlMs.toFixed(0)} ms with zlib as bzr consolidate, ${f.fflateMs.toFixed(0)} ms with fflate ` +
    `(${(f.sheetmlBytes / 1024).toFixed(0)} KB) ${`(load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`}`
  );
}
