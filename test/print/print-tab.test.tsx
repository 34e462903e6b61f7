// The 打印 tab: 「生成打印工作表」 only in Excel; writing the print sheets through the Office.js adapter
// (in-memory Excel) writes every sheet that is ours or new and leaves a user's sheet of that name alone,
// naming it in Chinese; the pane's views list the 打印 tab.
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import * as office from '../../src/excel';
import { printInput, printPlans } from '../../src/plans/print';
import PrintTab, { sheetsText, writePrintSheets } from '../../src/taskpane/print-tab/PrintTab';
import type { Doc } from '../../src/taskpane/session/doc';
import { VIEWS } from '../../src/taskpane/shell/views';
import { FakeExcel } from '../support/fake-excel';
import { fullWorkbook } from './helpers';

const raw = fullWorkbook();
const plans = printPlans(printInput(raw));

function html(kind: Doc['kind']): string {
  const doc = { kind, label: 'x' } as Doc;
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <PrintTab doc={doc} read={{ raw, diagnostics: [] }} run={async () => undefined} busy={false} />
    </FluentProvider>,
  );
}

describe('打印 tab', () => {
  test('the pane lists a 打印 view', () => {
    expect(VIEWS.filter((v) => v.label === '打印').map((v) => v.id)).toEqual(['print']);
  });

  test('「生成打印工作表」 in Excel only; the print view with its 打印 button in both', () => {
    const inExcel = html('excel');
    const standAlone = html('memory');
    expect(inExcel).toContain('生成打印工作表');
    expect(standAlone).not.toContain('生成打印工作表');
    for (const h of [inExcel, standAlone]) {
      expect(h).toMatch(/<button[^>]*>打印<\/button>/u);
      expect(h.match(/<section/gu)?.length).toBe(plans.reduce((n, p) => n + p.pages, 0));
    }
  });

  test('writes every print sheet; a user sheet of the same name is reported, not overwritten', async () => {
    const fake = new FakeExcel([{ name: '打印-谈心记录', cells: { A1: '我自己的表', C5: 42 } }]);
    const gw = office.officeGateway(fake.ctx);
    const report = await writePrintSheets(plans, (p) => gw.applySheet(p));
    expect(report.written).toEqual(plans.map((p) => p.name).filter((n) => n !== '打印-谈心记录'));
    expect(report.refused.map((r) => r.sheet)).toEqual(['打印-谈心记录']);
    expect(report.refused[0].reason).toContain('为免覆盖您的内容，没有写入');
    expect(fake.grid('打印-谈心记录', 'A1:C5')[4][2]).toBe(42);
    const text = sheetsText(report, 9);
    expect(text).toContain('已生成 6 张打印工作表');
    expect(text).toContain('“打印-谈心记录”没有写入');
    // Printing again replaces our own sheets (their A1 marker) and still refuses the user's.
    const again = await writePrintSheets(plans, (p) => gw.applySheet(p));
    expect(again.written).toHaveLength(6);
  });
});
