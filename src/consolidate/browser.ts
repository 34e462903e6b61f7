// The consolidation in the browser (the pane's 「汇总」 view): picked Files in, the same Consolidation
// as `bzr consolidate` out. Each File is read on this machine by the bounded reader (its size is
// checked before a byte is read), judged by judge-file.ts exactly as the command line judges a path,
// and the pure core (core.ts) does the rest. Nothing is uploaded. One bad file is a listed error;
// the page gets a macrotask between files so that it stays responsive.
import { DEFAULT_LIMITS, tooBig, type Limits } from '../intake/errors';
import { readWorkbookBytes } from '../intake';
import { consolidate } from './core';
import { failedClassFile, judgeClassFile } from './judge-file';
import { isError, type ClassFileResult, type Consolidation, type PastResult } from './types';

export type FileState = 'waiting' | 'reading' | 'done' | 'error';

export interface FileProgress {
  /** Position in the list given to consolidateFiles. */
  index: number;
  name: string;
  state: FileState;
  /** Why the file was not assessed (state 'error'). */
  message?: string;
}

export interface BrowserRunOptions {
  /** 优秀 ratio, 0–1. */
  ratio: number;
  mask: boolean;
  /** Earlier summary workbooks (their 汇总结果表) for the 第九条/第三十二条 flags. */
  history?: readonly File[];
  /** ISO date shown in 说明 (default: today). */
  date?: string;
  limits?: Partial<Limits>;
  onProgress?: (p: FileProgress) => void;
  /** Lets the page paint between files (default: one macrotask). */
  yieldToPage?: () => Promise<void>;
}

export interface BrowserRun {
  consolidation: Consolidation;
  /** Per-file results and history rows: enough to consolidate again with another ratio without re-reading. */
  results: ClassFileResult[];
  history: PastResult[];
  /** Rows of history files that could not be read (the rest of the file was used). */
  historyProblems: string[];
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A picked file's name for the lists: its path inside a picked folder, else its name. */
export function fileLabel(f: File): string {
  const rel = (f as File & { webkitRelativePath?: string }).webkitRelativePath;
  return rel ? rel : f.name;
}

/** What a consolidation reads of a picked set (a folder brings everything): .xlsx files, no Office lock files. */
export function workbookFiles(files: Iterable<File>): File[] {
  return [...files].filter((f) => /\.xlsx$/i.test(f.name) && !f.name.startsWith('~$'));
}

/** One picked class workbook → its per-file result (never throws). */
export async function readClassBlob(file: Blob, name: string, limits: Partial<Limits> = {}): Promise<ClassFileResult> {
  try {
    return judgeClassFile(name, await readWorkbookBytes(file, name, limits));
  } catch (e) {
    return failedClassFile(name, e);
  }
}

async function readHistory(
  files: readonly File[],
  limits: Limits,
): Promise<{ rows: PastResult[]; failed: ClassFileResult[]; problems: string[] }> {
  const out = { rows: [] as PastResult[], failed: [] as ClassFileResult[], problems: [] as string[] };
  if (files.length === 0) return out;
  const { readHistoryBytes } = await import('./read-history');
  for (const f of files) {
    const name = fileLabel(f);
    if (f.size > limits.maxFileBytes) {
      const e = tooBig('', f.size, limits.maxFileBytes);
      out.failed.push({ file: name, error: `历史汇总无法读取：${e.zh}`, errorEn: e.en });
      continue;
    }
    const r = readHistoryBytes(name, new Uint8Array(await f.arrayBuffer()));
    if ('error' in r) out.failed.push({ file: name, error: `历史汇总无法读取：${r.error}`, errorEn: r.errorEn });
    else {
      out.rows.push(...r.rows);
      out.problems.push(...r.problems.map((p) => `${name}：${p}`));
    }
  }
  return out;
}

/** Reads, judges and consolidates the picked class workbooks, one after another. */
export async function consolidateFiles(files: readonly File[], options: BrowserRunOptions): Promise<BrowserRun> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const report = options.onProgress ?? (() => {});
  const pause = options.yieldToPage ?? macrotask;
  const names = files.map(fileLabel);
  names.forEach((name, index) => report({ index, name, state: 'waiting' }));
  const history = await readHistory(options.history ?? [], limits);
  const results: ClassFileResult[] = [];
  for (let index = 0; index < files.length; index++) {
    const name = names[index];
    report({ index, name, state: 'reading' });
    await pause();
    const r = await readClassBlob(files[index], name, limits);
    results.push(r);
    report(isError(r) ? { index, name, state: 'error', message: r.error } : { index, name, state: 'done' });
  }
  const all = [...history.failed, ...results];
  const consolidation = consolidate(all, {
    ratio: options.ratio,
    mask: options.mask,
    history: history.rows,
    date: options.date ?? new Date().toISOString().slice(0, 10),
  });
  // Files read fine but not assessed (a duplicate class, no 班主任) end as errors too.
  const read = new Set(names.filter((_, i) => !isError(results[i])));
  for (const e of consolidation.errors) {
    const index = names.indexOf(e.file);
    if (index >= 0 && read.has(e.file)) report({ index, name: e.file, state: 'error', message: e.message });
  }
  return { consolidation, results: all, history: history.rows, historyProblems: history.problems };
}
