// The worksheet's <sheetData> read straight from the inflated bytes: no string of the sheet, no
// event or object per tag, numbers and shared-string indexes read from their digits. It knows only
// the grammar machine writers use (ECMA-376 Part 1, 18.3.1.73 row, 18.3.1.4 c, 18.3.1.96 v,
// 18.3.1.40 f; unprefixed names); an inline string, an entity in r/s/t, a comment, CDATA or any
// other element throws NotScannable, and the caller reads the sheet again with the general scanner
// (./scan), which is checked against saxes. Before and after <sheetData> the general scanner checks
// the envelope, so a damaged part is never accepted here. Buffer#indexOf is avoided: for the short
// distances between tags its call costs more than a loop.
import { cellValue, serialToDate, type CellContext } from './cell-value';
import { NO_EVENTS, NotScannable, scanXml, textOf } from './scan';
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
  /**
   * The last row any block wants (absent: every row may be wanted). Once a row below it is met, the
   * rows after it are not wanted either (see BlockSink.startRow), and are skipped unread.
   */
  readonly lastWanted?: number;
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

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const QUOTE = 0x22;

/**
 * The cell exactly as Excel, exceljs and LibreOffice write it — `<c r="B4" s="3" t="s"><v>153</v></c>`
 * (s, t and <v> optional), from just after `<c` — read without the general attribute loop, each byte
 * compared in place (several times faster than word comparisons while the code is still cold).
 * Returns the position after the cell, or -1 (nothing read) for any other shape.
 */
function quickCell(x: Reader, i: number): number {
  const b = x.b;
  // ' r="'
  if (b[i] !== 0x20 || b[i + 1] !== 0x72 || b[i + 2] !== 0x3d || b[i + 3] !== QUOTE) return -1;
  let j = i + 4;
  let col = 0;
  for (let c = b[j]; c >= 0x41 && c <= 0x5a; c = b[++j]) col = col * 26 + (c - 0x40);
  const digitsFrom = j;
  for (let c = b[j]; c >= DIGIT_0 && c <= DIGIT_9; c = b[++j]);
  if (col === 0 || j === digitsFrom || b[j] !== QUOTE) return -1;
  j++;
  let style = 0;
  // ' s="'
  if (b[j] === 0x20 && b[j + 1] === 0x73 && b[j + 2] === 0x3d && b[j + 3] === QUOTE) {
    const from = (j += 4);
    for (let c = b[j]; c >= DIGIT_0 && c <= DIGIT_9; c = b[++j]) style = style * 10 + (c - DIGIT_0);
    if (j === from || j - from > 9 || b[j] !== QUOTE) return -1;
    j++;
  }
  let t = 'n';
  // ' t="'
  if (b[j] === 0x20 && b[j + 1] === 0x74 && b[j + 2] === 0x3d && b[j + 3] === QUOTE) {
    const c = b[j + 4];
    if (b[j + 5] === QUOTE) {
      if (c === 0x73) t = 's';
      else if (c === 0x6e) t = 'n';
      else if (c === 0x62) t = 'b';
      else if (c === 0x65) t = 'e';
      else if (c === 0x64) t = 'd';
      else return -1;
      j += 6;
    } else if (c === 0x73 && b[j + 5] === 0x74 && b[j + 6] === 0x72 && b[j + 7] === QUOTE) {
      t = 'str';
      j += 8;
    } else return -1;
  }
  x.col = col;
  if (b[j] === SLASH) return b[j + 1] === GT ? j + 2 : -1;
  if (b[j] !== GT || b[j + 1] !== LT) return -1;
  j += 2;
  // '</c>'
  if (b[j] === SLASH) return b[j + 1] === 0x63 && b[j + 2] === GT ? j + 3 : -1;
  // '<v>'
  if (b[j] !== 0x76 || b[j + 1] !== GT) return -1;
  const from = j + 2;
  let k = from;
  let n = 0;
  // Digits only (a shared-string index, a whole number): read as they go by.
  for (let c = b[k]; c >= DIGIT_0 && c <= DIGIT_9; c = b[++k]) n = n * 10 + (c - DIGIT_0);
  let to = k;
  for (let c = b[to]; c !== LT; c = b[++to]) {
    if (c === AMP || c === CR || c > 0x7e || c === undefined) return -1; // decoded by the general way
  }
  // '</v></c>'
  if (
    b[to + 1] !== SLASH ||
    b[to + 2] !== 0x76 ||
    b[to + 3] !== GT ||
    b[to + 4] !== LT ||
    b[to + 5] !== SLASH ||
    b[to + 6] !== 0x63 ||
    b[to + 7] !== GT
  )
    return -1;
  const ctx = x.ctx;
  const whole = k === to && to > from && to - from <= 15;
  let value: unknown;
  if (whole && t === 's') value = ctx.sharedStrings[n] ?? null;
  else if (whole && t === 'n') value = ctx.dateStyles[style] ? serialToDate(n, ctx.date1904) : n;
  else value = valueOf(x, t, style, from, to, null);
  if (value !== null) x.sink.put(col, value);
  return to + 8;
}

