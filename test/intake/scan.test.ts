// The worksheet scanner (src/intake/scan.ts) reads exactly what the saxes path reads: random cell
// grids with every value kind, entities, rich text, whitespace, attribute orders, prefixes and
// self-closing cells; anything outside its grammar goes to saxes (which refuses damaged XML).
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { IntakeError } from '../../src/intake';
import { scanSheetBytes } from '../../src/intake/fast-sheet';
import { decodeEntities, NotScannable, rowCut, scanXml } from '../../src/intake/scan';
import { readSheet, readSheetSax, type Block, type CellContext } from '../../src/intake/sheet';
import { ZipParts } from '../../src/intake/zip';

const CTX: CellContext = { sharedStrings: ['甲', 'b&<c>', ' 空格 '], dateStyles: [false, true], date1904: false };
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A table's block (rows 2–6, columns A–C) and, unless `tableOnly`, an open-ended sheet block. */
function blocks(tableOnly = false): Block[] {
  const all: Block[] = [
    { rect: { top: 2, left: 1, bottom: 6, right: 3 }, rows: [], lastRow: 0, table: 'T' },
    {
      rect: { top: 1, left: 1, bottom: Number.MAX_SAFE_INTEGER, right: 8 },
      rows: [],
      lastRow: 0,
      table: 'S',
      rowLimit: 50_000,
    },
  ];
  return tableOnly ? all.slice(0, 1) : all;
}

function zipOf(xml: string): ZipParts {
  return new ZipParts(zipSync({ 's.xml': strToU8(xml) }), '', 1e8);
}

/** What both paths read into the blocks, or the IntakeError code they threw. */
function readBoth(xml: string, tableOnly = false): { scanned: unknown; sax: unknown } {
  const run = (f: typeof readSheet): unknown => {
    const b = blocks(tableOnly);
    try {
      f({ zip: zipOf(xml), label: '', sheetName: '表', part: 's.xml', ctx: CTX }, b);
    } catch (e) {
      if (e instanceof IntakeError) return e.code;
      throw e;
    }
    // Invalid Dates are not equal to each other under toEqual: compare Dates by their time value.
    const norm = (v: unknown): unknown => (v instanceof Date ? `Date(${v.getTime()})` : v);
    return b.map((x) => ({ rows: x.rows.map((r) => r && Array.from(r, norm)), lastRow: x.lastRow }));
  };
  return { scanned: run(readSheet), sax: run(readSheetSax) };
}

const text = fc.string({
  unit: fc.constantFrom(
    'a',
    '中',
    ' ',
    '\n',
    '\r\n',
    '\t',
    '&amp;',
    '&lt;',
    '&#x4E2D;',
    '&#20013;',
    '&quot;',
    '>',
    '_x0041_',
  ),
});
const q = fc.constantFrom('"', "'");
const sp = fc.constantFrom('', ' ', '  ', '\n');

