// A fast scanner for one fixed, machine-written grammar: the worksheet part (ECMA-376 Part 1,
// 18.3.1.99 worksheet: <row r>, <c r t s>, <v>, <is><r><t>, <f>). It hands the same events as the
// saxes path (./xml parsePart) to the same handlers, several times faster, because it only finds
// tag boundaries and reads attributes of the tags asked for. Anything outside that grammar
// (DOCTYPE, an unknown entity, unbalanced or unterminated tags) throws NotScannable: the caller
// then reads the part with saxes, which accepts or refuses it as well-formed XML or not.

export class NotScannable extends Error {}

export interface ScanHandlers {
  /** An element opened; `attrs` only for the names in `attrsOf`, else empty. */
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  /** Text (entities decoded, line ends normalised) — asked for only while `capturing()` is true. */
  text(text: string): void;
  capturing(): boolean;
  /** After a <row> opened: false skips its content up to its end tag (no per-cell work). */
  wantRow(): boolean;
}

/** Handlers that take nothing: for checking that markup is well-formed (the envelope around the cells). */
export const NO_EVENTS: ScanHandlers = {
  open() {},
  close() {},
  text() {},
  capturing: () => false,
  wantRow: () => false,
};

const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references (XML 1.0 §4.1, §4.6). */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&([^;&]*);?/g, (m: string, name: string) => {
    if (!m.endsWith(';')) throw new NotScannable('bare &');
    if (name in PREDEFINED) return PREDEFINED[name];
    const code = /^#x[0-9a-fA-F]+$/.test(name)
      ? parseInt(name.slice(2), 16)
      : /^#[0-9]+$/.test(name)
        ? parseInt(name.slice(1), 10)
        : NaN;
    if (!(code >= 1 && code <= 0x10ffff)) throw new NotScannable(`entity ${name}`);
    return String.fromCodePoint(code);
  });
}

/** Text as an XML parser reports it: CR LF and lone CR become LF (XML 1.0 §2.11), then entities. */
export function textOf(raw: string): string {
  return decodeEntities(raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n'));
}

/** Attribute values: line ends and whitespace become spaces (XML 1.0 §3.3.3, CDATA attributes). */
function attrValue(raw: string): string {
  return decodeEntities(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw);
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

function need(i: number, what: string): number {
  if (i < 0) throw new NotScannable(`unterminated ${what}`);
  return i;
}

/**
 * Scans `xml`, calling `h`. A long part may come in pieces cut just after an end tag: pass the same
 * `stack` to each, and `final` false for all but the last. `attrsOf`: local names whose attributes are read. Throws NotScannable
 * for anything outside the grammar; errors thrown by handlers pass through.
 */
export function scanXml(
  xml: string,
  h: ScanHandlers,
  attrsOf: ReadonlySet<string>,
  stack: string[] = [],
  final = true,
): void {
  let pos = 0;
  const n = xml.length;
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    const end = lt < 0 ? n : lt;
    if (end > pos && stack.length > 0 && h.capturing()) h.text(textOf(xml.slice(pos, end)));
    if (lt < 0) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 0x2f /* / */) {
      pos = closeTag(xml, lt, stack, h);
    } else if (c1 === 0x3f /* ? */) {
      pos = need(xml.indexOf('?>', lt + 2), 'processing instruction') + 2;
    } else if (c1 === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) pos = need(xml.indexOf('-->', lt + 4), 'comment') + 3;
      else if (xml.startsWith('<![CDATA[', lt)) {
        const close = need(xml.indexOf(']]>', lt + 9), 'CDATA');
        if (stack.length > 0 && h.capturing()) {
          const raw = xml.slice(lt + 9, close);
          h.text(raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n'));
        }
        pos = close + 3;
      } else throw new NotScannable('DOCTYPE or declaration');
    } else {
      pos = openTag(xml, lt, stack, h, attrsOf);
    }
  }
  if (final && stack.length > 0) throw new NotScannable(`unclosed <${stack[stack.length - 1]}>`);
}