/** Reads a <row>'s cells after its start tag; returns the position after </row>. */
function readRow(x: Reader, i: number): number {
  const { b, tag } = x;
  let col = 0;
  for (;;) {
    // The usual case checked in place, without calls (they dominate while the code is still cold).
    if (b[i] !== LT) {
      i = skipSpace(b, i);
      if (b[i] !== LT) throw new NotScannable('text in a row');
    }
    const c1 = b[i + 1];
    if (c1 === SLASH) {
      if (at(b, i, END_ROW) && (b[i + 5] === GT || isSpace(b[i + 5]))) return endTagTail(b, i + 5);
      throw new NotScannable('element in a row');
    }
    if (c1 !== 0x63 /* c */ || !(b[i + 2] === 0x20 || endsName(b[i + 2]))) throw new NotScannable('element in a row');
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

/**
 * A row's start tag as machine writers write it — `<row r="4" spans="1:6" ht="20" x14ac:dyDescent="0.25">`
 * — from just after `<row`: r first, then `␠name="value"` pairs of printable ASCII. Sets x.tag.end and
 * x.tag.empty and returns the row number, or -1 (nothing read: Tag.read reads it the general way).
 */
function quickRowTag(x: Reader, i: number): number {
  const b = x.b;
  if (b[i] !== 0x20 || b[i + 1] !== 0x72 || b[i + 2] !== 0x3d || b[i + 3] !== QUOTE) return -1;
  let j = i + 4;
  let row = 0;
  for (let c = b[j]; c >= DIGIT_0 && c <= DIGIT_9; c = b[++j]) row = row * 10 + (c - DIGIT_0);
  if (j === i + 4 || j - i - 4 > 15 || b[j] !== QUOTE) return -1;
  j++;
  for (;;) {
    const c = b[j];
    if (c === GT || (c === SLASH && b[j + 1] === GT)) {
      x.tag.empty = c === SLASH;
      x.tag.end = c === SLASH ? j + 2 : j + 1;
      return row;
    }
    if (c !== 0x20) return -1;
    const nameFrom = ++j;
    for (let c = b[j]; ; c = b[++j]) {
      // Letters, digits, ':', '_', '-', '.' (checked in place: a call per byte is slow while cold).
      if (!(
        (c >= 0x61 && c <= 0x7a) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= DIGIT_0 && c <= 0x3a) ||
        c === 0x5f ||
        c === 0x2d ||
        c === 0x2e
      ))
        break;
    }
    // A second r (not well-formed) goes the general way, as before.
    if (j === nameFrom || (j === nameFrom + 1 && b[nameFrom] === 0x72)) return -1;
    if (b[j] !== 0x3d || b[j + 1] !== QUOTE) return -1;
    j += 2;
    for (let v = b[j]; v !== QUOTE; v = b[++j]) {
      if (!(v >= 0x20 && v <= 0x7e) || v === LT || v === AMP) return -1;
    }
    j++;
  }
}

/** Reads the rows of <sheetData> from `from` (after its start tag); returns where </sheetData> starts. */
function readRows(x: Reader, from: number): number {
  const { b, tag } = x;
  let row = 0;
  let i = from;
  for (;;) {
    if (b[i] !== LT) i = skipSpace(b, i);
    if (b[i + 1] === SLASH && at(b, i, END_SHEET_DATA)) return i;
    if (!(b[i] === LT && b[i + 1] === 0x72 && b[i + 2] === 0x6f && b[i + 3] === 0x77) || !endsName(b[i + 4]))
      throw new NotScannable('element in sheetData');
    const quick = quickRowTag(x, i + 4);
    if (quick >= 0) row = quick;
    else {
      tag.read(b, i + 4);
      if (tag.rFrom >= 0 && tag.rTo > tag.rFrom) {
        const n = digits(b, tag.rFrom, tag.rTo);
        row = n >= 0 ? n : Number(latin1(b, tag.rFrom, tag.rTo));
      } else row += 1;
    }
    const wanted = x.sink.startRow(row);
    // Templates format hundreds of rows below a table: past the last wanted row, the rest is skipped.
    if (!wanted && row > (x.sink.lastWanted ?? Infinity)) return skipTail(b, i);
    if (tag.empty) i = tag.end;
    else i = wanted ? readRow(x, tag.end) : skipRow(b, tag.end);
  }
}

/**
 * Where `</sheetData` starts, found from the end (only the envelope's tail follows it): the rows
 * below the last wanted row are skipped unread.
 */
function skipTail(b: Uint8Array, from: number): number {
  for (let k = b.lastIndexOf(LT); k >= from; k = b.lastIndexOf(LT, k - 1)) {
    if (b[k + 1] === SLASH && at(b, k, END_SHEET_DATA)) return k;
  }
  throw new NotScannable('no </sheetData>');
}

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
