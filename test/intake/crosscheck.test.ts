// The streaming reader gives the same RawWorkbook, diagnostics and judgement as the exceljs gateway
// (xlsx/loadWorkbook + read) on every fixture, and on the same files saved by LibreOffice.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { judge } from '../../src/records/judge';
import { readWorkbookBytes } from '../../src/intake';
import { readWorkbookFile } from '../../src/intake/node';
import { loadWorkbook, read } from '../../src/xlsx';
import { findSoffice, resaveWithLibreOffice, writeFixtures } from './fixtures';

const soffice = findSoffice();
let dir: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-intake-'));
  Object.assign(files, await writeFixtures(dir));
  if (soffice) Object.assign(files, resaveWithLibreOffice(soffice, dir, { ...files }));
  else if (process.env.CI) throw new Error('soffice not found: CI must install LibreOffice');
}, 240_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Read = Awaited<ReturnType<typeof readWorkbookFile>>;
const DAY_MS = 86_400_000;

/**
 * Where exceljs 4.4.0 misreads a LibreOffice file, the reader reads what the file says; each
 * defect is asserted first (so a fixed exceljs shows up here), then corrected in the expectation.
 */
const EXCELJS_DEFECTS: Record<string, (r: Read) => void> = {
  // LibreOffice writes date1904="true"; exceljs reads only "1" (xform/book/workbook-properties-xform.js),
  // so it keeps the 1900 system and every date comes out 1462 days early.
  'lo-date1904': (r) => {
    expect(r.raw.date1904).toBe(false);
    r.raw.date1904 = true;
    for (const t of Object.values(r.raw.tables)) {
      t!.values = t!.values.map((row) =>
        row.map((v) => (v instanceof Date ? new Date(v.getTime() + 1462 * DAY_MS) : v)),
      );
    }
  },
  // LibreOffice writes FALSE as a formula with its cached value (<f>FALSE()</f><v>0</v>, t="b");
  // exceljs loses a cached false and gives no result.
  'lo-valueShapes': (r) => {
    const row = r.raw.tables.interviews!.values[2];
    expect(row[5]).toBeNull();
    row[5] = false;
  },
};

const NAMES = ['template', 'sample', 'date1904', 'valueShapes', 'sheetFallback', 'notOurs'];
const ALL = [...NAMES, ...(soffice ? NAMES.map((n) => `lo-${n}`) : [])];

describe.each(ALL)('%s', (name) => {
  it('reads the same RawWorkbook and diagnostics as exceljs, and is judged the same', async () => {
    const file = files[name];
    const viaExcelJs = read(await loadWorkbook(file));
    EXCELJS_DEFECTS[name]?.(viaExcelJs);
    const streamed = await readWorkbookFile(file);
    expect(streamed).toEqual(viaExcelJs);
    if (Object.keys(viaExcelJs.raw.tables).length > 0) {
      const a = judge(viaExcelJs.raw, viaExcelJs.diagnostics);
      const b = judge(streamed.raw, streamed.diagnostics);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }
  });
});

it('finds the tables it is meant to find (the cross-check compares something)', async () => {
  expect(Object.keys((await readWorkbookFile(files.sample)).raw.tables)).toHaveLength(8);
  expect((await readWorkbookFile(files.date1904)).raw.date1904).toBe(true);
  const shapes = await readWorkbookFile(files.valueShapes);
  expect(shapes.raw.tables.interviews!.values[1]).toEqual([
    '艾力·买买提',
    new Date(Date.UTC(2026, 8, 8)),
    10,
    '链接文字',
    { error: '#N/A' },
    true,
    null,
    '=不是公式 & <b>"引号"</b>',
  ]);
  expect((await readWorkbookFile(files.sheetFallback)).raw.tables.talks!.source).toBe('sheet');
});

it('reads a browser File (Blob) the same as the file on disk', async () => {
  const bytes = fs.readFileSync(files.sample);
  const blob = new Blob([bytes]);
  expect(await readWorkbookBytes(blob, 'sample.xlsx')).toEqual(await readWorkbookFile(files.sample));
});
