// Shared by the CLI tests: build dist/ when it is stale, run the compiled bin, fill a template.
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TABLES, type TableKey } from '../../src/records/schema';
import { dayFromYMD, dateFromDay } from '../../src/rules/days';
import { findTable, setTableRect, tableRect } from '../../src/xlsx';

export const ROOT = path.join(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'bzr.js');
const BUILT = path.join(ROOT, 'dist', 'cli', 'index.js');
const SOURCES = ['rules', 'records', 'xlsx', 'intake', 'cli', 'sample'].map((d) => path.join(ROOT, 'src', d));

function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  SOURCES.forEach(walk);
  return newest;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Compiles the CLI (tsc -p tsconfig.build.json) when dist/ is missing or older than src/. One build at a time. */
export function ensureDist(): void {
  const stale = () => !fs.existsSync(BUILT) || fs.statSync(BUILT).mtimeMs < newestSource();
  if (!stale()) return;
  const lock = path.join(os.tmpdir(), `bzr-build-lock-${Buffer.from(ROOT).toString('hex').slice(-16)}`);
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - fs.statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 120_000)
        fs.rmSync(lock, { recursive: true, force: true });
      sleep(200);
    }
  }
  try {
    if (!stale()) return; // another worker built it meanwhile
    const tsc = require.resolve('typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
    if (!fs.existsSync(BUILT)) throw new Error(`tsc -p tsconfig.build.json failed:\n${r.stdout}\n${r.stderr}`);
    // tsc emits even with type errors elsewhere; make the output count as fresh.
    const now = new Date();
    fs.utimesSync(BUILT, now, now);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function bzr(...args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-cli-'));
}

/**
 * Writes rows into an existing (loaded) table the way Excel does when a user types below it: the
 * cells of the first free rows, then the table's ref grows (exceljs keeps it in the table model:
 * tableRef/autoFilterRef). A table whose only body row is blank gets it filled first.
 */
export function fillTable(wb: ExcelJS.Workbook, key: TableKey, rows: Array<Record<string, unknown>>): void {
  const spec = TABLES[key];
  const found = findTable(wb, spec.table);
  if (!found) throw new Error(`no table ${spec.table}`);
  const { worksheet: ws, table } = found;
  const rect = tableRect(table)!;
  const headers = table.table.columns.map((c) => c.name);
  const bodyBlank = (r: number) => headers.every((_, i) => ws.getCell(r, rect.left + i).value === null);
  let next = rect.bottom + 1;
  if (rect.bottom === rect.top + 1 && bodyBlank(rect.bottom)) next = rect.bottom;
  for (const row of rows) {
    for (const [header, value] of Object.entries(row)) {
      const i = headers.indexOf(header);
      if (i < 0) throw new Error(`no column ${header} in ${spec.table}`);
      const cell = ws.getCell(next, rect.left + i);
      cell.value = value as ExcelJS.CellValue;
      if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    }
    next++;
  }
  setTableRect(table, { ...rect, bottom: Math.max(rect.bottom, next - 1) });
}

// ----- a small class whose result is computed by hand (SPEC §3.1, 财经学院, W = 18) -------------
export const START = dayFromYMD(2026, 9, 7); // Monday of week 1
/** A weekday of week w: dow 0 = Monday. */
export const on = (w: number, dow = 1): Date => dateFromDay(START + 7 * (w - 1) + dow);

export const STUDENTS = [
  ['2023001', '艾力·买买提', '男', '3-101'],
  ['2023002', '古丽米拉·阿不都', '女', '5-201'],
  ['2023003', '张伟', '男', '3-101'],
  ['2023004', '李娜', '女', '5-201'],
  ['2023005', '王强', '男', '3-101'],
  ['2023006', '陈静', '女', '5-201'],
] as const;

const meeting = (w: number, kind = '班会', content: string | null = '传达学院通知，布置工作。') => ({
  类型: kind,
  主题: kind === '班会' ? `第${w}周班会` : '班委工作分工',
  日期: on(w),
  地点: 'A201',
  主持人: '王老师',
  记录人: '李娜',
  应到人数: 6,
  实到人数: 6,
  会议内容: content,
});

const talk = (names: string, date: Date | string, minutes: number | string = 10) => ({
  姓名: names,
  日期: date,
  地点: '办公室',
  '时长（分钟）': minutes,
  谈心内容: '了解学习和生活情况。',
});

const activity = (name: string, type: string, w: number, present: string | null) => ({
  活动名称: name,
  活动类型: type,
  日期: on(w),
  地点: '操场',
  组织单位: '班委',
  负责人: '张伟',
  活动内容及意义: '增强班级凝聚力。',
  效果评价及建议: '效果良好。',
  班主任参加: present,
});

const contact = (name: string, w: number) => ({
  学生姓名: name,
  日期: on(w),
  家长姓名: `${name}家长`,
  联系方式: '电话',
  事由: '节假日离校',
  结果: '家长知晓。',
});

/** Rows by table, keyed by header text. */
export const FILL: Partial<Record<TableKey, Array<Record<string, unknown>>>> = {
  roster: STUDENTS.map(([id, name, gender, dorm], i) => ({
    学号: id,
    姓名: name,
    性别: gender,
    宿舍: dorm,
    备注: i === 0 ? '=HYPERLINK("http://example.invalid")' : null, // text, never a formula
  })),
  meetings: [
    ...[1, 3, 5, 8, 11, 14, 17].map((w) => meeting(w)), // 7 班会 → met (6), +3
    meeting(2, '班委会'), // not a 班会
    meeting(9, '班会', null), // incomplete (no 会议内容): not counted, listed — worksheet row 12
    { ...meeting(30), 日期: new Date(Date.UTC(2027, 1, 1)) }, // outside the window
  ],
  talks: [
    talk('艾力・买买提', on(2)), // U+30FB dot: still 艾力·买买提
    talk('古丽米拉 · 阿不都', on(2, 3)),
    talk('张伟', '2026/9/16'),
    talk('李娜', '2026年9月22日', '15分钟'),
    talk('王强', on(4)),
    talk('陈静', on(5)),
    talk('陈静', on(6), 3), // under 5 minutes: does not qualify
    talk('艾力·买买提、古丽米拉·阿不都', on(9)), // second talk for two students
    talk('张伟', on(10)),
    talk('李娜', on(11), '0.5小时'),
    talk('王强', on(12)), // 5 students with 2 talks → +2
  ],
  activities: [
    activity('篮球友谊赛', '文体活动', 4, '是'),
    activity('社区志愿服务', '志愿服务', 10, null), // blank = 是
    activity('企业参观', '社会实践', 12, '否'), // advisor absent: not counted
    activity('主题班会', '班会', 6, '是'), // 班会 is not an activity
  ], // 2 activities → met, +2
  dormVisits: [1, 3, 5, 7, 9, 11, 13, 15, 17].map((w) => ({
    日期: on(w),
    走访宿舍: w === 9 ? '全部' : '3-101、5-201',
    事由: '检查卫生',
  })), // 9 visits, both dorms ≥ 2 → met, +2
  parentContacts: ['艾力·买买提', '古丽米拉·阿不都', '张伟', '李娜'].map((n, i) => contact(n, 2 + i)), // 4 of 6: pending, +1
};

export const EXPECTED = {
  schema: 1,
  profile: '财经学院',
  class: '会计2301',
  advisor: '王老师',
  semester: 1,
  grade: '合格',
  score: 70, // 60 + 3 + 2 + 2 + 2 + 1
  minimums: [
    { id: 'meetings', required: 6, actual: 7, status: 'met' },
    { id: 'talks', required: 6, actual: 6, status: 'met' },
    { id: 'activities', required: 1, actual: 2, status: 'met' },
    { id: 'dormVisits', required: 9, actual: 9, status: 'met' },
    { id: 'parentContacts', required: 6, actual: 4, status: 'pending' },
  ],
  bonuses: [
    { id: 'meetings', points: 3, cap: 6 },
    { id: 'talksTwice', points: 2, cap: 6 },
    { id: 'activities', points: 2, cap: 8 },
    { id: 'dormsTwice', points: 2, cap: 5 },
    { id: 'parentContacts', points: 1, cap: 5 },
  ],
};

export const TEMPLATE_ARGS = [
  '--class',
  '会计2301',
  '--advisor',
  '王老师',
  '--year',
  '2026-2027',
  '--semester',
  '1',
  '--start',
  '2026-09-07',
  '--profile',
  '财经学院',
  '--major',
  '大数据与会计',
  '--school',
  '阿克苏职业技术学院',
];

/** `bzr template` then the FILL rows written with exceljs; returns the filled file's path. */
export async function filledWorkbook(dir: string): Promise<string> {
  const template = path.join(dir, 'to-fill.xlsx');
  const r = bzr('template', template, ...TEMPLATE_ARGS);
  if (r.status !== 0) throw new Error(`bzr template failed: ${r.stderr}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  for (const [key, rows] of Object.entries(FILL)) fillTable(wb, key as TableKey, rows!);
  const filled = path.join(dir, 'filled.xlsx');
  await wb.xlsx.writeFile(filled);
  return filled;
}
