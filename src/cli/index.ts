// `bzr` command line (SPEC §5). Exit status: 0 success, 1 unreadable input / not a BZR workbook,
// 2 wrong usage. exceljs is loaded only by the commands that open or write a workbook.
import * as fs from 'fs';
import * as path from 'path';
import { PROFILE_IDS, type ProfileId } from '../rules/model';
import { termOfStart } from '../rules/calendar';
import { judge } from '../records/judge';
import { readAcademicYear, readSemester } from '../records/terms';
import { readDate, unwrapCell } from '../records/values';
import { TABLES, TABLE_KEYS, type TemplateOptions } from '../records/schema';
import { IntakeError } from '../intake/errors';
import { readWorkbookFile } from '../intake/node';
import { parseArgs, UsageError } from './args';
import { humanReport, scoreJson } from './report';

/** Input that cannot be used: exit status 1, message in Chinese and English (SPEC §5). */
class InputError extends Error {
  constructor(zh: string, en: string) {
    super(`${zh}\n${en}`);
  }
}

export const HELP = `bzr — 班主任工作量化记录（BZR class-advisor records）

用法 Usage:
  bzr template OUT.xlsx [选项]      生成新的记录工作簿（与加载项创建的结构相同）
                                    Write a new schema-v1 workbook.
      --class 班级                  e.g. 会计2301
      --advisor 班主任
      --year 学年度                 e.g. 2026-2027
      --semester 1|2
      --start 学期开始日期          e.g. 2026-09-07 (week 1 starts on this day)
      --profile 财经学院|阿克苏职院  考核规则 (default 财经学院)
      --major 专业   --school 学校   --department 院系
      --category 高职|中职   --advisor-type 兼职|专职
      --force                       覆盖已存在的文件 (overwrite an existing file)
  bzr score FILE.xlsx [--json]      判断一个班级工作簿是否达标并计分
                                    Judge one class workbook; --json prints one JSON object.
  bzr repair FILE.xlsx [-o OUT.xlsx] [--force]
                                    补上缺少的记录工作表、表格和列（同“创建/修复记录表”），不改动已填写的内容
                                    Add the missing record sheets, tables and columns; in place or to OUT.
  bzr consolidate 输入… -o SUMMARY.xlsx [--json] [--ratio 0.3] [--mask] [--history 以前的汇总.xlsx…] [--jobs N]
                                    辅导员汇总：多个班级工作簿或文件夹 → 汇总工作簿（见 docs/counsellor.md）
                                    Consolidate many class workbooks (files or folders) into one summary.
  bzr --help | -h                   显示本帮助 (this help)
  bzr --version                     显示版本 (version)

退出状态 Exit status: 0 成功 success; 1 文件无法读取或不是 BZR 工作簿 unreadable input or not a
BZR workbook; 2 用法错误 wrong usage.`;

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Io = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
};