/** Reads the end tag at `lt`, which must close the innermost open element; returns the position after it. */
function closeTag(xml: string, lt: number, stack: string[], h: ScanHandlers): number {
  const qname = stack.pop();
  let i = lt + 2;
  if (qname === undefined || !xml.startsWith(qname, i)) throw new NotScannable('unbalanced end tag');
  i += qname.length;
  while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
  if (xml.charCodeAt(i) !== 0x3e) throw new NotScannable('unbalanced end tag');
  h.close(localName(qname));
  return i + 1;
}

/** Reads one start tag at `lt`; returns the position after it (after the row, when skipped). */
function openTag(xml: string, lt: number, stack: string[], h: ScanHandlers, attrsOf: ReadonlySet<string>): number {
  let i = lt + 1;
  while (i < xml.length) {
    const c = xml.charCodeAt(i);
    if (isSpace(c) || c === 0x3e /* > */ || c === 0x2f /* / */) break;
    i++;
  }
  const qname = xml.slice(lt + 1, i);
  if (qname === '') throw new NotScannable('empty tag name');
  const name = localName(qname);
  const attrs: Record<string, string> = attrsOf.has(name) ? {} : NO_ATTRS;
  // Attributes: name, optional spaces, '=', optional spaces, a quoted value ('>' may sit inside it).
  for (;;) {
    while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
    if (i >= xml.length) throw new NotScannable('unterminated start tag');
    const c = xml.charCodeAt(i);
    if (c === 0x3e) {
      i++;
      stack.push(qname);
      h.open(name, attrs);
      if (name === 'row' && !h.wantRow()) return skipTo(xml, i, stack, h, qname);
      return i;
    }
    if (c === 0x2f) {
      if (xml.charCodeAt(i + 1) !== 0x3e) throw new NotScannable('bad />');
      h.open(name, attrs);
      h.close(name);
      return i + 2;
    }
    const eq = xml.indexOf('=', i);
    if (eq < 0) throw new NotScannable('attribute without =');
    let q = eq + 1;
    while (q < xml.length && isSpace(xml.charCodeAt(q))) q++;
    const quote = xml.charCodeAt(q);
    if (quote !== 0x22 && quote !== 0x27) throw new NotScannable('unquoted attribute');
    // One pass to the closing quote, noting whether the value needs decoding (& or a control character).
    let close = q + 1;
    let plain = true;
    for (; close < xml.length; close++) {
      const v = xml.charCodeAt(close);
      if (v === quote) break;
      if (v < 0x20 || v === 0x26) plain = false;
    }
    if (close >= xml.length) throw new NotScannable('unterminated attribute');
    if (attrs !== NO_ATTRS) {
      // One-letter names (r, s, t) come from V8's table of one-character strings: no allocation.
      const aname = eq - i === 1 ? xml[i] : xml.slice(i, eq).trimEnd();
      const raw = xml.slice(q + 1, close);
      attrs[aname] = plain ? raw : attrValue(raw);
    }
    i = close + 1;
  }
}

/** Skips an unwanted row's content: straight to its end tag, which closes it as usual. */
function skipTo(xml: string, from: number, stack: string[], h: ScanHandlers, qname: string): number {
  const endTag = `</${qname}`;
  for (let at = xml.indexOf(endTag, from); at >= 0; at = xml.indexOf(endTag, at + 1)) {
    const c = xml.charCodeAt(at + endTag.length);
    if (c === 0x3e || isSpace(c)) {
      const gt = xml.indexOf('>', at);
      if (gt < 0) break;
      stack.pop();
      h.close(localName(qname));
      return gt + 1;
    }
  }
  throw new NotScannable(`unclosed <${qname}>`);
}

/**
 * Where to cut inflated worksheet bytes after `from`: just after the next `</row>` or `…:row>` tag
 * (a tag boundary, ASCII, so never inside text or a UTF-8 sequence; one inside a comment or CDATA
 * makes the piece unscannable, and saxes reads the part).
 */
export function rowCut(bytes: Uint8Array, from: number): number {
  for (let k = bytes.indexOf(0x3e, from); k >= 0; k = bytes.indexOf(0x3e, k + 1)) {
    if (bytes[k - 1] !== 0x77 || bytes[k - 2] !== 0x6f || bytes[k - 3] !== 0x72) continue; // "row>"
    if ((bytes[k - 4] === 0x2f && bytes[k - 5] === 0x3c) || bytes[k - 4] === 0x3a) return k + 1;
  }
  return bytes.length;
}
