// The print view through a real browser: the static HTML of PrintView loaded in Chromium, printed with
// page.pdf({ format: 'A4' }), then checked page by page with poppler (page count, text of each page).
// PDF pages and screen shots (350 px and 1280 px wide) are saved under /tmp/shots/print/ to look at.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { printInput } from '../../src/plans/print';
import { fullWorkbook } from './helpers';
import { EXPECTED_PAGES, pdfPageTexts, pdfToPngs } from './pdf';
import { printViewHtml } from './static-html';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SHOTS = '/tmp/shots/print';
const maybe = fs.existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

maybe('print view → Chromium PDF', () => {
  let texts: string[];
  const requests: string[] = [];
  let dir: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-print-chromium-'));
    const html = printViewHtml(printInput(fullWorkbook()));
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.writeFileSync(path.join(SHOTS, 'print-view.html'), html);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      // Nothing may leave the machine: every request is recorded and refused.
      await page.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      await page.setContent(html, { waitUntil: 'load' });
      await page.screenshot({ path: path.join(SHOTS, 'screen-1280.png') });
      await page.setViewportSize({ width: 350, height: 800 });
      await page.screenshot({ path: path.join(SHOTS, 'screen-350.png') });
      const pdf = path.join(dir, 'print.pdf');
      await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
      texts = pdfPageTexts(pdf);
      pdfToPngs(pdf, SHOTS, 'chromium');
    } finally {
      await browser.close();
    }
  }, 120_000);

  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  test('one PDF page per planned page', () => {
    expect(texts).toHaveLength(EXPECTED_PAGES.length);
  });

  test.each(EXPECTED_PAGES.map((want, i) => [i + 1, want] as const))('page %i shows its form and fields', (n, want) => {
    for (const t of want) expect([n, t, texts[n - 1].includes(t)]).toEqual([n, t, true]);
  });

  test('the toolbar is not printed and no request was made', () => {
    expect(texts.some((t) => t.includes('共9页') || t.includes('打印哪些表'))).toBe(false);
    expect(requests).toEqual([]);
  });
});
