// Bytes of machine-written XML, read without decoding: the start-tag reader (r, s and t found by
// position, every other attribute checked and skipped) and small helpers, for ./fast-sheet.
import { NotScannable } from './scan';

// Byte values as module-private constants: exported ones would be read off `exports` in every
// comparison of the compiled CommonJS (several times slower in these loops).
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const AMP = 0x26;

export function bytesOf(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
/** After a tag name: a space, '>' or '/' (so '<c' is not '<col'). */
export function endsName(c: number): boolean {
  return isSpace(c) || c === GT || c === SLASH;
}

export function at(b: Uint8Array, i: number, word: Uint8Array): boolean {
  if (i + word.length > b.length) return false;
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word[k]) return false;
  return true;
}

export function skipSpace(b: Uint8Array, i: number): number {
  while (i < b.length && isSpace(b[i])) i++;
  return i;
}

export function find(b: Uint8Array, c: number, from: number): number {
  for (let i = from; i < b.length; i++) if (b[i] === c) return i;
  return -1;
}

/** Expects optional spaces then '>' at `i` (an end tag's tail); returns the position after it. */
export function endTagTail(b: Uint8Array, i: number): number {
  i = skipSpace(b, i);
  if (b[i] !== GT) throw new NotScannable('bad end tag');
  return i + 1;
}

/** An ASCII run as a string. */
export function latin1(b: Uint8Array, from: number, to: number): string {
  return String.fromCharCode.apply(null, b.subarray(from, to) as unknown as number[]);
}

/** A digits-only run as a number (≤ 15 digits, exact); -1 otherwise. */
export function digits(b: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = b[i] - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Where the r, s and t attributes of the last start tag read lie (-1: absent), and where it ended. */
export class Tag {
  rFrom = -1;
  rTo = -1;
  sFrom = -1;
  sTo = -1;
  tFrom = -1;
  tTo = -1;
  end = 0;
  empty = false;

  /** Reads the attributes from `i` (just after the tag name) to the tag's end. */
  read(b: Uint8Array, i: number): void {
    this.rFrom = this.sFrom = this.tFrom = -1;
    for (;;) {
      i = skipSpace(b, i);
      const c = b[i];
      if (c === GT) {
        this.end = i + 1;
        this.empty = false;
        return;
      }
      if (c === SLASH) {
        if (b[i + 1] !== GT) throw new NotScannable('bad />');
        this.end = i + 2;
        this.empty = true;
        return;
      }
      if (i >= b.length || c === LT) throw new NotScannable('unterminated start tag');
      const nameFrom = i;
      while (i < b.length && b[i] !== EQ && b[i] !== GT && b[i] !== LT && !isSpace(b[i])) i++;
      const nameLen = i - nameFrom;
      i = skipSpace(b, i);
      if (b[i] !== EQ || nameLen === 0) throw new NotScannable('attribute without =');
      i = skipSpace(b, i + 1);
      const quote = b[i];
      if (quote !== 0x22 && quote !== 0x27) throw new NotScannable('unquoted attribute');
      const from = i + 1;
      const n = nameLen === 1 ? b[nameFrom] : 0;
      const ours = n === 0x72 /* r */ || n === 0x73 /* s */ || n === 0x74; /* t */
      let close = from;
      for (; close < b.length; close++) {
        const v = b[close];
        if (v === quote) break;
        // An entity anywhere (checked by the general way), or anything but ASCII in r, s and t (read from their bytes).
        if (v === LT || v === AMP) throw new NotScannable('< or & in an attribute');
        if (ours && (v < 0x20 || v > 0x7e)) throw new NotScannable('control character in r/s/t');
      }
      if (close >= b.length) throw new NotScannable('unterminated attribute');
      if (n === 0x72) {
        this.rFrom = from;
        this.rTo = close;
      } else if (n === 0x73) {
        this.sFrom = from;
        this.sTo = close;
      } else if (n === 0x74) {
        this.tFrom = from;
        this.tTo = close;
      }
      i = close + 1;
    }
  }
}

/** Column of the letters at the start of r (plans/a1 columnOf, on bytes); -1 without r (or r=""). */
export function refColumn(b: Uint8Array, tag: Tag): number {
  if (tag.rFrom < 0 || tag.rFrom === tag.rTo) return -1;
  let n = 0;
  for (let i = tag.rFrom; i < tag.rTo; i++) {
    const c = b[i] | 0x20;
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return n;
}

/** The t attribute as the general path reads it (`a.t ?? 'n'`), without a string per cell. */
export function typeOf(b: Uint8Array, tag: Tag): string {
  const from = tag.tFrom;
  if (from < 0) return 'n';
  const len = tag.tTo - from;
  const c = b[from];
  if (len === 1) {
    if (c === 0x73) return 's';
    if (c === 0x6e) return 'n';
    if (c === 0x62) return 'b';
    if (c === 0x65) return 'e';
    if (c === 0x64) return 'd';
  } else if (len === 3 && c === 0x73 && b[from + 1] === 0x74 && b[from + 2] === 0x72) return 'str';
  return latin1(b, from, tag.tTo); // inlineStr (its <is> leaves this reader anyway) or unknown
}

/** The s attribute as the general path reads it (`a.s ? Number(a.s) : 0`). */
export function styleOf(b: Uint8Array, tag: Tag): number {
  if (tag.sFrom < 0 || tag.sFrom === tag.sTo) return 0;
  const n = digits(b, tag.sFrom, tag.sTo);
  return n >= 0 ? n : Number(latin1(b, tag.sFrom, tag.sTo));
}
