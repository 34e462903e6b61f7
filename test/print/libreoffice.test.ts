// The print plans rendered for real: applied to an .xlsx by the real .xlsx adapter (src/xlsx applySheet), printed to PDF by
// LibreOffice, then checked page by page with poppler (page count; title, 编号, 学年度/学期 and fields).
// Pages are saved as PNGs under /tmp/shots/print/ to look at. Skipped (with a message) without soffice,
// a failure in CI.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { printInput, printPlans } from '../../src/plans/print';
import { applySheet } from '../../src/xlsx';
import { findSoffice } from '../intake/fixtures';
import { fullWorkbook } from './helpers';
import { EXPECTED_PAGES, pdfPageTexts, pdfToPngs } from './pdf';

const soffice = findSoffice();
const maybe = soffice || process.env.CI ? describe : describe.skip;
if (!soffice) console.warn('[print/libreoffice] SKIPPED: soffice not found (apt-get install libreoffice-calc-nogui).');

maybe('print sheets through LibreOffice', () => {
  let dir: string;
  let texts: string[];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-print-lo-'));
    const wb = new ExcelJS.Workbook();
    for (const plan of printPlans(printInput(fullWorkbook()))) applySheet(wb, plan);
    const xlsx = path.join(dir, 'print.xlsx');
    await wb.xlsx.writeFile(xlsx);
    fs.mkdirSync('/tmp/shots/print', { recursive: true });
    fs.copyFileSync(xlsx, '/tmp/shots/print/print.xlsx');
    const r = spawnSync(
      soffice!,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        xlsx,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    const pdf = path.join(dir, 'print.pdf');
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert: ${r.stdout}\n${r.stderr}`);
    texts = pdfPageTexts(pdf);
    pdfToPngs(pdf, '/tmp/shots/print', 'libreoffice');
  }, 240_000);

  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  test('one PDF page per planned page, in booklet order', () => {
    expect(texts).toHaveLength(EXPECTED_PAGES.length);
  });

  test.each(EXPECTED_PAGES.map((want, i) => [i + 1, want] as const))('page %i shows its form and fields', (n, want) => {
    for (const t of want) expect([n, t, texts[n - 1].includes(t)]).toEqual([n, t, true]);
  });

  test('the marker in A1 is not printed', () => {
    expect(texts.some((t) => t.includes('【BZR】'))).toBe(false);
  });
});
