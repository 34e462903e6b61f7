// The worksheet's <sheetData> read straight from the inflated bytes: no string of the sheet, no
// event or object per tag, numbers and shared-string indexes read from their digits. It knows only
// the grammar machine writers use (ECMA-376 Part 1, 18.3.1.73 row, 18.3.1.4 c, 18.3.1.96 v,
// 18.3.1.40 f; unprefixed names); an inline string, an entity in r/s/t, a comment, CDATA or any
// other element throws NotScannable, and the caller reads the sheet again with the general scanner
// (./scan), which is checked against saxes. Before and after <sheetData> the general scanner checks
// the envelope, so a damaged part is never accepted here. Buffer#indexOf is avoided: for the short
// distances between tags its call costs more than a loop.
import { cellValue, serialToDate, type CellContext } from './cell-value';
import { NotScannable, scanXml, textOf, type ScanHandlers } from './scan';
import {
  Tag,
  at,
  bytesOf,
  digits,
  endTagTail,
  endsName,
  find,
  isSpace,
  latin1,
  refColumn,
  skipSpace,
  styleOf,
  typeOf,
} from './tag-bytes';

const SHEET_DATA = bytesOf('<sheetData');
const END_SHEET_DATA = bytesOf('</sheetData');
const END_ROW = bytesOf('</row');
const END_V = bytesOf('</v');
const END_F = bytesOf('</f');
// Module-private, not imported: see tag-bytes.ts.
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const AMP = 0x26;
const CR = 0x0d;
const END_T = bytesOf('</t');
const END_IS = bytesOf('</is');

/** Where the cells go: the same sink the event-driven paths fill (./sheet). */
export interface CellSink {
  /** A <row> opened; false: its cells are not wanted (skipped unread). */
  startRow(r: number): boolean;
  /** A cell's value (never null) at column `col` of the current row. */
  put(col: number, value: unknown): void;
}

interface Reader {
  b: Uint8Array;
  ctx: CellContext;
  sink: CellSink;
  decoder: TextDecoder;
  tag: Tag;
  inner: Tag;
  /** The column of the cell quickCell read last. */
  col: number;
}

/**
 * The value of a cell whose <v> text lies between `from` and `to`: shared strings and whole numbers
 * straight from their digits; anything else through cellValue, as the general path does.
 */
function valueOf(x: Reader, t: string, style: number, from: number, to: number, text: string | null): unknown {
  if (text === null) {
    const n = digits(x.b, from, to);
    if (n >= 0 && t === 's') return x.ctx.sharedStrings[n] ?? null;
    if (n >= 0 && t === 'n') return x.ctx.dateStyles[style] ? serialToDate(n, x.ctx.date1904) : n;
    text = latin1(x.b, from, to);
  }
  return cellValue(t, text, style, x.ctx);
}

/** Reads one <c>'s content after its start tag; returns the position after </c>. */
function readCell(x: Reader, i: number, col: number): number {
  const { b, inner } = x;
  const t = typeOf(b, x.tag);
  const style = styleOf(b, x.tag);
  // The last <v> (or <is>) wins, as in the event-driven paths (each starts the value afresh).
  let vFrom = -1;
  let vTo = -1;
  let text: string | null = null;
  for (;;) {
    i = skipSpace(b, i);
    if (b[i] !== LT) throw new NotScannable('text in a cell');
    const c1 = b[i + 1];
    if (c1 === SLASH && b[i + 2] === 0x63 /* c */ && (b[i + 3] === GT || isSpace(b[i + 3]))) {
      const end = endTagTail(b, i + 3);
      if (vFrom >= 0 || text !== null) {
        const value = valueOf(x, t, style, vFrom, vTo, text);
        if (value !== null) x.sink.put(col, value);
      }
      return end;
    }
    if (c1 === 0x69 /* i */ && b[i + 2] === 0x73 /* s */ && b[i + 3] === GT) {
      const is = inlineString(x, i + 4);
      vFrom = -1;
      text = is.text;
      i = is.next;
      continue;
    }
    const isV = c1 === 0x76; /* v */
    if ((!isV && c1 !== 0x66) /* f */ || !endsName(b[i + 2])) throw new NotScannable('element in a cell');
    inner.read(b, i + 2);
    if (inner.empty) {
      if (isV) {
        vFrom = vTo = i;
        text = '';
      }
      i = inner.end;
      continue;
    }
    const lt = find(b, LT, inner.end);
    if (lt < 0 || !at(b, lt, isV ? END_V : END_F)) throw new NotScannable('markup inside a value');
    if (isV) {
      vFrom = inner.end;
      vTo = lt;
      text = needsDecoding(b, inner.end, lt) ? decodedText(x, inner.end, lt) : null;
    }
    i = endTagTail(b, lt + 3); // a formula's text is not read: its cached <v> is the value
  }
}

