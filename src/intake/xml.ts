// Streams one zip part through saxes (a well-formedness-checking SAX parser) with namespace
// prefixes dropped: writers differ (`<x:c>` and `<c>` are the same element). saxes is loaded on
// first use: the parts machine writers produce are read by the scanner (./scan) alone.
import type * as Saxes from 'saxes';
import { damaged, IntakeError } from './errors';
import { NotScannable, scanXml } from './scan';
import type { ZipParts } from './zip';

let saxes: typeof Saxes | undefined;

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
  let text: string | undefined;
  try {
    text = zip.text(part);
  } catch (e) {
    if (e instanceof IntakeError) throw e;
    throw damaged(label, `${part}: ${(e as Error).message}`);
  }
  if (text === undefined) return false;
  parseText(text, label, part, h);
  return true;
}

/** Parses a part's text with saxes. Malformed XML → IntakeError 'damaged'. */
function parseText(text: string, label: string, part: string, h: XmlHandlers): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  saxes ??= require('saxes') as typeof Saxes;
  const parser = new saxes.SaxesParser({ xmlns: false, position: false });
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
    parser.write(text).close();
  } catch (e) {
    if (e instanceof IntakeError) throw e;
    throw damaged(label, `${part}: ${(e as Error).message}`);
  }
}

/** Every attribute of every element is read (the scanner reads only those it is asked for). */
const ALL_ATTRS = { has: () => true } as unknown as ReadonlySet<string>;

/** A part's reader: handlers over fresh state, and the result they built. */
export interface PartReader<T> {
  h: XmlHandlers;
  result(): T;
  /** The elements whose attributes `h.open` reads (default: all): the scanner gives the others none. */
  attrsOf?: ReadonlySet<string>;
}

/**
 * Reads a part through the scanner when it is within its grammar (the same events as saxes for the
 * same XML: test/intake/parts.test.ts), else through saxes with a fresh reader. undefined: no such part.
 */
export function readPart<T>(
  zip: ZipParts,
  label: string,
  part: string,
  make: () => PartReader<T>,
  text: string | undefined = zip.text(part),
): T | undefined {
  if (text === undefined) return undefined;
  const first = make();
  const { h } = first;
  try {
    scanXml(
      text,
      {
        open: (name, attrs) => h.open?.(name, attrs),
        close: (name) => h.close?.(name),
        text: (t) => h.text?.(t),
        capturing: () => h.text !== undefined,
        wantRow: () => true,
      },
      first.attrsOf ?? ALL_ATTRS,
    );
    return first.result();
  } catch (e) {
    if (!(e instanceof NotScannable)) throw e;
  }
  // The text already inflated and decoded is parsed again, not the part.
  const again = make();
  parseText(text, label, part, again.h);
  return again.result();
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
