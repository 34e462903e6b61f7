// Text normalisation shared by header matching and name/dorm matching (SPEC §1, §2.1).
import { textKey } from '../rules/text';
import { cellText } from './cells';

/** Zero-width characters, which textKey leaves (it removes whitespace only). */
const ZERO_WIDTH_RE = /[\u200b-\u200d\u2060\ufeff]+/gu;
/**
 * Middle-dot variants after NFKC: · U+00B7, ・ U+30FB (also from half-width U+FF65), ‧ U+2027,
 * • U+2022, . (from ． U+FF0E), ∙ U+2219, ⋅ U+22C5. Names such as 艾力·买买提 must match however typed.
 */
const DOT_RE = /[\u00b7\u30fb\u2027\u2022.\u2219\u22c5]/gu;
/** The same dots before NFKC, with any whitespace around them (艾力 · 买买提 is one name). */
const SPACED_DOT_RE = /[\s\u3000]*([\u00b7\u30fb\uff65\u2027\u2022\uff0e.\u2219\u22c5\u0387])[\s\u3000]*/gu;
const LIST_SEP_RE = /[、，,；;／/\s\u200b\ufeff]+/u;
const HAS_SPACE_RE = /[\s\u200b\ufeff]/u;
const HEADER_MARK_RE = /[*]+$/u;

/** Text NFKC leaves alone and that has no whitespace or dots: printable ASCII and common CJK ideographs. */
const PLAIN_RE = /^[\x21-\x2d\x2f-\x7e\u4e00-\u9fff]*$/u;
const nameCache = new Map<string, string>();

/** Name/dorm/学号 key: the text key (rules/text), no zero-width characters, every middle dot folded to U+00B7. */
export function normalizeName(s: string): string {
  if (typeof s !== 'string') return '';
  if (PLAIN_RE.test(s)) return s;
  let key = nameCache.get(s);
  if (key === undefined) {
    key = textKey(s).replace(ZERO_WIDTH_RE, '').replace(DOT_RE, '\u00b7');
    if (nameCache.size > 20_000) nameCache.clear(); // names repeat; keep the cache bounded
    nameCache.set(s, key);
  }
  return key;
}

/** Header key: the cell's text, NFKC (时长（分钟） = 时长(分钟)), no whitespace, no trailing * marks. */
export function normalizeHeader(v: unknown): string {
  const t = cellText(v);
  if (t.kind !== 'ok') return '';
  return textKey(t.value).replace(ZERO_WIDTH_RE, '').replace(HEADER_MARK_RE, '');
}

/**
 * Splits a cell listing several names or dorms. Separators: 、，,；;／/ whitespace and line breaks.
 * Whitespace next to a middle dot belongs to the name (艾力 · 买买提), so it is removed first.
 */
export function splitList(s: string): string[] {
  if (typeof s !== 'string' || s === '') return [];
  return s
    .replace(SPACED_DOT_RE, '$1')
    .split(LIST_SEP_RE)
    .filter((t) => t !== '');
}

/**
 * Like splitList, but the whitespace-separated parts of one piece are joined again when the joined
 * text is a known key (张　三 padded with a full-width space, or the dorm “3号楼 101”).
 */
export function splitListKnown(s: string, isKnown: (key: string) => boolean): string[] {
  if (typeof s !== 'string' || s === '') return [];
  if (!HAS_SPACE_RE.test(s)) return s.split(LIST_SEP_RE).filter((t) => t !== '');
  const out: string[] = [];
  const pieces = s.replace(SPACED_DOT_RE, '$1').split(/[、，,；;／/\r\n]+/u);
  for (const piece of pieces) {
    const parts = piece.split(/[\s\u200b\ufeff]+/u).filter((t) => t !== '');
    if (parts.length <= 1) {
      if (parts.length === 1) out.push(parts[0]);
      continue;
    }
    let i = 0;
    while (i < parts.length) {
      let taken = 1;
      // Longest run first; names are short, so four parts are plenty.
      for (let j = Math.min(parts.length, i + 4); j > i + 1; j--) {
        if (isKnown(normalizeName(parts.slice(i, j).join('')))) {
          taken = j - i;
          break;
        }
      }
      out.push(parts.slice(i, i + taken).join(''));
      i += taken;
    }
  }
  return out;
}
