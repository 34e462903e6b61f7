// `bzr repair FILE.xlsx [-o OUT.xlsx] [--force]` (SPEC §5): what 「创建/修复记录表」 does in Excel, on a
// file — the same plan (plans/repair via xlsx ensure) and the same sentences (describeEnsure). The
// file is checked with the bounded reader's limits before exceljs sees it (SPEC §6); the result is
// written atomically (a temporary file, then a rename); nothing is written when nothing changed.
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_LIMITS } from '../intake/errors';
import { readFileBounded, zlibInflater } from '../intake/node';
import { readXlsx } from '../intake/read';
import { ZipParts } from '../intake/zip';
import { describeEnsure } from '../plans/repair';
import type { EnsureReport } from '../records/schema';
import { ensure } from '../xlsx/ensure';
import { writeFileAtomically } from '../files/atomic';
import { loadWorkbook, saveWorkbook, WorkbookReadError } from '../xlsx/workbook';
import { parseArgs, UsageError } from './args';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface RepairArgs {
  input: string;
  /** Where to write; the input itself when -o is not given. */
  output: string;
  force: boolean;
  help: boolean;
}

/** `-o X` → `--output X`. */
export function readRepairArgs(argv: readonly string[]): RepairArgs {
  const args = parseArgs(
    argv.map((a) => (a === '-o' ? '--output' : a)),
    { values: ['output'], flags: ['force', 'help'] },
  );
  const help = args.flags.has('help');
  if (help) return { input: '', output: '', force: false, help };
  if (args.positional.length === 0) throw new UsageError('缺少要修复的文件（missing file）');
  if (args.positional.length > 1)
    throw new UsageError(`多余的参数：${args.positional.slice(1).join(' ')}（unexpected argument）`);
  const input = args.positional[0];
  const output = args.values.output ?? input;
  if (!output.toLowerCase().endsWith('.xlsx')) {
    throw new UsageError(`输出文件“${output}”应以 .xlsx 结尾（the output must be an .xlsx file）`);
  }
  return { input, output, force: args.flags.has('force'), help };
}

/**
 * The file's bytes, refused like every read (not a regular file, too big, .ods/.xls/encrypted, a part
 * or a table over the limits). exceljs inflates every part, not only the record tables the reader
 * reads, so every part is counted too before it is handed over.
 */
async function checkedBytes(file: string): Promise<Uint8Array> {
  const label = `“${file}”`;
  const bytes = await readFileBounded(file, label, DEFAULT_LIMITS.maxFileBytes);
  readXlsx(bytes, label, DEFAULT_LIMITS, zlibInflater);
  const zip = new ZipParts(bytes, label, DEFAULT_LIMITS.maxPartBytes, zlibInflater);
  for (const name of zip.names) zip.bytes(name);
  return bytes;
}

function samePath(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [x, y] = [fs.statSync(a), fs.statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function writeError(out: string, e: unknown): WorkbookReadError {
  const why = (e as Error)?.message ?? String(e);
  return new WorkbookReadError(
    `无法写入文件“${out}”：${why}。原文件没有改动。请检查文件夹是否存在、是否有写入权限，以及文件是否正在 Excel 中打开。`,
    `Cannot write ${out}: ${why}. The original file was not changed.`,
  );
}

function english(r: EnsureReport): string {
  if (!r.changed) return 'Nothing to add.';
  return (
    `Added ${r.createdSheets.length} sheet(s), ${r.createdTables.length} table(s), ` +
    `${r.addedColumns.length} column(s).`
  );
}

export async function repairCommand(argv: readonly string[], io: Io, help: string): Promise<number> {
  const args = readRepairArgs(argv);
  if (args.help) {
    io.out(help);
    return 0;
  }
  const { input, output } = args;
  const inPlace = samePath(input, output);
  const bytes = await checkedBytes(input);
  if (!inPlace && fs.existsSync(output) && !args.force) {
    throw new WorkbookReadError(
      `文件“${output}”已存在，未覆盖。请换一个文件名，或加上 --force 覆盖。`,
      `${output} already exists and was not overwritten. Choose another name or add --force.`,
    );
  }
  const wb = await loadWorkbook(bytes);
  const report = ensure(wb, {});
  const said = describeEnsure(report);
  try {
    if (report.changed) await saveWorkbook(wb, output);
    else if (!inPlace) await writeFileAtomically(bytes, output); // nothing to add: the file as it was
  } catch (e) {
    throw writeError(output, e);
  }
  const where = report.changed ? `已写入：${output}` : inPlace ? '文件没有改动。' : `已原样复制到：${output}`;
  io.out(`${said}\n${where}`);
  io.err(`${english(report)} ${report.changed || !inPlace ? `Wrote ${output}.` : 'The file was not changed.'}`);
  return 0;
}
