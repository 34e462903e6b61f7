// Generated files for the limit and file-kind tests: minimal .xlsx parts written by hand (the
// over-long tables would take exceljs far too long), a zip bomb streamed through fflate.
import { Zip, ZipDeflate, zipSync, strToU8 } from 'fflate';
import * as fs from 'fs';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (list: Array<[string, string, string]>): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;

/** The parts of a one-sheet workbook (sheet 谈心记录), optionally with a table 谈心记录表 over `tableRef`. */
export function xlsxParts(sheetXml: string, tableRef?: string): Record<string, string> {
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': rels([['rId1', 'officeDocument', 'xl/workbook.xml']]),
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="谈心记录" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': rels([['rId1', 'worksheet', 'worksheets/sheet1.xml']]),
    'xl/worksheets/sheet1.xml': sheetXml,
  };
  if (tableRef) {
    parts['xl/worksheets/_rels/sheet1.xml.rels'] = rels([['rId1', 'table', '../tables/table1.xml']]);
    parts['xl/tables/table1.xml'] =
      `<?xml version="1.0"?><table xmlns="${NS}" id="1" name="谈心记录表" displayName="谈心记录表" ref="${tableRef}"/>`;
  }
  return parts;
}

const HEADER = ['序号', '姓名', '日期', '地点', '时长（分钟）', '谈心内容'];
const cell = (ref: string, s: string): string => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;

/** A 谈心记录 sheet whose header is on row `headerRow`, then `rows` filled rows. */
export function talksSheet(rows: number, headerRow = 3): string {
  const out: string[] = [`<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>`];
  out.push(`<row r="${headerRow}">${HEADER.map((h, i) => cell(`${'ABCDEF'[i]}${headerRow}`, h)).join('')}</row>`);
  for (let i = 1; i <= rows; i++) {
    const r = headerRow + i;
    out.push(`<row r="${r}"><c r="A${r}"><v>${i}</v></c>${cell(`B${r}`, '张伟')}<c r="C${r}"><v>46272</v></c></row>`);
  }
  out.push('</sheetData></worksheet>');
  return out.join('');
}

export function writeZip(file: string, parts: Record<string, string | Uint8Array>): void {
  const entries: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(parts)) entries[k] = typeof v === 'string' ? strToU8(v) : v;
  fs.writeFileSync(file, zipSync(entries, { level: 6 }));
}

/** A valid-looking .xlsx whose sheet inflates to `mb` MB of blanks: a small file, a huge part. */
export function writeZipBomb(file: string, mb: number): void {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  for (const [name, text] of Object.entries(xlsxParts(''))) {
    if (name === 'xl/worksheets/sheet1.xml') continue;
    const f = new ZipDeflate(name);
    zip.add(f);
    f.push(strToU8(text), true);
  }
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(sheet);
  sheet.push(strToU8(`<worksheet xmlns="${NS}"><sheetData>`));
  const blanks = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < mb; i++) sheet.push(blanks);
  sheet.push(strToU8('</sheetData></worksheet>'), true);
  zip.end();
  fs.writeFileSync(file, Buffer.concat(chunks));
}

/** The start of an OLE compound file (MS-CFB) with one directory entry name in UTF-16LE. */
export function oleWith(stream: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < stream.length; i++) bytes[1024 + i * 2] = stream.charCodeAt(i);
  return bytes;
}
