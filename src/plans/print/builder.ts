// Lays a print sheet out row by row: each printed row is a list of parts (text, how many columns it
// spans, style). Merged parts get the border on every cell of the range, so the adapters draw the
// box whole. Pages are separated by manual row breaks.
import type { CellPlan, CellStyle, PlanValue } from '../model';
import { PRINT_MARGINS, printMarker, type PrintSheetPlan } from './model';
import { columnLetter } from './a1';
import { fitText } from './fit';

export interface Part {
  value: PlanValue;
  /** Columns spanned (default 1). */
  span?: number;
  style?: CellStyle;
}

/** Row 1 holds the marker; the printed area starts on row 2. */
export const FIRST_PRINTED_ROW = 2;

export class SheetBuilder {
  private readonly cells: CellPlan[] = [];
  private readonly merges: string[] = [];
  private readonly heights: Record<number, number> = {};
  private readonly breaks: number[] = [];
  private next = FIRST_PRINTED_ROW;
  private pageCount = 0;
  private overflow = 0;

  constructor(
    readonly name: string,
    readonly widths: readonly number[],
  ) {
    this.cells.push({ row: 1, col: 1, value: printMarker(name), style: { size: 6, fontColor: '808080' } });
    this.heights[1] = 9;
  }

  /** Starts a printed page; every page after the first begins with a manual break. */
  page(): void {
    if (this.pageCount > 0) this.breaks.push(this.next);
    this.pageCount++;
  }

  /** One row of `height` points made of parts laid from column A. */
  line(height: number, parts: readonly Part[]): void {
    const row = this.next++;
    this.heights[row] = height;
    let col = 1;
    for (const part of parts) {
      const span = part.span ?? 1;
      const p = { ...part, style: this.fitted(part, col, span, height) };
      this.cells.push({ row, col, value: p.value, ...(p.style ? { style: p.style } : {}) });
      if (span > 1) {
        this.merges.push(`${columnLetter(col)}${row}:${columnLetter(col + span - 1)}${row}`);
        for (let c = col + 1; c < col + span; c++) {
          this.cells.push({ row, col: c, value: null, ...(p.style ? { style: p.style } : {}) });
        }
      }
      col += span;
    }
  }

  /** Wrapped text that would not fit its box is printed smaller (plans/print/fit). */
  private fitted(p: Part, col: number, span: number, height: number): Part['style'] {
    if (typeof p.value !== 'string' || p.value === '' || !p.style?.wrap) return p.style;
    const units = this.widths.slice(col - 1, col - 1 + span).reduce((a, b) => a + b, 0);
    const base = p.style.size ?? 11;
    const fit = fitText(p.value, units, height, base);
    if (fit.fits) return fit.size === base ? p.style : { ...p.style, size: fit.size };
    // Cut off on paper: from the top, so that at least its beginning shows.
    this.overflow++;
    return { ...p.style, size: fit.size, vertical: 'top' };
  }

  build(skipped: number, omitted = 0): PrintSheetPlan {
    const last = Math.max(FIRST_PRINTED_ROW, this.next - 1);
    return {
      name: this.name,
      marker: printMarker(this.name),
      cells: this.cells,
      merges: this.merges,
      widths: this.widths,
      rowHeights: this.heights,
      tables: [],
      print: {
        paper: 'A4',
        orientation: 'portrait',
        // No fit-to-page: Excel ignores manual breaks when fitting, and fitting may silently not apply
        // on Windows (TOOLING.md, issue #1860). The widths are chosen to fit A4 at 100 %.
        area: `A${FIRST_PRINTED_ROW}:${columnLetter(this.widths.length)}${last}`,
        rowBreaks: this.breaks,
        centerHorizontally: true,
        margins: { ...PRINT_MARGINS },
      },
      pages: this.pageCount,
      skipped,
      overflow: this.overflow,
      omitted,
    };
  }
}
