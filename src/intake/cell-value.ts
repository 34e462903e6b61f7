// One cell's value from its type (t), the text of its <v> and its style: as the exceljs gateway gives
// it after plainValue (records/values reads both): numbers, strings (rich text joined), booleans,
// { error }, Dates for date-formatted numbers, null.
import { unescapeX } from './xml';

/** What a cell's value depends on besides its own text. */
export interface CellContext {
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

/** Serial → Date exactly as exceljs makes it (UTC, rounded to the millisecond). */
export function serialToDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

export function cellValue(t: string, v: string | null, style: number, ctx: CellContext): unknown {
  switch (t) {
    case 's':
      return v === null ? null : (ctx.sharedStrings[Number(v)] ?? null);
    case 'str':
      return v;
    case 'inlineStr':
      return v === null ? null : unescapeX(v);
    case 'b':
      return v === null ? null : parseInt(v, 10) !== 0;
    case 'e':
      return v === null ? null : { error: v };
    case 'd': {
      if (v === null) return null;
      const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
      return Number.isNaN(d.getTime()) ? v : d;
    }
    default: {
      if (v === null) return null;
      const n = parseFloat(v);
      return ctx.dateStyles[style] ? serialToDate(n, ctx.date1904) : n;
    }
  }
}
