// The print view rendered to a static HTML document (react-dom/server), as the browser tests load it.
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PrintInput } from '../../src/plans/print';
import { PrintView } from '../../src/taskpane/print/PrintView';

export function printViewHtml(input: PrintInput): string {
  const body = renderToStaticMarkup(<PrintView workbook={input} />);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>打印</title></head><body>${body}</body></html>`;
}

/** The text of each <section> (printed page), tags and whitespace removed. */
export function sectionTexts(html: string): string[] {
  return html
    .split('<section')
    .slice(1)
    .map((s) =>
      s
        .slice(0, s.indexOf('</section>'))
        .replace(/^[^>]*>/u, '')
        .replace(/<[^>]+>/gu, '')
        .replace(/&[a-z]+;|&#\d+;/gu, (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>' })[e] ?? e)
        .replace(/[\s\u3000]+/gu, ''),
    );
}
