// A1 references (ECMA-376 Part 1, 18.18.62 ST_Ref) as 1-based rectangles: the one reader and writer of
// them, for the .xlsx adapter (src/xlsx) and the streaming reader (src/intake).

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column number of the letters at the start of a cell reference ('AB12' → 28); 0 when none. */
export function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower-case
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return n;
}

/** Column letters of a column number (28 → 'AB'). */
export function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const REF_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** 'A3:F10', '$A$3:$F$10', 'Sheet!A3:F10' or 'A3' → Rect; null when unreadable. */
export function parseRef(ref: string): Rect | null {
  const m = REF_RE.exec(ref.trim().replace(/^.*!/, ''));
  if (!m) return null;
  const a = { col: columnOf(m[1]), row: Number(m[2]) };
  const b = m[3] ? { col: columnOf(m[3]), row: Number(m[4]) } : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Rect → 'A3:F10'. */
export function formatRange(r: Rect): string {
  return `${colLetter(r.left)}${r.top}:${colLetter(r.right)}${r.bottom}`;
}
