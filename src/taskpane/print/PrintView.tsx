// 打印: the cover page and the six paper forms (SPEC §7.1), rendered from the SAME print plans that
// Excel gets as sheets (plans/print) — one <section> per printed A4 page — with a 打印 button that
// opens the browser's print dialog (print to PDF stand-alone).
import * as React from 'react';
import { Button, Checkbox, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import {
  MAX_PAGES,
  PRINT_FORMS,
  PRINT_MARGINS,
  pagesOf,
  type PrintInput,
  type PrintSheetPlan,
} from '../../plans/print';
import { PrintPage } from './PrintPage';
import { printCss } from './css';

export interface PrintViewProps {
  /** The open workbook: its raw tables and parseWorkbook's records (plans/print printInput(raw)). */
  workbook: PrintInput;
  /** More buttons beside 打印 (in Excel: 生成打印工作表). */
  actions?: React.ReactNode;
}

interface Form {
  label: string;
  plan: PrintSheetPlan;
}

function skippedText(forms: readonly Form[]): string | null {
  const parts = forms.filter((f) => f.plan.skipped > 0).map((f) => `${f.label} ${f.plan.skipped} 行`);
  if (parts.length === 0) return null;
  return `以下记录内容不齐全或无法识别，没有打印：${parts.join('、')}。请在记录表中补全后再打印。`;
}

function overflowText(forms: readonly Form[]): string | null {
  const parts = forms.filter((f) => f.plan.overflow > 0).map((f) => `${f.label} ${f.plan.overflow} 处`);
  if (parts.length === 0) return null;
  return `以下内容太长，缩小字号后仍放不下，打印时会被截断：${parts.join('、')}。请精简这些内容，或打印后另附页。`;
}

function omittedText(forms: readonly Form[]): string | null {
  const parts = forms.filter((f) => f.plan.omitted > 0).map((f) => `${f.label} ${f.plan.omitted} 条`);
  if (parts.length === 0) return null;
  return `每张表最多打印 ${MAX_PAGES} 页，以下记录超出，没有打印：${parts.join('、')}。`;
}

export function PrintView({ workbook, actions }: PrintViewProps): React.ReactElement {
  const forms = React.useMemo<Form[]>(
    () => PRINT_FORMS.map((f) => ({ label: f.label, plan: f.plan(workbook) })),
    [workbook],
  );
  // Which forms to print (all by default): a teacher often needs just one, and fewer pages render faster.
  const [off, setOff] = React.useState<ReadonlySet<string>>(new Set());
  const chosen = forms.filter((f) => !off.has(f.label));
  const toggle = (label: string, on: boolean) =>
    setOff((prev) => {
      const next = new Set(prev);
      if (on) next.delete(label);
      else next.add(label);
      return next;
    });
  const pageCount = chosen.reduce((a, f) => a + f.plan.pages, 0);
  const notes = [skippedText(forms), overflowText(forms), omittedText(forms)].filter((t): t is string => t !== null);
  return (
    <div>
      {/* Inner HTML, not a text child: React escapes the quotes of the font names in text. The CSS is ours. */}
      <style dangerouslySetInnerHTML={{ __html: printCss(forms[0]?.plan.print.margins ?? PRINT_MARGINS) }} />
      <div className="bzr-print-toolbar" style={{ display: 'flex', flexDirection: 'column', gap: 8, marginBottom: 8 }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
          <Button appearance="primary" onClick={() => window.print()}>
            打印
          </Button>
          {actions}
          <Text>{`共 ${pageCount} 页（A4）。没有记录的表打印一张空白表。`}</Text>
        </div>
        <div role="group" aria-label="打印哪些表" style={{ display: 'flex', flexWrap: 'wrap' }}>
          {forms.map((f) => (
            <Checkbox
              key={f.label}
              label={`${f.label}（${f.plan.pages} 页）`}
              checked={!off.has(f.label)}
              onChange={(_, d) => toggle(f.label, d.checked === true)}
            />
          ))}
        </div>
        {notes.map((note) => (
          <MessageBar key={note} intent="warning">
            <MessageBarBody>{note}</MessageBarBody>
          </MessageBar>
        ))}
      </div>
      <div className="bzr-print-pages">
        {chosen.flatMap((f) =>
          pagesOf(f.plan).map((page, i) => (
            <PrintPage
              key={`${f.plan.name}-${i}`}
              page={page}
              widths={f.plan.widths ?? []}
              label={`${f.label} 第${i + 1}页`}
            />
          )),
        )}
      </div>
    </div>
  );
}