function needsDecoding(b: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ch = b[k];
    if (ch === AMP || ch === CR || ch > 0x7e) return true;
  }
  return false;
}

/** Text as an XML parser reports it: UTF-8 decoded, line ends normalised, entities replaced. */
function decodedText(x: Reader, from: number, to: number): string {
  return textOf(x.decoder.decode(x.b.subarray(from, to)));
}

/**
 * An inline string of one plain run, `<is><t>…</t></is>` (as Apache POI's streaming writer and
 * SheetJS write it), from just after `<is>`; rich text and phonetic runs go the general way.
 */
function inlineString(x: Reader, i: number): { text: string; next: number } {
  const { b, inner } = x;
  if (!(b[i] === LT && b[i + 1] === 0x74 /* t */ && endsName(b[i + 2]))) throw new NotScannable('rich inline string');
  inner.read(b, i + 2);
  let text = '';
  let j = inner.end;
  if (!inner.empty) {
    const lt = find(b, LT, j);
    if (lt < 0 || !at(b, lt, END_T)) throw new NotScannable('markup inside an inline string');
    text = needsDecoding(b, j, lt) ? decodedText(x, j, lt) : latin1(b, j, lt);
    j = endTagTail(b, lt + 3);
  }
  if (!at(b, j, END_IS)) throw new NotScannable('rich inline string');
  return { text, next: endTagTail(b, j + 4) };
}

/** Expects `word` (ASCII) at `i`; the position after it, or -1. */
function expect(b: Uint8Array, i: number, word: Uint8Array): number {
  return at(b, i, word) ? i + word.length : -1;
}

const R_ATTR = bytesOf(' r="');
const S_ATTR = bytesOf(' s="');
const T_ATTR = bytesOf(' t="');
const V_OPEN = bytesOf('<v>');
const V_C_CLOSE = bytesOf('</v></c>');
const C_CLOSE = bytesOf('</c>');

/**
 * The cell exactly as Excel, exceljs and LibreOffice write it — `<c r="B4" s="3" t="s"><v>153</v></c>`
 * (s, t and <v> optional), from just after `<c` — read without the general attribute loop.
 * Returns the position after the cell, or -1 (nothing read) for any other shape.
 */
function quickCell(x: Reader, i: number): number {
  const b = x.b;
  let j = expect(b, i, R_ATTR);
  if (j < 0) return -1;
  let col = 0;
  for (; b[j] >= 0x41 && b[j] <= 0x5a; j++) col = col * 26 + (b[j] - 0x40);
  const digitsFrom = j;
  while (b[j] >= 0x30 && b[j] <= 0x39) j++;
  if (col === 0 || j === digitsFrom || b[j] !== 0x22) return -1;
  j++;
  let style = 0;
  if (at(b, j, S_ATTR)) {
    const from = j + 4;
    for (j = from; b[j] >= 0x30 && b[j] <= 0x39; j++);
    style = digits(b, from, j);
    if (style < 0 || b[j] !== 0x22) return -1;
    j++;
  }
  let t = 'n';
  if (at(b, j, T_ATTR)) {
    const from = j + 4;
    const close = b[from + 1] === 0x22 ? from + 1 : b[from + 3] === 0x22 ? from + 3 : -1;
    if (close < 0) return -1;
    x.tag.tFrom = from;
    x.tag.tTo = close;
    t = typeOf(b, x.tag);
    if (t === 'inlineStr' || (close === from + 3 && t !== 'str')) return -1;
    j = close + 1;
  }
  x.col = col;
  if (b[j] === SLASH && b[j + 1] === GT) return j + 2;
  if (b[j] !== GT) return -1;
  j++;
  if (at(b, j, C_CLOSE)) return j + 4;
  const from = expect(b, j, V_OPEN);
  if (from < 0) return -1;
  const to = find(b, LT, from);
  if (to < 0 || needsDecoding(b, from, to)) return -1;
  const end = expect(b, to, V_C_CLOSE);
  if (end < 0) return -1;
  const value = valueOf(x, t, style, from, to, null);
  if (value !== null) x.sink.put(col, value);
  return end;
}

