// Text rules every adapter follows (SPEC §6 "Safe to consolidate"): one place for what a string cell
// must look like so that Excel keeps it text.
import type { TemplateOptions } from '../records/schema';

/** Characters that are not allowed in XML 1.0; a file holding them is refused by Excel. */
const XML_INVALID_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32767;

/**
 * Text as a cell value: without characters XML forbids, line breaks as \n (Excel's own; a bare \r
 * comes back as \n after a round trip anyway), at most MAX_CELL_CHARS characters.
 */
export function cleanText(s: string): string {
  const clean = s.replace(XML_INVALID_RE, '').replace(/\r\n?/g, '\n');
  return clean.length > MAX_CELL_CHARS ? clean.slice(0, MAX_CELL_CHARS) : clean;
}

/**
 * Whether Excel would take this text for a formula when it is typed or edited (F2+Enter): it starts
 * with = + - @. Such a cell needs Excel's quote prefix to stay text.
 */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@]/.test(s);
}

/**
 * A text as Office.js must receive it to keep it text. Writing `range.values` parses strings the way
 * typing does: "=…" becomes a formula, "001" a number, "2026-09-01" a date — so EVERY non-empty string
 * gets the leading apostrophe (the quote prefix), which Excel strips again when the value is read.
 * (In a file, only looksLikeFormula text needs the prefix: the file says a shared string is text.)
 */
export function typedText(s: string): string {
  return s === '' ? '' : `'${s}`;
}

/** The subtitle under each form's title, as on the paper form's cover. */
export function subtitleText(o: TemplateOptions): string {
  const year = o.academicYear?.trim() || '　　　　-　　　　';
  const semester = o.semester ? String(o.semester) : '　';
  const parts = [`（${year}学年度第${semester}学期）`];
  if (o.major?.trim()) parts.push(`专业：${o.major.trim()}`);
  parts.push(`班级：${o.className?.trim() || '　　　　　'}`);
  parts.push(`班主任：${o.advisor?.trim() || '　　　　'}`);
  return parts.join('  ');
}