/** Runs the command line; resolves to the exit status. Never throws. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) {
      io.err(HELP);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.out(HELP);
      return 0;
    }
    if (command === '--version' || command === '-v' || command === 'version') {
      io.out(version());
      return 0;
    }
    if (command === 'template') return await template(rest, io);
    if (command === 'score') return await score(rest, io);
    // Loaded only when asked for: `bzr score` starts faster without these commands' modules (exceljs).
    if (command === 'repair') return await (await import('./repair')).repairCommand(rest, io, HELP);
    if (command === 'consolidate') return await (await import('./consolidate')).consolidateCommand(rest, io, HELP);
    throw new UsageError(
      command.startsWith('-')
        ? `未知选项：${command}（unknown option: ${command}）`
        : `未知命令：${command}（unknown command: ${command}）`,
    );
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n运行 bzr --help 查看用法。Run bzr --help for usage.`);
      return 2;
    }
    // WorkbookReadError by name: importing xlsx/workbook would load the exceljs adapter at every start.
    if (isWorkbookReadError(e) || e instanceof InputError || e instanceof IntakeError) {
      io.err(e.message);
      return 1;
    }
    const err = e as Error;
    io.err(`出现意外错误：${err?.message ?? String(e)}\nUnexpected error: ${err?.stack ?? String(e)}`);
    return 1;
  }
}

const isWorkbookReadError = (e: unknown): e is Error => e instanceof Error && e.name === 'WorkbookReadError';

function onePath(positional: string[], what: string): string {
  if (positional.length === 0)
    throw new UsageError(`缺少${what}（missing ${what === '输出文件' ? 'output file' : 'file'}）`);
  if (positional.length > 1)
    throw new UsageError(`多余的参数：${positional.slice(1).join(' ')}（unexpected argument）`);
  return positional[0];
}

// The option values are read by the workbook's own readers, strictly (no bare year, no guessing).
const CLI_DATES = { date1904: false, academicYear: null };

function readYear(s: string): string {
  const { year } = readAcademicYear(unwrapCell(s), { strict: true });
  if (year === null) {
    throw new UsageError(`--year 的值“${s}”无效，应写成 2026-2027（--year must look like 2026-2027）`);
  }
  return `${year}-${year + 1}`;
}

function readSemesterArg(s: string): 1 | 2 {
  const semester = readSemester(unwrapCell(s), { strict: true });
  if (semester === null) {
    throw new UsageError(`--semester 的值“${s}”无效，应为 1 或 2（--semester must be 1 or 2）`);
  }
  return semester;
}

function readStart(s: string): number {
  const day = readDate(s, CLI_DATES, { strict: true });
  if (day.kind === 'ok') return day.value;
  const why = day.kind === 'error' ? day.message : '应写成 2026-09-07。';
  throw new UsageError(`--start 的值无效：${why}（--start must be a date like 2026-09-07）`);
}

function readChoice<T extends string>(name: string, s: string, choices: readonly T[]): T {
  const t = s.normalize('NFKC').trim() as T;
  if (!choices.includes(t)) {
    throw new UsageError(
      `--${name} 的值“${s}”无效，应为：${choices.join('、')}（--${name} must be one of ${choices.join(', ')}）`,
    );
  }
  return t;
}

async function template(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, {
    values: [
      'class',
      'advisor',
      'year',
      'semester',
      'start',
      'profile',
      'major',
      'school',
      'department',
      'category',
      'advisor-type',
    ],
    flags: ['force', 'help'],
  });
  if (args.flags.has('help')) {
    io.out(HELP);
    return 0;
  }
  const out = onePath(args.positional, '输出文件');
  const v = args.values;
  const options: TemplateOptions = {};
  if (v.school) options.school = v.school;
  if (v.department) options.department = v.department;
  if (v.major) options.major = v.major;
  if (v.class) options.className = v.class;
  if (v.advisor) options.advisor = v.advisor;
  if (v.year) options.academicYear = readYear(v.year);
  if (v.semester) options.semester = readSemesterArg(v.semester);
  if (v.start) {
    options.semesterStart = readStart(v.start);
    // A start date names the academic year and semester when they are not given (rules/calendar).
    const term = termOfStart(options.semesterStart);
    options.academicYear ??= `${term.academicYear}-${term.academicYear + 1}`;
    options.semester ??= term.semester;
  }
  if (v.profile) options.profile = readChoice<ProfileId>('profile', v.profile, PROFILE_IDS);
  if (v.category) options.studentCategory = readChoice('category', v.category, ['高职', '中职'] as const);
  if (v['advisor-type']) options.advisorType = readChoice('advisor-type', v['advisor-type'], ['兼职', '专职'] as const);

  if (fs.existsSync(out) && !args.flags.has('force')) {
    throw new InputError(
      `文件“${out}”已存在，未覆盖。请换一个文件名，或加上 --force 覆盖。`,
      `${out} already exists and was not overwritten. Choose another name or add --force.`,
    );
  }
  const { createWorkbook, saveWorkbook } = await import('../xlsx/workbook');
  const wb = await createWorkbook(options);
  try {
    await saveWorkbook(wb, out);
  } catch (e) {
    throw new InputError(
      `无法写入文件“${out}”：${(e as Error).message}。请检查文件夹是否存在、是否有写入权限，以及文件是否正在 Excel 中打开。`,
      `Cannot write ${out}: ${(e as Error).message}`,
    );
  }
  io.out(`已生成记录工作簿：${out}（${TABLE_KEYS.length} 张工作表）。请先填写“设置”和“学生名册”。\nWrote ${out}.`);
  return 0;
}

async function score(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { values: [], flags: ['json', 'help'] });
  if (args.flags.has('help')) {
    io.out(HELP);
    return 0;
  }
  const file = onePath(args.positional, '要检查的文件');
  // The bounded streaming reader (SPEC §6): limits checked before and while reading.
  const { raw, diagnostics } = await readWorkbookFile(file);
  if (Object.keys(raw.tables).length === 0) {
    const names = TABLE_KEYS.map((k) => TABLES[k].table).join('、');
    throw new InputError(
      `文件“${file}”不是班主任工作量化记录工作簿：没有找到任何记录表（${names}）。` +
        `请用 bzr template 或加载项的“创建/修复记录表”生成工作簿后再填写。`,
      `${file} is not a BZR workbook: none of the record tables was found. Create one with "bzr template" or the add-in.`,
    );
  }
  const evaluation = judge(raw, diagnostics);
  const json = scoreJson(evaluation);
  io.out(
    args.flags.has('json') ? JSON.stringify(json) : humanReport(json, path.basename(file), evaluation.diagnostics),
  );
  return 0;
}