/** Reads a <row>'s cells after its start tag; returns the position after </row>. */
function readRow(x: Reader, i: number): number {
  const { b, tag } = x;
  let col = 0;
  for (;;) {
    i = skipSpace(b, i);
    if (b[i] !== LT) throw new NotScannable('text in a row');
    if (at(b, i, END_ROW) && (b[i + 5] === GT || isSpace(b[i + 5]))) return endTagTail(b, i + 5);
    if (b[i + 1] !== 0x63 /* c */ || !endsName(b[i + 2])) throw new NotScannable('element in a row');
    const next = quickCell(x, i + 2);
    if (next >= 0) {
      col = x.col;
      i = next;
      continue;
    }
    tag.read(b, i + 2);
    const ref = refColumn(b, tag);
    col = ref >= 0 ? ref : col + 1;
    i = tag.empty ? tag.end : readCell(x, tag.end, col);
  }
}

/** Skips a <row>'s content up to its end tag (a row nobody wants). */
function skipRow(b: Uint8Array, from: number): number {
  for (let k = find(b, LT, from); k >= 0; k = find(b, LT, k + 1)) {
    if (at(b, k, END_ROW) && (b[k + 5] === GT || isSpace(b[k + 5]))) return endTagTail(b, k + 5);
  }
  throw new NotScannable('unclosed <row>');
}

/** Reads the rows of <sheetData> from `from` (after its start tag); returns where </sheetData> starts. */
function readRows(x: Reader, from: number): number {
  const { b, tag } = x;
  let row = 0;
  let i = from;
  for (;;) {
    i = skipSpace(b, i);
    if (at(b, i, END_SHEET_DATA)) return i;
    if (!(b[i] === LT && b[i + 1] === 0x72 && b[i + 2] === 0x6f && b[i + 3] === 0x77) || !endsName(b[i + 4]))
      throw new NotScannable('element in sheetData');
    tag.read(b, i + 4);
    if (tag.rFrom >= 0 && tag.rTo > tag.rFrom) {
      const n = digits(b, tag.rFrom, tag.rTo);
      row = n >= 0 ? n : Number(latin1(b, tag.rFrom, tag.rTo));
    } else row += 1;
    const wanted = x.sink.startRow(row);
    if (tag.empty) i = tag.end;
    else i = wanted ? readRow(x, tag.end) : skipRow(b, tag.end);
  }
}

const NO_EVENTS: ScanHandlers = {
  open() {},
  close() {},
  text() {},
  capturing: () => false,
  wantRow: () => false,
};

/** Reads a worksheet part's cells into `sink`; throws NotScannable for anything outside the grammar. */
export function scanSheetBytes(b: Uint8Array, ctx: CellContext, sink: CellSink): void {
  let start = -1;
  for (let k = find(b, LT, 0); k >= 0; k = find(b, LT, k + 1)) {
    if (at(b, k, SHEET_DATA) && endsName(b[k + SHEET_DATA.length])) {
      start = k;
      break;
    }
  }
  if (start < 0) throw new NotScannable('no <sheetData>');
  const decoder = new TextDecoder('utf-8');
  // The envelope up to and including <sheetData …>: well-formed, and <sheetData> really open there.
  const open = find(b, GT, start);
  if (open < 0 || b[open - 1] === SLASH) throw new NotScannable('empty sheetData');
  const stack: string[] = [];
  const none = new Set<string>();
  scanXml(decoder.decode(b.subarray(0, open + 1)), NO_EVENTS, none, stack, false);
  if (stack[stack.length - 1] !== 'sheetData') throw new NotScannable('sheetData not open');
  const end = readRows({ b, ctx, sink, decoder, tag: new Tag(), inner: new Tag(), col: 0 }, open + 1);
  scanXml(decoder.decode(b.subarray(end)), NO_EVENTS, none, stack, true);
}