const cell = fc.record({
  col: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
  kind: fc.constantFrom('n', 's', 'str', 'inlineStr', 'rich', 'b', 'e', 'd', 'date', 'empty', 'selfClosing', 'vEmpty'),
  num: fc.oneof(fc.integer({ min: -5, max: 50000 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
  text,
  q,
  sp,
  /** 0: r t s; 1: s t r; 2: r s t (as Excel, exceljs and LibreOffice write them). */
  order: fc.constantFrom(0, 1, 2),
});

type Cell = typeof cell extends fc.Arbitrary<infer T> ? T : never;

function cellXml(c: Cell, row: number, p: string): string {
  const attrs: string[] = [];
  if (c.col !== undefined) attrs.push(`r=${c.q}${String.fromCharCode(64 + c.col)}${row}${c.q}`);
  const t = { s: 's', str: 'str', inlineStr: 'inlineStr', rich: 'inlineStr', b: 'b', e: 'e', d: 'd' }[c.kind as string];
  if (t) attrs.push(`t${c.sp}=${c.sp}${c.q}${t}${c.q}`);
  if (c.kind === 'date' || c.kind === 'selfClosing') attrs.push(`s=${c.q}1${c.q}`);
  if (c.order === 1) attrs.reverse();
  if (c.order === 2 && attrs.length === 3) attrs.splice(1, 2, attrs[2], attrs[1]);
  const open = `<${p}c${attrs.map((a) => ` ${a}`).join('')}${c.sp}`;
  const v = (s: string): string => `<${p}v>${s}</${p}v>`;
  switch (c.kind) {
    case 'selfClosing':
      return `${open}/>`;
    case 'empty':
      return `${open}></${p}c>`;
    case 'vEmpty':
      return `${open}><${p}v/></${p}c>`;
    case 's':
      return `${open}>${v(String(Math.abs(Math.trunc(c.num)) % 4))}</${p}c>`;
    case 'str':
      return `${open}><${p}f>A1&amp;"x"</${p}f>${v(c.text)}</${p}c>`;
    case 'inlineStr':
      return `${open}><${p}is><${p}t xml:space="preserve">${c.text}</${p}t></${p}is></${p}c>`;
    case 'rich':
      return (
        `${open}><${p}is><${p}r><${p}rPr><${p}b/></${p}rPr><${p}t>${c.text}</${p}t></${p}r>` +
        `<${p}r><${p}t><![CDATA[<&>]]></${p}t></${p}r><${p}rPh sb="0" eb="1"><${p}t>ㄅ</${p}t></${p}rPh></${p}is></${p}c>`
      );
    case 'b':
      return `${open}>${v(c.num > 0 ? '1' : '0')}</${p}c>`;
    case 'e':
      return `${open}>${v('#N/A')}</${p}c>`;
    case 'd':
      return `${open}>${v('2026-09-08T10:00:00')}</${p}c>`;
    default:
      return `${open}>${v(String(c.num))}</${p}c>`;
  }
}

const sheet = fc.record({
  prefix: fc.constantFrom('', 'x:'),
  rows: fc.array(
    fc.record({
      r: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      /** What writers add after r: Excel's spans and heights, exceljs' x14ac:dyDescent, other quoting. */
      attrs: fc.constantFrom(
        ' spans="1:6"',
        '',
        ' ht="26" customHeight="1" spans="1:6" x14ac:dyDescent="0.25"',
        " spans='1:6'",
        ' spans = "1:6"',
        '  s="3" customFormat="1"',
        ' x14ac:dyDescent="0.25" hidden="1"/',
      ),
      cells: fc.array(cell, { maxLength: 6 }),
    }),
    { maxLength: 12 },
  ),
  comment: fc.boolean(),
});

type Sheet = typeof sheet extends fc.Arbitrary<infer T> ? T : never;

function sheetXml(s: Sheet): string {
  const p = s.prefix;
  const ns = p ? `xmlns:x="${NS}"` : `xmlns="${NS}"`;
  let row = 0;
  const rows = s.rows.map((r) => {
    row = r.r ?? row + 1;
    // A trailing '/' in attrs makes the row self-closing (its cells are then left out).
    const extra = r.attrs.endsWith('/') ? r.attrs.slice(0, -1) : r.attrs;
    const attr = r.r === undefined ? '' : ` r="${r.r}"${extra}`;
    if (r.cells.length === 0 || r.attrs.endsWith('/')) return `<${p}row${attr}/>`;
    return `<${p}row${attr}>${r.cells.map((c) => cellXml(c, row, p)).join(s.comment ? '<!-- c -->' : '')}</${p}row>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<${p}worksheet ${ns}><${p}sheetData>${rows.join('\n')}</${p}sheetData></${p}worksheet>`;
}

it('reads random worksheets exactly as the saxes path does', () => {
  fc.assert(
    fc.property(sheet, fc.boolean(), (s, tableOnly) => {
      const xml = sheetXml(s);
      // The scanner itself reads it (no fallback to saxes), skipping rows outside a table-only block.
      const none = { open() {}, close() {}, text() {}, capturing: () => true, wantRow: () => false };
      expect(() => scanXml(xml, none, new Set(['row', 'c']))).not.toThrow();
      const { scanned, sax } = readBoth(xml, tableOnly);
      expect(scanned).toEqual(sax);
    }),
    { numRuns: 300 },
  );
});

// What machine writers (Excel, exceljs, LibreOffice, Apache POI) put in a sheet: no prefix, no
// comment, no rich inline string. The byte reader (src/intake/fast-sheet) reads these itself.
const plainSheet = sheet.map((s) => ({
  ...s,
  prefix: '' as const,
  comment: false,
  rows: s.rows.map((r) => ({ ...r, cells: r.cells.filter((c) => c.kind !== 'rich') })),
}));

it('the byte reader reads machine-written sheets itself, exactly as saxes does', () => {
  fc.assert(
    fc.property(plainSheet, fc.boolean(), (s, tableOnly) => {
      const xml = sheetXml(s);
      const cells: unknown[] = [];
      scanSheetBytes(strToU8(xml), CTX, { startRow: () => true, put: (col, v) => cells.push([col, v]) });
      const { scanned, sax } = readBoth(xml, tableOnly);
      expect(scanned).toEqual(sax);
    }),
    { numRuns: 300 },
  );
});

it.each([
  ['a rich inline string', '<c r="A1" t="inlineStr"><is><r><t>x</t></r></is></c>'],
  ['a phonetic run', '<c r="A1" t="inlineStr"><is><t>x</t><rPh sb="0" eb="1"><t>y</t></rPh></is></c>'],
  ['a prefixed cell', '<x:c xmlns:x="urn:x" r="A1"><x:v>1</x:v></x:c>'],
  ['a comment', '<!-- c --><c r="A1"><v>1</v></c>'],
  ['CDATA in a value', '<c r="A1" t="str"><v><![CDATA[x]]></v></c>'],
  ['an entity in a reference', '<c r="A&#49;"><v>1</v></c>'],
])('the byte reader leaves %s to the general scanner, which reads it as saxes does', (_, cellXmlText) => {
  const xml = `<worksheet xmlns="${NS}"><sheetData><row r="2">${cellXmlText}</row></sheetData></worksheet>`;
  expect(() => scanSheetBytes(strToU8(xml), CTX, { startRow: () => true, put() {} })).toThrow(NotScannable);
  const { scanned, sax } = readBoth(xml);
  expect(scanned).toEqual(sax);
});

it('the byte reader checks the envelope: damage after <sheetData> is refused as damaged', () => {
  const xml = `<worksheet xmlns="${NS}"><sheetData><row r="2"><c r="A2"><v>7</v></c></row></sheetData><cols></worksheet>`;
  expect(() => scanSheetBytes(strToU8(xml), CTX, { startRow: () => true, put() {} })).toThrow(NotScannable);
  expect(readBoth(xml)).toEqual({ scanned: 'damaged', sax: 'damaged' });
});

it('reads the golden shapes (a shared string, a date, rich text without its phonetic guide)', () => {
  const xml =
    `<worksheet xmlns="${NS}"><sheetData><row r="2"><c r="A2" t="s"><v>1</v></c><c r='B2' s='1'><v>46274</v></c>` +
    `<c r="C2" t="inlineStr"><is><r><t>艾力</t></r><r><t>·买买提 &amp; &#x4E2D;</t></r><rPh><t>x</t></rPh></is></c></row></sheetData></worksheet>`;
  const b = blocks();
  readSheet({ zip: zipOf(xml), label: '', sheetName: '表', part: 's.xml', ctx: CTX }, b);
  expect(b[0].rows[0]).toEqual(['b&<c>', new Date(Date.UTC(2026, 8, 9)), '艾力·买买提 & 中']);
});

it('skips the content of rows outside every block', () => {
  const events: string[] = [];
  const xml = `<w><row r="1"><c r="A1"><v>1</v></c></row ><row r="2"><c><v>2</v></c></row></w>`;
  scanXml(
    xml,
    {
      open: (n, a) => events.push(`<${n}${a.r ?? ''}`),
      close: (n) => events.push(`/${n}`),
      text: (t) => events.push(t),
      capturing: () => true,
      wantRow: () => events.length > 3,
    },
    new Set(['row']),
  );
  expect(events).toEqual(['<w', '<row1', '/row', '<row2', '<c', '<v', '2', '/v', '/c', '/row', '/w']);
});

// Templates format hundreds of blank rows below each table; a row out of order makes Excel report
// the sheet as damaged (xlsx-populate #4, excelize #1139).
it('stops at the first row below every block: the rows after it are skipped unread, on every path alike', () => {
  const tail = [7, 8, 9].map((r) => `<row r="${r}" spans="4:12"><c r="D${r}" s="4"/><c r="J${r}" s="5"/></row>`);
  const xml =
    `<worksheet xmlns="${NS}"><sheetData><row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="A3"><v>2</v></c></row>` +
    `${tail.join('')}<row r="3"><c r="B3"><v>99</v></c></row>` +
    `<row r="10"><!-- a comment --><c r="A10" t="inlineStr"><is><r><t>x</t></r></is></c></row></sheetData></worksheet>`;
  const { scanned, sax } = readBoth(xml, true);
  expect(scanned).toEqual(sax);
  expect(scanned).toEqual([
    {
      rows: [
        [1, null, null],
        [2, null, null],
      ],
      lastRow: 3,
    },
  ]);

  // The byte reader reads it itself: the comment and the rich string below row 6 are never looked at.
  const cells: unknown[] = [];
  const sink = { startRow: (r: number) => r >= 2 && r <= 6, put: (col: number, v: unknown) => cells.push([col, v]) };
  scanSheetBytes(strToU8(xml), CTX, { ...sink, lastWanted: 6 });
  expect(cells).toEqual([
    [1, 1],
    [1, 2],
  ]);
  // Read, the comment would send the sheet the general way.
  expect(() => scanSheetBytes(strToU8(xml), CTX, { ...sink, startRow: () => true })).toThrow(NotScannable);
});

it.each([
  ['an unclosed element', '<w><row>'],
  ['an unbalanced end tag', '<w><row></c></w>'],
  ['a DOCTYPE', '<!DOCTYPE w><w/>'],
  ['an unknown entity', '<w><v>&nbsp;</v></w>'],
  ['an unterminated attribute', '<w><c r="A1></w>'],
])('leaves %s to saxes', (_, xml) => {
  const h = { open() {}, close() {}, text() {}, capturing: () => true, wantRow: () => true };
  expect(() => scanXml(xml, h, new Set(['c']))).toThrow(NotScannable);
});

it('a damaged sheet is refused as damaged (through the saxes fallback)', () => {
  expect(readBoth('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>')).toEqual({
    scanned: 'damaged',
    sax: 'damaged',
  });
});

it('decodes the predefined entities and character references', () => {
  expect(decodeEntities('&lt;&gt;&amp;&quot;&apos;&#65;&#x1F600;')).toBe(`<>&"'A😀`);
  expect(() => decodeEntities('a & b')).toThrow(NotScannable);
});

it('reads a sheet of several pieces (over 1 MB, cut after row end tags) as saxes does', () => {
  const rows: string[] = [];
  for (let r = 1; r <= 12_000; r++) {
    rows.push(
      `<x:row r="${r}"><x:c r="B${r}" t="inlineStr"><x:is><x:t>张伟 &amp; ${r}</x:t></x:is></x:c><x:c r="C${r}"><x:v>${r}</x:v></x:c></x:row>`,
    );
  }
  const xml = `<x:worksheet xmlns:x="${NS}"><x:sheetData>${rows.join('')}</x:sheetData></x:worksheet>`;
  expect(strToU8(xml).length).toBeGreaterThan(1024 * 1024);
  const { scanned, sax } = readBoth(xml);
  expect(scanned).toEqual(sax);
  expect((scanned as Array<{ lastRow: number }>)[1].lastRow).toBe(12_000);
});

it('cuts just after a row tag (a tag boundary: never inside text or a UTF-8 sequence)', () => {
  const b = strToU8('<row r="1"><c/></row><x:row></x:row>');
  expect(rowCut(b, 0)).toBe('<row r="1"><c/></row>'.length);
  expect(rowCut(b, 22)).toBe(28); // after <x:row>: still a tag boundary
  expect(rowCut(b, 29)).toBe(b.length);
  expect(rowCut(strToU8('<row><c/>'), 0)).toBe(9);
});
