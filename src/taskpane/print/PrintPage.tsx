// One printed page of a print plan as HTML: the plan's rows and merged cells as a table whose column
// widths are the plan's widths in proportion, filling the A4 width between the margins.
import * as React from 'react';
import { printedText, type Page } from '../../plans/print';
import { cellBoxStyle } from './css';

export interface PrintPageProps {
  page: Page;
  widths: readonly number[];
  /** Accessible name of the page, e.g. 谈心记录表 第2页. */
  label: string;
}

export function PrintPage({ page, widths, label }: PrintPageProps): React.ReactElement {
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  return (
    <section className="bzr-print-page" aria-label={label}>
      <table>
        <colgroup>
          {widths.map((w, i) => (
            <col key={i} style={{ width: `${((100 * w) / total).toFixed(3)}%` }} />
          ))}
        </colgroup>
        <tbody>
          {page.rows.map((r) => (
            <tr key={r.row}>
              {r.cells.map(({ cell, colSpan, rowSpan }) => (
                <td
                  key={cell.col}
                  colSpan={colSpan > 1 ? colSpan : undefined}
                  rowSpan={rowSpan > 1 ? rowSpan : undefined}
                  className={cell.style?.border ? 'b' : undefined}
                >
                  <div className="bzr-print-cell" style={cellBoxStyle(cell.style, r.height)}>
                    {printedText(cell.value)}
                  </div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
