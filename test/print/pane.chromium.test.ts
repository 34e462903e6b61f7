// The 打印 tab of the BUILT pane (dist-web, npm run build) in Chromium, stand-alone: open the full
// workbook, open 打印, print to PDF with page.pdf. The PDF has exactly the plans' pages — no blank
// trailing page from the rest of the pane — and each page's text (pdftotext). Screenshots of the tab at
// 350 and 1280 px and the PDF pages go to /tmp/shots/printwire/ to look at.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { printInput, printPlans } from '../../src/plans/print';
import type { RawWorkbook } from '../../src/records/schema';
import { hasChromium, useBuiltPane, watchPage } from '../taskpane/browser';
import { fullWorkbook } from './helpers';
import { EXPECTED_PAGES, pdfPageTexts, pdfToPngs } from './pdf';

if (!hasChromium && process.env.CI) throw new Error('chromium is missing: apt-get install -y chromium');
const maybe = hasChromium ? describe : describe.skip;
const SHOTS = '/tmp/shots/printwire';

/** The raw tables as plain sheets (the reader falls back to a sheet when it finds no table). */
async function xlsxOf(raw: RawWorkbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const t of Object.values(raw.tables)) {
    const ws = wb.addWorksheet(t!.sheet);
    t!.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null && v !== undefined && v !== '')
          ws.getCell(t!.headerRow + i, j + 1).value = v as ExcelJS.CellValue;
      }),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

maybe('打印 tab of the built pane → Chromium PDF', () => {
  const pane = useBuiltPane();
  let dir: string;
  let texts: string[];
  let errors: string[];
  let foreign: string[];
  const raw = fullWorkbook();
  const planned = printPlans(printInput(raw)).reduce((n, p) => n + p.pages, 0);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-printwire-'));
    const file = path.join(dir, '会计2301.xlsx');
    fs.writeFileSync(file, await xlsxOf(raw));
    fs.mkdirSync(SHOTS, { recursive: true });
    const page = await pane.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const w = await watchPage(page, 'abort');
    await page.goto(`${pane.url}/taskpane.html`, { waitUntil: 'domcontentloaded' });
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('数据来源：会计2301.xlsx').waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: '打印', exact: true }).click();
    await page.getByRole('button', { name: '打印', exact: true }).waitFor({ timeout: 30_000 });
    for (const width of [350, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: path.join(SHOTS, `print-tab-${width}.png`) });
    }
    const pdf = path.join(dir, 'pane.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    texts = pdfPageTexts(pdf);
    pdfToPngs(pdf, SHOTS, 'pane-pdf', 600);
    errors = w.errors;
    foreign = w.foreign;
    await page.close();
  }, 400_000);

  afterAll(async () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('exactly the planned pages: nothing of the pane, no blank trailing page', () => {
    expect(planned).toBe(EXPECTED_PAGES.length);
    expect(texts).toHaveLength(planned);
    expect(texts.filter((t) => t === '')).toEqual([]);
  });

  test.each(EXPECTED_PAGES.map((want, i) => [i + 1, want] as const))('page %i shows its form and fields', (n, want) => {
    for (const t of want) expect([n, t, texts[n - 1].includes(t)]).toEqual([n, t, true]);
  });

  test('the pane around the pages is not printed; no error, no request off the machine', () => {
    for (const t of ['班主任工作量化记录数据来源', '打印哪些表', '设置与名册', '独立模式']) {
      expect(texts.some((x) => x.includes(t))).toBe(false);
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
