// One worksheet's cells: only the rows and columns of the wanted blocks are kept. Values
// come out as the exceljs gateway gives them after plainValue (records/values reads both): numbers,
// strings (rich text joined), booleans, { error }, Dates for date-formatted numbers, null.
import { tooManyRows } from './errors';
import { columnOf, type Rect } from './range';
import { cellValue, type CellContext } from './cell-value';
import { scanSheetBytes, type CellSink } from './fast-sheet';
import { NotScannable, rowCut, scanXml, type ScanHandlers } from './scan';
import { parsePart } from './xml';
import type { ZipParts } from './zip';

export type { CellContext } from './cell-value';

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

/** One worksheet part to read, and what its cells' values depend on. */
export interface SheetSource {
  zip: ZipParts;
  /** The file, as messages name it. */
  label: string;
  sheetName: string;
  part: string;
  ctx: CellContext;
}

/** Reads the sheet, filling each block's rows. Throws 'too-many-rows' as soon as a block overflows. */
export function readSheet(src: SheetSource, blocks: Block[]): void {
  const { zip, label, sheetName, part, ctx } = src;
  const bytes = zip.bytes(part);
  if (bytes === undefined) return;
  try {
    scanSheetBytes(bytes, ctx, new BlockSink(label, sheetName, ctx, blocks));
    return;
  } catch (e) {
    if (!(e instanceof NotScannable)) throw e;
  }
  if (!readSheetScan(bytes, label, sheetName, ctx, clear(blocks))) readSheetSax(src, blocks);
}

/** Through the general scanner (./scan), a piece at a time; false when it cannot read it (readSheetSax starts afresh). */
export function readSheetScan(
  bytes: Uint8Array,
  label: string,
  sheetName: string,
  ctx: CellContext,
  blocks: Block[],
): boolean {
  try {
    // Decoded a piece at a time (cut after a row's end tag): a sheet of Chinese text is never held
    // whole as a string beside its bytes.
    const h = sheetHandlers(new BlockSink(label, sheetName, ctx, blocks));
    const decoder = new TextDecoder('utf-8');
    const stack: string[] = [];
    for (let at = 0; at < bytes.length;) {
      const cut = rowCut(bytes, at + PIECE);
      scanXml(decoder.decode(bytes.subarray(at, cut)), h, ATTRS_OF, stack, cut >= bytes.length);
      at = cut;
    }
    return true;
  } catch (e) {
    if (!(e instanceof NotScannable)) throw e;
  }
  // Outside the scanner's grammar: saxes reads it (or refuses it as damaged).
  return false;
}

function clear(blocks: Block[]): Block[] {
  for (const b of blocks) {
    b.rows = [];
    b.lastRow = 0;
  }
  return blocks;
}

/** The same, through saxes only: the reference the scanners are checked against, and their fallback. */
export function readSheetSax({ zip, label, sheetName, part, ctx }: SheetSource, blocks: Block[]): void {
  parsePart(zip, label, part, sheetHandlers(new BlockSink(label, sheetName, ctx, clear(blocks))));
}

const ATTRS_OF: ReadonlySet<string> = new Set(['row', 'c']);
/** Bytes decoded and scanned at a time. */
const PIECE = 1024 * 1024;

/** Rows and cells → values in the blocks; one sink for the byte reader, the scanner and saxes. */
class BlockSink implements CellSink {
  private row = 0;
  private active: Block[] = [];
  private static readonly NONE: Block[] = [];
  readonly lastWanted: number;
  /** A row below every block has been met. */
  private past = false;

  constructor(
    private readonly label: string,
    private readonly sheetName: string,
    private readonly ctx: CellContext,
    private readonly blocks: Block[],
  ) {
    // Open-ended blocks (a sheet read from its top-left) have no bottom: every row may be wanted.
    this.lastWanted = Math.max(0, ...blocks.map((b) => b.rect.bottom));
  }

  startRow(r: number): boolean {
    this.row = r;
    // Rows ascend: Excel reports a sheet whose rows do not as damaged and repairs it (xlsx-populate
    // #4, excelize #1139), so nothing after a row below every block is read, on every path alike.
    if (r > this.lastWanted) this.past = true;
    if (this.past) {
      this.active = BlockSink.NONE;
      return false;
    }
    const { blocks } = this;
    // One block a sheet is the usual case: no array made per row.
    if (blocks.length === 1) {
      const b = blocks[0];
      this.active = r >= b.rect.top && r <= b.rect.bottom ? blocks : BlockSink.NONE;
    } else this.active = blocks.filter((b) => r >= b.rect.top && r <= b.rect.bottom);
    return this.active.length > 0;
  }

  get wanted(): boolean {
    return this.active.length > 0;
  }

  /** A cell as the event-driven paths see it: its type, <v> text (null without one) and style. */
  cell(col: number, t: string, v: string | null, style: number): void {
    if (this.active.length === 0) return;
    const value = cellValue(t, v, style, this.ctx);
    if (value !== null) this.put(col, value);
  }

  put(col: number, value: unknown): void {
    if (col <= 0) return;
    const row = this.row;
    for (const b of this.active) {
      if (col < b.rect.left || col > b.rect.right) continue;
      if (b.rowLimit !== undefined && row > b.rowLimit)
        throw tooManyRows(this.label, b.table, this.sheetName, b.maxRows ?? b.rowLimit);
      const i = row - b.rect.top;
      let r = b.rows[i];
      // Open-ended blocks grow row by row (holes are filled later); table rows have the table's width.
      if (!r)
        r = b.rows[i] = b.rowLimit !== undefined ? [] : new Array<unknown>(b.rect.right - b.rect.left + 1).fill(null);
      r[col - b.rect.left] = value;
      if (row > b.lastRow) b.lastRow = row;
    }
  }
}

/** The events of a worksheet (scanner or saxes) → cells in the sink. */
function sheetHandlers(sink: BlockSink): ScanHandlers {
  let row = 0;
  let col = 0;
  let t = 'n';
  let style = 0;
  let text: string | null = null;
  let capture = false;
  let inIs = false;
  let rPh = 0;

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
        row = a.r ? Number(a.r) : row + 1;
        col = 0;
        sink.startRow(row);
      } else if (!sink.wanted) {
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
      else if (name === 'c') sink.cell(col, t, text, style);
    },
    text(s) {
      if (capture) text += s;
    },
    capturing: () => capture,
    wantRow: () => sink.wanted,
  };
}
