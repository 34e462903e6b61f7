// The workbook the pane works on: the open Excel workbook (Office.js) or, stand-alone, an exceljs
// workbook held in memory (opened from disk, a new blank one, or the sample class). exceljs and the
// sample generator are imported only here and only when such a workbook is asked for.
import type * as ExcelJS from 'exceljs';
import type { EnsureReport, RawWorkbook, RecordInput, TableKey } from '../../records/schema';
import { dayFromYMD } from '../../rules/days';
import type { Diagnostic } from '../../rules/model';
import * as gateway from '../gateway';
import { downloadXlsx } from '../download';
import type { SettingsEdit, SettingsWrite } from '../../plans/settings';
import * as settingsWrite from '../settings/write';
import { withCellEditRetry } from './retry';

export interface ReadResult {
  raw: RawWorkbook;
  diagnostics: Diagnostic[];
}

export interface Doc {
  kind: 'excel' | 'memory';
  /** Where the data comes from, for the status line. */
  label: string;
  read(): Promise<ReadResult>;
  append(key: TableKey, input: RecordInput): Promise<gateway.Appended>;
  remove(key: TableKey, row: number, input: RecordInput): Promise<gateway.Removed>;
  /** Several records in one append (a pasted roster). */
  appendAll(key: TableKey, inputs: RecordInput[]): Promise<settingsWrite.AppendedAll>;
  /** 保存设置: writes nothing when a 值 changed since it was read (plans/settings). */
  writeSettings(edits: SettingsEdit[]): Promise<SettingsWrite>;
  /** 创建/修复记录表: adds missing sheets, tables and columns; never overwrites. */
  repair(): Promise<EnsureReport>;
  /** Saves the in-memory workbook as a download (stand-alone only). */
  download?(): Promise<void>;
}

export function excelDoc(): Doc {
  return {
    kind: 'excel',
    label: '当前工作簿',
    read: () =>
      withCellEditRetry(async () => {
        const { read } = await import('../../excel/read');
        return Excel.run((context) => read(context));
      }),
    append: (key, input) => withCellEditRetry(() => gateway.appendInExcel(key, input)),
    remove: (key, row, input) => withCellEditRetry(() => gateway.removeInExcel(key, row, input)),
    appendAll: (key, inputs) => withCellEditRetry(() => settingsWrite.appendAllInExcel(key, inputs)),
    writeSettings: (edits) => withCellEditRetry(() => settingsWrite.writeSettingsInExcel(edits)),
    repair: () =>
      withCellEditRetry(async () => {
        const { ensure } = await import('../../excel/ensure');
        return Excel.run((context) => ensure(context, {}));
      }),
  };
}

function memoryDoc(wb: ExcelJS.Workbook, label: string, fileName: string): Doc {
  return {
    kind: 'memory',
    label,
    read: async () => {
      const { read } = await import('../../xlsx/read');
      return read(wb);
    },
    append: (key, input) => gateway.appendInMemory(wb, key, input),
    remove: (key, row, input) => gateway.removeInMemory(wb, key, row, input),
    appendAll: (key, inputs) => settingsWrite.appendAllInMemory(wb, key, inputs),
    writeSettings: (edits) => settingsWrite.writeSettingsInMemory(wb, edits),
    repair: async () => {
      const { ensure } = await import('../../xlsx/ensure');
      return ensure(wb, {});
    },
    download: async () => {
      // workbookBytes adds quotePrefix to formula-like text, which exceljs's own writeBuffer cannot.
      const { workbookBytes } = await import('../../xlsx/workbook');
      downloadXlsx(await workbookBytes(wb), fileName);
    },
  };
}

/** An .xlsx chosen by the user, read in the browser (never uploaded). */
export async function openFile(file: File): Promise<Doc> {
  // The bounded reader first (SPEC §6): the File's size is checked before a byte is read, parts are
  // bounded while inflating, and .ods/.xls/password-protected files get their own message.
  const { readWorkbookBytes } = await import('../../intake');
  await readWorkbookBytes(file, file.name);
  const { loadWorkbook } = await import('../../xlsx/workbook');
  // loadWorkbook gives unstyled (LibreOffice) tables a style, so the download can be saved.
  const wb = await loadWorkbook(await file.arrayBuffer());
  return memoryDoc(wb, file.name, file.name);
}

/** A new workbook with every record sheet, nothing filled in. */
export async function newBlank(): Promise<Doc> {
  const { createWorkbook } = await import('../../xlsx/workbook');
  return memoryDoc(await createWorkbook({}), '新建工作簿（浏览器内）', '班主任工作量化记录.xlsx');
}

const SAMPLE_STUDENTS = 40;
const SAMPLE_START = dayFromYMD(2026, 9, 7);

/** The sample class, made in the browser on request (the stand-alone start does not need it). */
export async function sample(): Promise<Doc> {
  const [{ sampleClass }, { createWorkbook }] = await Promise.all([
    import('../../sample'),
    import('../../xlsx/workbook'),
  ]);
  const s = sampleClass({ students: SAMPLE_STUDENTS, semesterStart: SAMPLE_START });
  return memoryDoc(await createWorkbook(s.options, s.rows), '示例班级（浏览器内生成）', '示例班级.xlsx');
}
