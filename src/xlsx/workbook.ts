// Opening, creating and saving .xlsx workbooks with exceljs: the CLI, tests and benchmarks in Node, and
// the task pane in the browser (an .xlsx chosen by the user, the sample download). exceljs is loaded
// lazily so that importing this module costs nothing until a workbook is touched.
import type * as ExcelJS from 'exceljs';
import type { RecordInput, TableKey, TemplateOptions } from '../records/schema';
import { ensure } from './ensure';
import { giveTablesAStyle, restoreHeaderRows } from './load-fixes';
import { markQuotePrefix } from './quote-prefix';
import { writeFileAtomically } from '../files/atomic';

/** A workbook that cannot be opened: the message says it in Chinese and in English (SPEC §5). */
export class WorkbookReadError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh}\n${en}`);
    this.name = 'WorkbookReadError';
  }
}

/**
 * The exceljs Workbook class. Node loads only exceljs's workbook module: the package entry also loads
 * the streaming reader/writer (archiver, …), which costs about 130 ms at every `bzr` start. Falls back
 * to the package entry where that path does not exist (another exceljs version, a bundler).
 */
export async function workbookClass(): Promise<typeof ExcelJS.Workbook> {
  try {
    const deep = 'exceljs/lib/doc/workbook';
    // webpackIgnore: in the browser this bare import fails and the package entry (aliased) is used.
    const mod = (await import(/* webpackIgnore: true */ deep)) as { default?: typeof ExcelJS.Workbook };
    const Workbook = (mod.default ?? mod) as typeof ExcelJS.Workbook;
    if (typeof Workbook === 'function') return Workbook;
  } catch {
    // fall through to the package entry
  }
  const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  return (mod.default ?? mod).Workbook;
}

/** Sheet parts a read-only load can skip (they carry no cell values): faster scoring. */
const READ_ONLY_IGNORED = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'sheetViews',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'pageMargins',
  'rowBreaks',
  'picture',
  'drawing',
];

export interface LoadOptions {
  /**
   * Skip drop-downs, print setup and other parts that hold no values. Such a workbook is for
   * reading only: saving it would drop those parts.
   */
  readOnly?: boolean;
}

/** Bytes as a Uint8Array: Node's Buffer already is one, and the browser has no Buffer at all. */
function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/** The first four bytes as a big-endian number (file signatures). */
function magic(bytes: Uint8Array): number {
  return bytes.length < 4 ? -1 : ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
}

/** Loads an .xlsx from a path or from its bytes. Throws WorkbookReadError with a clear message. */
export async function loadWorkbook(
  input: string | Uint8Array | ArrayBuffer,
  options: LoadOptions = {},
): Promise<ExcelJS.Workbook> {
  const label = typeof input === 'string' ? `“${input}”` : '';
  let bytes: Uint8Array;
  if (typeof input === 'string') {
    const fs = await import('fs');
    try {
      bytes = await fs.promises.readFile(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        throw new WorkbookReadError(
          `找不到文件${label}。请检查文件路径是否正确。`,
          `File not found: ${input}. Check the path.`,
        );
      }
      if (code === 'EISDIR') {
        throw new WorkbookReadError(
          `${label}是一个文件夹，不是 .xlsx 文件。`,
          `${input} is a directory, not an .xlsx file.`,
        );
      }
      throw new WorkbookReadError(
        `无法读取文件${label}（${code ?? '未知错误'}）。请检查文件是否存在、是否有读取权限。`,
        `Cannot read ${input} (${code ?? String(e)}). Check that the file exists and is readable.`,
      );
    }
  } else {
    bytes = toBytes(input);
  }
  if (magic(bytes) === 0xd0cf11e0) {
    throw new WorkbookReadError(
      `文件${label}是旧版 .xls 格式（或已加密），无法读取。请在 Excel 中打开并“另存为” Excel 工作簿（.xlsx）后重试。`,
      `${typeof input === 'string' ? input : 'The input'} is an old .xls file (or encrypted). Open it in Excel and save it as an .xlsx workbook.`,
    );
  }
  if (magic(bytes) !== 0x504b0304) {
    throw new WorkbookReadError(
      `文件${label}不是 Excel 工作簿（.xlsx）。请选择用 Excel 保存的 .xlsx 文件。`,
      `${typeof input === 'string' ? input : 'The input'} is not an Excel workbook (.xlsx). Choose an .xlsx file saved by Excel.`,
    );
  }
  const Workbook = await workbookClass();
  const wb = new Workbook();
  try {
    const loadOptions = options.readOnly ? { ignoreNodes: READ_ONLY_IGNORED } : undefined;
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, loadOptions as unknown as ExcelJS.XlsxReadOptions);
  } catch (e) {
    throw new WorkbookReadError(
      `文件${label}已损坏或不是有效的 .xlsx 工作簿，无法读取。请在 Excel 中打开并重新保存后重试。`,
      `${typeof input === 'string' ? input : 'The input'} is damaged or not a valid .xlsx workbook (${(e as Error).message}). Open it in Excel, save it again and retry.`,
    );
  }
  restoreHeaderRows(wb, bytes);
  giveTablesAStyle(wb);
  return wb;
}

/** Saves the workbook atomically (writeFileAtomically). */
export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  await writeFileAtomically(await writeWorkbookBuffer(wb), path);
}

/** The .xlsx bytes of a workbook (text that looks like a formula keeps Excel's quote prefix); browser-safe. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return markQuotePrefix(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** The .xlsx bytes of a workbook as a Node Buffer. */
export async function writeWorkbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  const bytes = await workbookBytes(wb);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A new schema-v1 workbook (the same layout ensure creates), optionally with data rows. */
export async function createWorkbook(
  options: TemplateOptions,
  rows?: Partial<Record<TableKey, RecordInput[]>>,
): Promise<ExcelJS.Workbook> {
  const Workbook = await workbookClass();
  const wb = new Workbook();
  wb.creator = 'BZR';
  wb.lastModifiedBy = 'BZR';
  ensure(wb, options, rows);
  return wb;
}
