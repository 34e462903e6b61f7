// One worksheet's cells: only the rows and columns of the wanted blocks are kept. Values
// come out as the exceljs gateway gives them after plainValue (records/values reads both): numbers,
// strings (rich text joined), booleans, { error }, Dates for date-formatted numbers, null.
import { tooManyRows } from './errors';
import { columnOf, type Rect } from './range';
import { NotScannable, rowCut, scanXml, type ScanHandlers } from './scan';
import { parsePart, unescapeX } from './xml';
import type { ZipParts } from './zip';

export interface CellContext {
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

/** A block to keep: a table's rectangle, or the top-left of a sheet (fallback, no bottom). */
export interface Block {
  rect: Rect;
  /** Rows are added as they are met; undefined rows are blank. */
  rows: Array<unknown[] | undefined>;
  /** The highest row (1-based) holding a value, for open-ended blocks. */
  lastRow: number;
  /** Table name for the row-limit message. */
  table: string;
  /** Open-ended blocks: refuse once a value lies below this row. */
  rowLimit?: number;
  /** The row limit as the user is told it (data rows of a table). */
  maxRows?: number;
}

/** Serial → Date exactly as exceljs makes it (UTC, rounded to the millisecond). */
export function serialToDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function cellValue(t: string, v: string | null, style: number, ctx: CellContext): unknown {
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

/** Reads `part`, filling each block's rows. Throws 'too-many-rows' as soon as a block overflows. */
export function readSheet(
  zip: ZipParts,
  label: string,
  sheetName: string,
  part: string,
  ctx: CellContext,
  blocks: Block[],
): void {
  const bytes = zip.bytes(part);
  if (bytes === undefined) return;
  try {
    // Decoded a piece at a time (cut after a row's end tag): a sheet of Chinese text is never held
    // whole as a string beside its bytes.
    const h = sheetHandlers(label, sheetName, ctx, blocks);
    const decoder = new TextDecoder('utf-8');
    const stack: string[] = [];
    for (let at = 0; at < bytes.length;) {
      const cut = rowCut(bytes, at + PIECE);
      scanXml(decoder.decode(bytes.subarray(at, cut)), h, ATTRS_OF, stack, cut >= bytes.length);
      at = cut;
    }
    return;
  } catch (e) {
    if (!(e instanceof NotScannable)) throw e;
  }
  // Outside the scanner's grammar: saxes reads it (or refuses it as damaged), from a clean start.
  readSheetSax(zip, label, sheetName, part, ctx, blocks);
}

/** The same, through saxes only: the reference the scanner is checked against, and its fallback. */
export function readSheetSax(
  zip: ZipParts,
  label: string,
  sheetName: string,
  part: string,
  ctx: CellContext,
  blocks: Block[],
): void {
  for (const b of blocks) {
    b.rows = [];
    b.lastRow = 0;
  }
  parsePart(zip, label, part, sheetHandlers(label, sheetName, ctx, blocks));
}

const ATTRS_OF: ReadonlySet<string> = new Set(['row', 'c']);
/** Bytes decoded and scanned at a time. */
const PIECE = 1024 * 1024;

/** The events of a worksheet → values in the blocks; one state machine for the scanner and saxes. */
function sheetHandlers(label: string, sheetName: string, ctx: CellContext, blocks: Block[]): ScanHandlers {
  let row = 0;
  let col = 0;
  let active: Block[] = [];
  let t = 'n';
  let style = 0;
  let text: string | null = null;
  let capture = false;
  let inIs = false;
  let rPh = 0;

  const startRow = (r: number): void => {
    row = r;
    col = 0;
    active = blocks.filter((b) => r >= b.rect.top && r <= b.rect.bottom);
  };
  const store = (value: unknown): void => {
    for (const b of active) {
      if (col < b.rect.left || col > b.rect.right) continue;
      if (b.rowLimit !== undefined && row > b.rowLimit)
        throw tooManyRows(label, b.table, sheetName, b.maxRows ?? b.rowLimit);
      const i = row - b.rect.top;
      let r = b.rows[i];
      // Open-ended blocks grow row by row (holes are filled later); table rows have the table's width.
      if (!r)
        r = b.rows[i] = b.rowLimit !== undefined ? [] : new Array<unknown>(b.rect.right - b.rect.left + 1).fill(null);
      r[col - b.rect.left] = value;
      if (row > b.lastRow) b.lastRow = row;
    }
  };

  return {
    open(name, a) {
      if (name === 'c') {
        const ref = a.r;
        col = ref ? columnOf(ref) : col + 1;
        t = a.t ?? 'n';
        style = a.s ? Number(a.s) : 0;
        text = null;
        inIs = false;
        rPh = 0;
      } else if (name === 'row') {
        startRow(a.r ? Number(a.r) : row + 1);
      } else if (active.length === 0) {
        return;
      } else if (name === 'v') {
        capture = true;
        text = '';
      } else if (name === 'is') {
        inIs = true;
        text = '';
      } else if (name === 'rPh') {
        rPh++;
      } else if (name === 't' && inIs && rPh === 0) {
        capture = true;
      }
    },
    close(name) {
      if (name === 'v' || name === 't') capture = false;
      else if (name === 'rPh') rPh--;
      else if (name === 'c' && active.length > 0 && col > 0) {
        const value = cellValue(t, text, style, ctx);
        if (value !== null) store(value);
      }
    },
    text(s) {
      if (capture) text += s;
    },
    capturing: () => capture,
    wantRow: () => active.length > 0,
  };
}
