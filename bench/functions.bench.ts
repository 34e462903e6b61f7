// Custom functions benchmark (not part of `npm test`): median time per call of BZR.SCORE, BZR.MINIMUMS
// and a summary sheet's three formulas (GRADE, SCORE, MINIMUMS over the same tables) over tables of
// 5,000 rows in total, called through the Excel calling harness (fresh arrays per call, as Excel
// passes them), cold (memo emptied before each call) and as Excel recalculates a summary sheet
// (target ≤ 10 ms per call, SPEC §4 “returns in milliseconds”), and the gzipped size of functions.js
// from a production build made into a temporary folder.
//   npm run bench -- functions
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as zlib from 'zlib';
import { clearMemo, memoCounts } from '../src/functions/memo';
import { passedTables, workbookFromTables } from '../src/functions/tables';
import { excel } from '../test/functions/harness';
import { parseWorkbook } from '../src/records';
import { evaluate } from '../src/rules';
import { sampleClass, semesterSerial, table, type Matrix } from '../test/functions/fixtures';

const TARGET_MS = 10;
const RUNS = 51;

/** A big class: roster, talks, visits and contacts adding up to 5,000 record rows. */
function bigTables(): Matrix[] {
  const base = sampleClass({ students: 400 });
  const roster = base.roster as Matrix;
  const names = roster.slice(1).map((r) => r[1] as string);
  const dorms = [...new Set(roster.slice(1).map((r) => r[3] as string))];
  const talks = Array.from({ length: 2000 }, (_, i) => ({
    序号: i + 1,
    姓名: i % 50 === 0 ? `${names[i % names.length]}、${names[(i + 1) % names.length]}` : names[i % names.length],
    日期: semesterSerial(1 + (i % 18), i % 5),
    地点: '办公室',
    '时长（分钟）': i % 3 ? 10 : '15分钟',
    谈心内容: '学习与生活情况',
  }));
  const meetings = Array.from({ length: 200 }, (_, i) => ({
    编号: i + 1,
    类型: i % 5 === 0 ? '班委会' : '班会',
    主题: `主题${i + 1}`,
    日期: semesterSerial(1 + (i % 18), 1),
    地点: '教室',
    主持人: '班长',
    记录人: '学习委员',
    应到人数: 400,
    实到人数: 398,
    未到名单及原因: '两人病假',
    会议内容: '安全教育',
  }));
  const dormVisits = Array.from({ length: 1200 }, (_, i) => ({
    次数: i + 1,
    日期: semesterSerial(1 + (i % 18), 2),
    走访宿舍: i % 100 === 0 ? '全部' : `${dorms[i % dorms.length]}、${dorms[(i + 1) % dorms.length]}`,
    事由: '检查卫生',
  }));
  const parentContacts = Array.from({ length: 1000 }, (_, i) => ({
    序号: i + 1,
    学生姓名: names[i % names.length],
    日期: semesterSerial(1 + (i % 18), 4),
    家长姓名: `家长${i}`,
    联系方式: '电话',
    事由: '其他',
    结果: '已沟通',
  }));
  const activities = Array.from({ length: 200 }, (_, i) => ({
    编号: i + 1,
    活动名称: `活动${i}`,
    活动类型: '团日活动',
    日期: semesterSerial(1 + (i % 18), 5),
    地点: '操场',
    组织单位: '班委',
    负责人: '团支书',
    活动内容及意义: '集体活动',
    效果评价及建议: '良好',
    班主任参加: '是',
  }));
  return [
    base.settings as Matrix,
    roster,
    table('meetings', meetings),
    table('talks', talks),
    table('activities', activities),
    table('dormVisits', dormVisits),
    table('parentContacts', parentContacts),
  ];
}

