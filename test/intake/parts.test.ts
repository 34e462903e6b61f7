// The small parts (relationships, workbook, styles, shared strings, tables) are read by the scanner
// when it can (src/intake/xml readPart) and by saxes otherwise: both must report the same elements,
// attributes and text for the same XML, and a reader's state must not carry over into the fallback.
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { IntakeError } from '../../src/intake';
import { quickSharedStrings } from '../../src/intake/fast-strings';
import { readSharedStrings } from '../../src/intake/parts';
import { NotScannable } from '../../src/intake/scan';
import { parsePart, readPart, type XmlHandlers } from '../../src/intake/xml';
import { ZipParts } from '../../src/intake/zip';

const zipOf = (xml: string): ZipParts => new ZipParts(zipSync({ 'p.xml': strToU8(xml) }), '', 1e8);

/**
 * The events a reader sees, adjacent texts joined (parsers may split text differently). Text outside
 * the root element (white space after the declaration) is not reported by the scanner, and no reader uses it.
 */
function recorder(): { h: XmlHandlers; result: () => string[] } {
  const events: string[] = [];
  let depth = 0;
  const h: XmlHandlers = {
    open: (name, attrs) => {
      depth++;
      events.push(`<${name} ${JSON.stringify(Object.entries(attrs).sort())}`);
    },
    close: (name) => {
      depth--;
      events.push(`/${name}`);
    },
    text: (t) => {
      if (depth === 0) return;
      if (events.length && events[events.length - 1].startsWith('"')) events[events.length - 1] += t;
      else events.push(`"${t}`);
    },
  };
  return { h, result: () => events };
}

function viaSaxes(xml: string): string[] | string {
  const r = recorder();
  try {
    parsePart(zipOf(xml), '', 'p.xml', r.h);
  } catch (e) {
    if (e instanceof IntakeError) return e.code;
    throw e;
  }
  return r.result();
}

function viaReadPart(xml: string): string[] | string | undefined {
  try {
    return readPart(zipOf(xml), '', 'p.xml', recorder);
  } catch (e) {
    if (e instanceof IntakeError) return e.code;
    throw e;
  }
}

const text = fc.string({
  unit: fc.constantFrom(
    'a',
    '中',
    ' ',
    '\n',
    '\r\n',
    '&amp;',
    '&lt;',
    '&#x4E2D;',
    '&quot;',
    '>',
    '<![CDATA[<&]]>',
    '<!-- c -->',
  ),
});
const attrValue = fc.string({ unit: fc.constantFrom('a', '中', ' ', '\t', '\n', '&amp;', '&apos;', '>', '&#65;') });
const name = fc.constantFrom('si', 't', 'r', 'rPh', 'x:sheet', 'Relationship', 'numFmt');

interface El {
  name: string;
  attrs: Array<[string, string]>;
  kids: Array<El | string>;
}
const el: fc.Memo<El> = fc.memo((n) =>
  fc.record({
    name,
    attrs: fc.uniqueArray(fc.tuple(fc.constantFrom('Id', 'r:id', 'name', 'formatCode', 'xml:space'), attrValue), {
      selector: (a) => a[0],
      maxLength: 3,
    }),
    kids: n <= 1 ? fc.array(text, { maxLength: 2 }) : fc.array(fc.oneof(text, el(n - 1)), { maxLength: 3 }),
  }),
);
const xmlOf = (e: El): string =>
  `<${e.name}${e.attrs.map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('')}>` +
  e.kids.map((k) => (typeof k === 'string' ? k : xmlOf(k))).join('') +
  `</${e.name}>`;

it('reports the same events as saxes for random parts (prefixes, entities, CDATA, comments)', () => {
  fc.assert(
    fc.property(el(3), fc.boolean(), (root, decl) => {
      const xml = `${decl ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' : ''}<root xmlns:x="urn:x" xmlns:r="urn:r">${xmlOf(root)}</root>`;
      expect(viaReadPart(xml)).toEqual(viaSaxes(xml));
    }),
    { numRuns: 300 },
  );
});

it('falls back to saxes with a fresh reader: shared strings are not counted twice', () => {
  // A DOCTYPE is outside the scanner's grammar, after the first string was already reported to it.
  const sst = `<sst><si><t>甲</t></si><!DOCTYPE x><si><t>乙</t></si></sst>`;
  expect(() => readSharedStrings(zipOf(sst), '', 'p.xml')).toThrow(IntakeError); // saxes: DOCTYPE inside → damaged
  const ok = `<sst><si><t>甲</t></si><si><r><t>乙</t></r><rPh><t>yi</t></rPh></si></sst>`;
  expect(readSharedStrings(zipOf(ok), '', 'p.xml')).toEqual(['甲', '乙']);
});

it('a damaged part is refused as damaged, whichever reader meets it first', () => {
  expect(viaReadPart('<sst><si><t>甲</si></sst>')).toBe('damaged');
  expect(viaReadPart('<sst><si><t>&nbsp;</t></si></sst>')).toBe('damaged');
});

