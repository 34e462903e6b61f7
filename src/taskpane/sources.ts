// Where the task pane gets a judged workbook from: the open Excel workbook (Office.js gateway) or,
// in the stand-alone browser mode, an .xlsx read in the browser. exceljs and the sample generator are
// imported lazily so the pane opens without them.
import { setDate1904 } from '../functions/date-system';
import { judge } from '../records/judge';
import type { EnsureReport, TemplateOptions } from '../records/schema';
import { dayFromYMD } from '../rules/days';
import type { Evaluation } from '../rules/model';

export interface Judged {
  evaluation: Evaluation;
  /** Where the data came from, for the status line. */
  source: string;
}

/** Reads every record table of the open workbook in one batch and judges it. */
export async function judgeOpenWorkbook(): Promise<Judged> {
  const { read } = await import('../excel');
  const { raw, diagnostics } = await Excel.run((context) => read(context));
  setDate1904(raw.date1904); // the BZR.* functions read date serials in this system from now on
  return { evaluation: judge(raw, diagnostics), source: '当前工作簿' };
}

/** Creates the missing record sheets/tables/columns of the open workbook; never overwrites. */
export async function ensureOpenWorkbook(options: TemplateOptions): Promise<EnsureReport> {
  const { ensure } = await import('../excel');
  return Excel.run((context) => ensure(context, options));
}

/** Writes the 量化汇总 sheet (values + live BZR.* formulas). */
export async function writeSummaryToOpenWorkbook(evaluation: Evaluation): Promise<void> {
  const { writeSummary } = await import('../excel');
  await Excel.run((context) => writeSummary(context, evaluation, new Date()));
}

/** Judges an .xlsx file chosen by the user; it is read in the browser and never uploaded. */
export async function judgeFile(file: File): Promise<Judged> {
  const { loadWorkbook, read } = await import('../xlsx');
  const wb = await loadWorkbook(await file.arrayBuffer());
  const { raw, diagnostics } = read(wb);
  return { evaluation: judge(raw, diagnostics), source: file.name };
}

const SAMPLE_STUDENTS = 40;
const SAMPLE_START = dayFromYMD(2026, 9, 7);

async function sampleWorkbook() {
  const [{ sampleClass }, { createWorkbook }] = await Promise.all([import('../sample'), import('../xlsx')]);
  const sample = sampleClass({ students: SAMPLE_STUDENTS, semesterStart: SAMPLE_START });
  return createWorkbook(sample.options, sample.rows);
}

/** A sample class made in the browser: the stand-alone mode works offline and without Excel. */
export async function judgeSample(): Promise<Judged> {
  const { read } = await import('../xlsx');
  const { raw, diagnostics } = read(await sampleWorkbook());
  return { evaluation: judge(raw, diagnostics), source: '示例班级（浏览器内生成）' };
}

/** The sample as an .xlsx download (a local Blob: nothing leaves the machine). */
export async function downloadSample(): Promise<void> {
  const [wb, { workbookBytes }] = await Promise.all([sampleWorkbook(), import('../xlsx')]);
  const buffer = await workbookBytes(wb);
  const blob = new Blob([buffer as Uint8Array<ArrayBuffer>], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = '示例班级.xlsx';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export { describeError } from './messages';