/** Median milliseconds of each function, measured interleaved so that JIT warm-up, GC and other load hit all alike. */
function medians(fns: Record<string, () => unknown>): Record<string, number> {
  const names = Object.keys(fns);
  for (let i = 0; i < 15; i++) for (const n of names) fns[n](); // warm-up (JIT)
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const n of names) {
      const t0 = performance.now();
      fns[n]();
      times[n].push(performance.now() - t0);
    }
  }
  return Object.fromEntries(
    names.map((n) => {
      const t = times[n].sort((a, b) => a - b);
      return [n, t[Math.floor(t.length / 2)]];
    }),
  );
}

function functionsChunkSize(): { raw: number; gzip: number } | null {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-bench-'));
  try {
    const r = spawnSync(
      process.execPath,
      [
        require.resolve('webpack-cli/bin/cli.js'),
        '--mode',
        'production',
        '--env',
        'url=https://example.org/bzr/',
        '--output-path',
        out,
      ],
      { cwd: path.join(__dirname, '..'), encoding: 'utf8' },
    );
    if (r.status !== 0) {
      console.error(r.stdout, r.stderr);
      return null;
    }
    const js = fs.readFileSync(path.join(out, 'functions.js'));
    return { raw: js.length, gzip: zlib.gzipSync(js, { level: 9 }).length };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const xl = await excel();
  const tables = bigTables();
  const rows = tables.reduce((n, t) => n + t.length - 1, 0);
  const s = xl.value('SCORE', ...tables);
  const passed = passedTables(tables);
  const records = parseWorkbook(workbookFromTables(passed, false));
  const cold = (f: () => unknown) => () => {
    clearMemo();
    f();
  };
  const before = memoCounts();
  const m = medians({
    score: cold(() => xl.value('SCORE', ...tables)),
    minimums: cold(() => xl.value('MINIMUMS', ...tables)),
    // A summary sheet: three formulas over the same tables, as one recalculation.
    summary: cold(() => {
      xl.value('GRADE', ...tables);
      xl.value('SCORE', ...tables);
      xl.value('MINIMUMS', ...tables);
    }),
    summaryNoMemo: () => {
      for (const id of ['GRADE', 'SCORE', 'MINIMUMS']) {
        clearMemo();
        xl.value(id, ...tables);
      }
    },
    // Where the time goes: reading the tables (records) and judging them (rules).
    parse: () => parseWorkbook(workbookFromTables(passedTables(tables), false)),
    evaluate: () => evaluate(records),
  });
  const after = memoCounts();
  console.log(`tables: ${tables.length}, record rows: ${rows} (score on this data: ${s})`);
  console.log(`BZR.SCORE    median ${m.score.toFixed(2)} ms per call over ${RUNS} runs (target ≤ ${TARGET_MS} ms)`);
  console.log(`BZR.MINIMUMS median ${m.minimums.toFixed(2)} ms per call over ${RUNS} runs (target ≤ ${TARGET_MS} ms)`);
  console.log(
    `summary sheet (GRADE + SCORE + MINIMUMS): ${m.summary.toFixed(2)} ms with the memo, ` +
      `${m.summaryNoMemo.toFixed(2)} ms judging each formula afresh (${(m.summary / 3).toFixed(2)} vs ${(m.summaryNoMemo / 3).toFixed(2)} ms per call)`,
  );
  console.log(`  of which parseWorkbook ${m.parse.toFixed(2)} ms, evaluate ${m.evaluate.toFixed(2)} ms`);
  console.log(`  memo: ${after.hits - before.hits} hits, ${after.misses - before.misses} misses`);
  const size = functionsChunkSize();
  if (size)
    console.log(`functions.js ${(size.raw / 1024).toFixed(1)} KiB, gzipped ${(size.gzip / 1024).toFixed(1)} KiB`);
  if (m.score > TARGET_MS || m.minimums > TARGET_MS) {
    console.log('OVER TARGET: a call takes longer than 10 ms on 5,000 rows.');
  }
  if (!size) process.exitCode = 1;
}

void main();
