// CSS of the print view: A4 pages with the plans' margins, borders as in the plans, and a CJK font
// stack that covers Windows, macOS and Linux (issue 10: without a CJK font every character is a box).
import type * as React from 'react';
import type { CellStyle } from '../../plans/model';

export const FONT_STACK = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif";

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The page rules: @page A4 with the plan's margins (inches); one <section> per printed page. */
export function printCss(m: Margins): string {
  const margin = `${m.top}in ${m.right}in ${m.bottom}in ${m.left}in`;
  return `
@page { size: A4; margin: ${margin}; }
.bzr-print-pages { font-family: ${FONT_STACK}; color: #000; container-type: inline-size; }
.bzr-print-page { box-sizing: border-box; background: #fff; break-after: page; page-break-after: always; }
.bzr-print-page:last-child { break-after: auto; page-break-after: auto; }
.bzr-print-page table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.bzr-print-page td { padding: 0; }
.bzr-print-page td.b { border: 1px solid #000; }
.bzr-print-cell { box-sizing: border-box; overflow: hidden; white-space: pre-wrap; overflow-wrap: anywhere;
  display: flex; flex-direction: column; padding: 1pt 3pt; line-height: 1.25; }
@media screen {
  .bzr-print-pages { overflow-x: auto; background: #e8e8e8; padding: 8px; }
  .bzr-print-page { width: 210mm; min-height: 297mm; padding: ${margin}; margin: 0 auto 12px;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }
  /* A narrow pane (350 px) shows whole pages, smaller; printing is not affected. */
  @container (max-width: 819px) { .bzr-print-page { zoom: 0.6; } }
  @container (max-width: 520px) { .bzr-print-page { zoom: 0.4; } }
}
@media print {
  /* Only the pages are printed: everything else is display:none (visibility:hidden would keep its
     height and add blank trailing pages), and the pages' ancestors lose their padding and gaps. */
  body *:not(.bzr-print-pages):not(.bzr-print-pages *):not(:has(.bzr-print-pages)) { display: none !important; }
  body, body :has(.bzr-print-pages) { margin: 0 !important; padding: 0 !important; gap: 0 !important;
    border: 0 !important; box-shadow: none !important; background: #fff !important; max-width: none !important; }
  /* Out of the pane's flow: in flow, the pages' right border was cut off in Chromium's PDF. */
  .bzr-print-pages { position: absolute; left: 0; top: 0; width: 100%; }
  .bzr-print-toolbar { display: none; }
}
`;
}

const JUSTIFY = { top: 'flex-start', middle: 'center', bottom: 'flex-end' } as const;

/** Inline style of a cell's box: its row height (points) clips what does not fit, as on paper. */
export function cellBoxStyle(s: CellStyle | undefined, height: number | undefined): React.CSSProperties {
  return {
    height: height !== undefined ? `${height}pt` : undefined,
    fontSize: `${s?.size ?? 11}pt`,
    fontWeight: s?.bold ? 700 : undefined,
    color: s?.fontColor ? `#${s.fontColor}` : undefined,
    textAlign: s?.horizontal ?? 'left',
    justifyContent: JUSTIFY[s?.vertical ?? 'bottom'],
    whiteSpace: s?.wrap === false ? 'nowrap' : undefined,
  };
}
