// Streams one zip part through saxes (a well-formedness-checking SAX parser) with namespace
// prefixes dropped: writers differ (`<x:c>` and `<c>` are the same element).
import { SaxesParser } from 'saxes';
import { damaged, IntakeError } from './errors';
import type { ZipParts } from './zip';

export interface XmlHandlers {
  open?(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

export function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

/** Parses a part; false when the zip has no such part. Malformed XML → IntakeError 'damaged'. */
export function parsePart(zip: ZipParts, label: string, part: string, h: XmlHandlers): boolean {
  const parser = new SaxesParser({ xmlns: false, position: false });
  if (h.open) {
    const open = h.open;
    parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>));
  }
  if (h.close) {
    const close = h.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (h.text) parser.on('text', h.text);
  if (h.text) parser.on('cdata', h.text);
  try {
    const text = zip.text(part);
    if (text === undefined) return false;
    parser.write(text).close();
    return true;
  } catch (e) {
    if (e instanceof IntakeError) throw e;
    throw damaged(label, `${part}: ${(e as Error).message}`);
  }
}

/** An attribute by local name (`r:id` and `id` under any prefix). */
export function attr(attrs: Record<string, string>, local: string): string | undefined {
  if (attrs[local] !== undefined) return attrs[local];
  for (const k in attrs) if (localName(k) === local) return attrs[k];
  return undefined;
}

/** ECMA-376 escapes characters XML cannot hold as _xHHHH_ (Part 1, 22.9.2.19 ST_Xstring). */
export function unescapeX(s: string): string {
  return s.indexOf('_x') < 0
    ? s
    : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
