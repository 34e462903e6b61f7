// 打印 (SPEC §7.1 "Print the paper forms"): the print view of the open workbook — stand-alone the
// in-memory workbook's tables, in Excel what read() gave — and, in Excel, 「生成打印工作表」, which
// writes the same plans as print-ready sheets with src/excel applySheet. A sheet of that name that is
// not ours (no marker in A1) is left untouched and named in the message.
import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { printInput, printPlans, type PrintSheetPlan } from '../../plans/print';
import { describeError } from '../messages';
import { PrintView } from '../print/PrintView';
import type { Doc, ReadResult } from '../session/doc';

export interface PrintTabProps {
  doc: Doc;
  read: ReadResult;
  /** The shell's action runner: busy state, the message bar, a fresh read afterwards. */
  run: (label: string, work: () => Promise<string | null>) => Promise<void>;
  busy: boolean;
}

export interface SheetsReport {
  written: string[];
  /** Sheet name → why it was not written (Chinese). */
  refused: Array<{ sheet: string; reason: string }>;
}

/** Writes every print sheet, one after another; one refused sheet does not stop the others. */
export async function writePrintSheets(
  plans: readonly PrintSheetPlan[],
  apply: (plan: PrintSheetPlan) => Promise<void>,
): Promise<SheetsReport> {
  const report: SheetsReport = { written: [], refused: [] };
  for (const plan of plans) {
    try {
      await apply(plan);
      report.written.push(plan.name);
    } catch (e) {
      report.refused.push({ sheet: plan.name, reason: describeError(e) });
    }
  }
  return report;
}

/** The message after 生成打印工作表. */
export function sheetsText(r: SheetsReport, pages: number): string {
  const done =
    r.written.length > 0
      ? `已生成 ${r.written.length} 张打印工作表（${r.written.join('、')}），共 ${pages} 页；在 Excel 中选中这些工作表后按 Ctrl+P 打印。`
      : '没有生成打印工作表。';
  const refused = r.refused.map((x) => `“${x.sheet}”没有写入：${x.reason}`);
  return [done, ...refused].join(' ');
}

async function applyInExcel(plan: PrintSheetPlan): Promise<void> {
  const { applySheet } = await import('../../excel/sheet');
  await Excel.run((context) => applySheet(context, plan));
}

export default function PrintTab({ doc, read, run, busy }: PrintTabProps): React.JSX.Element {
  const input = React.useMemo(() => printInput(read.raw), [read.raw]);
  const generate = () =>
    run('生成打印工作表', async () => {
      const plans = printPlans(input);
      const report = await writePrintSheets(plans, applyInExcel);
      const pages = plans.filter((p) => report.written.includes(p.name)).reduce((n, p) => n + p.pages, 0);
      const text = sheetsText(report, pages);
      if (report.written.length === 0) throw new Error(text);
      return text;
    });
  const actions =
    doc.kind === 'excel' ? (
      <Button disabled={busy} onClick={() => void generate()}>
        生成打印工作表
      </Button>
    ) : null;
  return <PrintView workbook={input} actions={actions} />;
}
