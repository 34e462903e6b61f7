// XML text for SpreadsheetML parts: escaping, and the characters XML 1.0 cannot hold.
import { cleanText } from '../plans/text';

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const TEXT_RE = /[&<>]/g;
const ATTR_RE = /[&<>"\n\r\t]/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};
/** Characters XML 1.0 forbids (as plans/text cleanText) and unpaired surrogates (not Unicode text). */
const INVALID_RE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text that can stand in an XML document: forbidden characters dropped, lone surrogates as U+FFFD. */
export function xmlSafe(s: string): string {
  return s.replace(INVALID_RE, (c) => (c.length === 1 && c >= '\ud800' && c <= '\udfff' ? '\ufffd' : ''));
}

/** Element content. */
export function esc(s: string): string {
  return xmlSafe(s).replace(TEXT_RE, (c) => ENTITIES[c]);
}

/** Attribute value (line breaks and tabs as character references, or a parser folds them to spaces). */
export function attr(s: string): string {
  return xmlSafe(s).replace(ATTR_RE, (c) => ENTITIES[c]);
}

/**
 * A cell's text as <t> content. Readers turn `_xHHHH_` back into the character HHHH (ECMA-376 Part 1,
 * 22.9.2.19 ST_Xstring), so a literal one keeps its underscore as `_x005F_`.
 */
export function cellText(s: string): string {
  return esc(cleanText(s).replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_'));
}

/** <t>, with xml:space="preserve" where leading/trailing blanks or line breaks must survive. */
export function tElement(s: string): string {
  const t = cellText(s);
  return /^\s|\s$|\n/.test(t) ? `<t xml:space="preserve">${t}</t>` : `<t>${t}</t>`;
}

/** A sheet name as formulas and defined names quote it: 'It''s' (quoting is always valid). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
