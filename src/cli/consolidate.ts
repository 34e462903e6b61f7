// `bzr consolidate INPUTS… -o SUMMARY.xlsx [--json] [--ratio 0.3] [--mask] [--history PAST.xlsx…] [--jobs N]`
// (SPEC §5, §7.2). One bad file is a listed error, never the end of the run; exit 1 when any input
// failed (the summary is still written), 2 on wrong usage.
import { consolidate } from '../consolidate/core';
import { listInputs } from '../consolidate/files';
import { consolidationJson } from '../consolidate/json';
import { defaultJobs, judgeFiles } from '../consolidate/pool';
import { historyError, readHistoryBytes, type HistoryRead } from '../consolidate/read-history';
import { DEFAULT_LIMITS } from '../intake/errors';
import { readFileBoundedSync, zlibInflater } from '../intake/node';
import type { ClassFileResult, Consolidation, PastResult } from '../consolidate/types';
import { writeSummaryFile } from '../consolidate/write';
import { zlibCodec } from '../sheetml/node';
import { parseArgs, UsageError } from './args';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface ConsolidateArgs {
  inputs: string[];
  output: string;
  json: boolean;
  mask: boolean;
  ratio: number;
  history: string[];
  jobs: number;
  help: boolean;
}

/** `-o X` → `--output X`; every argument after --history up to the next option is a history file. */
export function readConsolidateArgs(argv: readonly string[]): ConsolidateArgs {
  const rest: string[] = [];
  const history: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o') rest.push('--output');
    else if (a === '--history' || a.startsWith('--history=')) {
      if (a.includes('=')) history.push(a.slice(a.indexOf('=') + 1));
      else while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) history.push(argv[++i]);
      if (history.length === 0) throw new UsageError('选项 --history 缺少汇总文件（option --history needs a file）');
    } else rest.push(a);
  }
  const args = parseArgs(rest, { values: ['output', 'ratio', 'jobs'], flags: ['json', 'mask', 'help'] });
  const help = args.flags.has('help');
  if (!help && args.positional.length === 0) {
    throw new UsageError('缺少要汇总的工作簿或文件夹（missing input files or folders）');
  }
  const output = args.values.output ?? '';
  if (!help && output === '') throw new UsageError('缺少输出文件：-o SUMMARY.xlsx（missing -o SUMMARY.xlsx）');
  if (!help && !output.toLowerCase().endsWith('.xlsx')) {
    throw new UsageError(`输出文件“${output}”应以 .xlsx 结尾（the output must be an .xlsx file）`);
  }
  return {
    inputs: args.positional,
    output,
    json: args.flags.has('json'),
    mask: args.flags.has('mask'),
    ratio: readRatio(args.values.ratio),
    history,
    jobs: readJobs(args.values.jobs),
    help,
  };
}

function readRatio(s: string | undefined): number {
  if (s === undefined) return 0.3;
  const t = s.normalize('NFKC').trim();
  const n = t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  if (!Number.isFinite(n) || n < 0 || n > 1 || t === '') {
    throw new UsageError(
      `--ratio 的值“${s}”无效，应为 0 到 1 之间的小数，如 0.3 或 30%（--ratio must be between 0 and 1）`,
    );
  }
  return n;
}

function readJobs(s: string | undefined): number {
  if (s === undefined) return defaultJobs();
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new UsageError(`--jobs 的值“${s}”无效，应为 1 到 64 的整数（--jobs must be an integer from 1 to 64）`);
  }
  return n;
}

/** An earlier summary from its path: checked and read as boundedly as every class workbook. */
function readHistoryFile(file: string): HistoryRead {
  let bytes: Uint8Array;
  try {
    bytes = readFileBoundedSync(file, `“${file}”`, DEFAULT_LIMITS.maxFileBytes);
  } catch (e) {
    return historyError(e);
  }
  return readHistoryBytes(file, bytes, zlibInflater);
}

async function readHistory(
  files: readonly string[],
  io: Io,
): Promise<{ rows: PastResult[]; failed: ClassFileResult[] }> {
  const rows: PastResult[] = [];
  const failed: ClassFileResult[] = [];
  for (const f of files) {
    const r = readHistoryFile(f);
    if ('error' in r) failed.push({ file: f, error: `历史汇总无法读取：${r.error}`, errorEn: r.errorEn });
    else {
      rows.push(...r.rows);
      for (const p of r.problems) io.err(`${f}：${p}`);
    }
  }
  return { rows, failed };
}

function humanSummary(c: Consolidation, out: string): string {
  const lines = [
    `已写入汇总：${out}`,
    `参加考核的班主任 ${c.assessed} 人，班级 ${c.classes.length} 个；优秀名额 ${c.quota} 个（比例 ${c.ratio}）。`,
  ];
  for (const a of c.advisors) {
    const score = a.score === null ? '' : ` ${a.score}分`;
    const flags = a.flags.length ? `（${a.flags.join('；')}）` : '';
    lines.push(`  ${a.rank ?? '-'}\t${a.advisor}\t${a.result}${score}${flags}`);
  }
  for (const w of c.warnings) lines.push(`提醒：${w}`);
  return lines.join('\n');
}

export async function consolidateCommand(argv: string[], io: Io, help: string): Promise<number> {
  const args = readConsolidateArgs(argv);
  if (args.help) {
    io.out(help);
    return 0;
  }
  const { files, missing } = listInputs(args.inputs, args.output);
  const inputErrors: ClassFileResult[] = missing.map((f) => ({
    file: f,
    error: '找不到该文件或文件夹。请检查路径。',
    errorEn: `Not found: ${f}`,
  }));
  const history = await readHistory(args.history, io);
  const tty = process.stderr.isTTY === true;
  const progress = (done: number) => {
    if (tty) process.stderr.write(`\r汇总中 Reading ${done}/${files.length}${done === files.length ? '\n' : ''}`);
  };
  const judged = await judgeFiles(files, args.jobs, progress);
  const results = [...inputErrors, ...history.failed, ...judged];
  const date = new Date().toISOString().slice(0, 10);
  const c = consolidate(results, { ratio: args.ratio, mask: args.mask, history: history.rows, date });
  try {
    await writeSummaryFile(c, args.output, zlibCodec);
  } catch (e) {
    io.err(
      `无法写入汇总文件“${args.output}”：${(e as Error).message}。请检查文件夹是否存在、是否有写入权限，以及文件是否正在 Excel 中打开。\n` +
        `Cannot write ${args.output}: ${(e as Error).message}`,
    );
    return 1;
  }
  io.out(args.json ? JSON.stringify(consolidationJson(c)) : humanSummary(c, args.output));
  const en = new Map(results.filter((r) => 'error' in r).map((r) => [r.file, (r as { errorEn?: string }).errorEn]));
  for (const e of c.errors) {
    io.err(
      `${e.file}：${e.message}\n${e.file}: ${en.get(e.file) ?? 'duplicate class and term; neither file was assessed.'}`,
    );
  }
  if (c.errors.length > 0) {
    io.err(
      `有 ${c.errors.length} 个文件无法汇总，见汇总文件的“问题”表。\n${c.errors.length} input(s) could not be consolidated; see the 问题 sheet.`,
    );
    return 1;
  }
  return 0;
}