it('no such part: undefined', () => {
  expect(readPart(zipOf('<a/>'), '', 'missing.xml', recorder)).toBeUndefined();
});

// Shared strings as Excel, exceljs and LibreOffice write them are read by one sticky regular expression
// (src/intake/fast-strings); anything else (rich text, phonetic runs, comments, damage) falls back to
// the event readers. Either way the strings are exactly those saxes reads.
const item = fc.oneof(
  text.map((t) => `<si><t>${t}</t></si>`),
  text.map((t) => `<si><t xml:space="preserve">${t}</t></si>`),
  fc.constant('<si><t/></si>'),
  text.map((t) => `<si><r><rPr><b/></rPr><t>${t}</t></r><r><t>x</t></r><rPh sb="0" eb="1"><t>ㄅ</t></rPh></si>`),
  fc.constantFrom(
    '<si><t>甲',
    '</si>',
    '<si><t>&nbsp;</t></si>',
    '<!-- c -->',
    '\n  ',
    '<si><t>_x0041_&amp;_x000D_</t></si>',
  ),
);

function stringsViaSaxes(xml: string): string[] | string {
  const out: string[] = [];
  let cur = '';
  let inT = false;
  let rPh = 0;
  try {
    parsePart(zipOf(xml), '', 'p.xml', {
      open: (n) => {
        if (n === 'si') cur = '';
        else if (n === 'rPh') rPh++;
        else if (n === 't' && rPh === 0) inT = true;
      },
      close: (n) => {
        if (n === 't') inT = false;
        else if (n === 'rPh') rPh--;
        else if (n === 'si')
          out.push(cur.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
      },
      text: (t) => {
        if (inT) cur += t;
      },
    });
  } catch (e) {
    if (e instanceof IntakeError) return e.code;
    throw e;
  }
  return out;
}

it('reads shared strings exactly as saxes does, plain items quickly and anything else the general way', () => {
  fc.assert(
    fc.property(fc.array(item, { maxLength: 8 }), fc.boolean(), (items, decl) => {
      const xml = `${decl ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' : ''}<sst xmlns="urn:s" count="${items.length}">${items.join('')}</sst>`;
      let got: string[] | string;
      try {
        got = readSharedStrings(zipOf(xml), '', 'p.xml');
      } catch (e) {
        if (!(e instanceof IntakeError)) throw e;
        got = e.code;
      }
      expect(got).toEqual(stringsViaSaxes(xml));
    }),
    { numRuns: 500 },
  );
});

it('the quick shared-strings reader takes the plain shape and leaves the rest', () => {
  const plain = `<?xml version="1.0"?>\n<sst xmlns="urn:s"><si><t>甲</t></si>\n<si><t xml:space="preserve"> a&amp;b\r\n</t></si><si><t/></si></sst>\n`;
  expect(quickSharedStrings(plain)).toEqual(['甲', ' a&b\n', '']);
  expect(() => quickSharedStrings('<sst><si><r><t>x</t></r></si></sst>')).toThrow(NotScannable);
  expect(() => quickSharedStrings('<sst><si><t>x</t></si></sst><extra/>')).toThrow(NotScannable);
  expect(() => quickSharedStrings('<!DOCTYPE x><sst><si><t>x</t></si></sst>')).toThrow(NotScannable);
});

describe('the zip container', () => {
  const parts = { 'a.xml': strToU8('<a/>'), 'x/b.xml': strToU8('<b>甲</b>'.repeat(50)), 'c.bin': new Uint8Array(0) };
  const zip = zipSync(parts);
  const read = (bytes: Uint8Array) => {
    const z = new ZipParts(bytes, '', 1e8);
    return z.names.sort().map((n) => [n, z.text(n)]);
  };
  const expected = Object.keys(parts)
    .sort()
    .map((n) => [n, new TextDecoder().decode(parts[n as keyof typeof parts])]);

  it('reads every entry, the entries pushed up to the central directory the end record points at', () => {
    expect(read(zip)).toEqual(expected);
  });

  it('reads every entry of a zip whose end record points elsewhere (bytes before it, a wrong offset)', () => {
    const prefixed = new Uint8Array(37 + zip.length);
    prefixed.set(zip, 37);
    expect(read(prefixed)).toEqual(expected);
    // The offset of the central directory (+16 of the end record) moved to the second local header.
    const wrong = zip.slice();
    const end = wrong.length - 22;
    const second = Buffer.from(wrong).indexOf('PK\x03\x04', 4, 'latin1');
    expect(second).toBeGreaterThan(0);
    new DataView(wrong.buffer).setUint32(end + 16, second, true);
    expect(read(wrong)).toEqual(expected);
    // Pointing into data that happens to hold a central header's signature: cut there, the zip
    // fails, and is read whole.
    const trap = zipSync({ 'a.xml': strToU8('PK\x01\x02 not a directory'), 'b.xml': strToU8('<b/>') }, { level: 0 });
    const t = trap.slice();
    new DataView(t.buffer).setUint32(t.length - 22 + 16, 30 + 5, true);
    expect(read(t).map(([n]) => n)).toEqual(['a.xml', 'b.xml']);
  });
});
