// Opening a workbook file in Node (CLI, consolidation): a regular file of at most the limit is
// checked with stat BEFORE anything is read (a FIFO would block, /dev/zero never ends), then read
// with one bounded read of exactly the size stat gave.
import * as fs from 'fs';
import * as zlib from 'zlib';
import { DEFAULT_LIMITS, IntakeError, tooBig, type Limits } from './errors';
import { readXlsx, type IntakeResult } from './read';
import type { Inflater } from './zip';

/** Largest output buffer sized from a zip header (a header may lie; a bigger part takes several). */
const MAX_CHUNK = 8 * 1024 * 1024;

/**
 * Node's native zlib: ~10× less CPU than inflating in JavaScript. maxOutputLength is checked while
 * inflating (zlib stops with ERR_BUFFER_TOO_LARGE as soon as the output passes it). An output buffer
 * a little larger than the header's size takes the part in one call, instead of 16 KiB chunks
 * joined by a copy.
 */
export const zlibInflater: Inflater = (data, maxBytes, sizeHint) => {
  const chunkSize =
    sizeHint !== undefined && sizeHint >= 0
      ? Math.min(MAX_CHUNK, Math.max(zlib.constants.Z_MIN_CHUNK, sizeHint + 64))
      : undefined;
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes), chunkSize });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw e;
  }
};

function openError(file: string, label: string, code: string | undefined): IntakeError {
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new IntakeError(
      'not-found',
      `找不到文件${label}。请检查文件路径是否正确。`,
      `File not found: ${file}. Check the path.`,
    );
  }
  return new IntakeError(
    'unreadable',
    `无法读取文件${label}（${code ?? '未知错误'}）。请检查文件是否存在、是否有读取权限。`,
    `Cannot read ${file} (${code ?? 'unknown error'}). Check that the file exists and is readable.`,
  );
}

function notRegular(file: string, label: string, st: fs.Stats): IntakeError {
  const what = st.isDirectory() ? '文件夹' : st.isFIFO() ? '管道（FIFO）' : st.isSocket() ? '套接字' : '设备文件';
  const en = st.isDirectory() ? 'a directory' : st.isFIFO() ? 'a FIFO' : st.isSocket() ? 'a socket' : 'a device';
  return new IntakeError(
    'not-regular',
    `${label}是一个${what}，不是 .xlsx 文件，未读取。请选择一个 .xlsx 工作簿文件。`,
    `${file} is ${en}, not an .xlsx file; it was not read. Choose an .xlsx workbook file.`,
  );
}

/**
 * The file's bytes, refused before reading when it is not a regular file or is too big. Synchronous
 * calls: one file is read at a time (a worker judges files one after another), and the five
 * thread-pool round trips of fs.promises cost ~2.5 ms a file, as much as inflating it.
 */
export async function readFileBounded(file: string, label: string, maxBytes: number): Promise<Uint8Array> {
  return readFileBoundedSync(file, label, maxBytes);
}

export function readFileBoundedSync(file: string, label: string, maxBytes: number): Uint8Array {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    throw openError(file, label, (e as NodeJS.ErrnoException).code);
  }
  if (!st.isFile()) throw notRegular(file, label, st);
  if (st.size > maxBytes) throw tooBig(label, st.size, maxBytes);
  let fd: number;
  try {
    // O_NONBLOCK: should the path have been swapped for a FIFO since stat, opening does not hang.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw openError(file, label, (e as NodeJS.ErrnoException).code);
  }
  try {
    const again = fs.fstatSync(fd);
    if (!again.isFile()) throw notRegular(file, label, again);
    if (again.size > maxBytes) throw tooBig(label, again.size, maxBytes);
    // One byte more than allowed: a file that grew since stat is caught without reading it all.
    const buf = new Uint8Array(Math.min(again.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      const bytesRead = fs.readSync(fd, buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n > maxBytes) throw tooBig(label, n, maxBytes);
      if (n === buf.length) break;
    }
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof IntakeError) throw e;
    throw openError(file, label, (e as NodeJS.ErrnoException).code);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads an .xlsx file's record tables, bounded (SPEC §6). Throws IntakeError with zh and en messages. */
export async function readWorkbookFile(file: string, limits: Partial<Limits> = {}): Promise<IntakeResult> {
  const lim: Limits = { ...DEFAULT_LIMITS, ...limits };
  const label = `“${file}”`;
  const bytes = await readFileBounded(file, label, lim.maxFileBytes);
  return readXlsx(bytes, label, lim, zlibInflater);
}
