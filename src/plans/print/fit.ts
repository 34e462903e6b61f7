// Text in a fixed box on paper: the font size that lets it fit, estimated from the box (Excel width
// units and row points). On paper a box cannot grow, so long text is printed smaller rather than cut;
// what does not fit even at the smallest size is reported so that the teacher can attach a page.

/** Points per Excel width unit at the narrowest (Calibri's 7 px digit): the safe side for fitting. */
const PT_PER_UNIT = 5.25;
/** Cell padding left + right, points. */
const PADDING_PT = 6;
// Line height as a multiple of the font size (the print view uses the same, css.ts).
const LINE = 1.25;
export const MIN_SIZE = 7;

/** Width of one character in ems: CJK and full-width forms are square, the rest about half. */
function ems(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x2e80 || (c >= 0xff00 && c <= 0xffef) ? 1 : 0.55;
}

/** Lines `text` takes at `size` points in a box `widthPt` wide. */
export function linesNeeded(text: string, widthPt: number, size: number): number {
  const perLine = Math.max(1, widthPt / size);
  let lines = 0;
  for (const para of text.split('\n')) {
    let w = 0;
    for (const ch of para) w += ems(ch);
    lines += Math.max(1, Math.ceil(w / perLine - 1e-9));
  }
  return lines;
}

/**
 * The largest size from `size` down to MIN_SIZE at which `text` fits a box of `units` width units and
 * `heightPt` points; `fits` false when it does not fit even at MIN_SIZE.
 */
export function fitText(text: string, units: number, heightPt: number, size: number): { size: number; fits: boolean } {
  const widthPt = units * PT_PER_UNIT - PADDING_PT;
  for (let s = size; s >= MIN_SIZE; s--) {
    if (linesNeeded(text, widthPt, s) * s * LINE <= heightPt - 1) return { size: s, fits: true };
  }
  return { size: MIN_SIZE, fits: false };
}
