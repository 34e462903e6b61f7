// The live print view in Chromium (bundled with webpack, mounted in Fluent's provider as in the pane):
// the 打印 button calls window.print(); unticking a form removes its pages from the view and the PDF.
// Screen shots at 350 px and 1280 px are saved under /tmp/shots/print/ to look at.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { printInput } from '../../src/plans/print';
import { fullWorkbook } from './helpers';
import { pdfPageTexts } from './pdf';

const ROOT = path.join(__dirname, '..', '..');
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

async function bundle(outDir: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack');
  const config = {
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: path.join(__dirname, 'browser-entry.tsx'),
    output: { path: outDir, filename: 'print-view.js' },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.join(ROOT, 'tsconfig.json'),
              transpileOnly: true,
              compilerOptions: { module: 'esnext' },
            },
          },
        },
      ],
    },
  };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: string): string }) => {
      if (err) reject(err);
      else if (stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
  return path.join(outDir, 'print-view.js');
}

maybe('print view, live in Chromium', () => {
  test('打印 calls window.print(); unticked forms are neither shown nor printed', async () => {
    const { chromium } = await import('playwright-core');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-print-live-'));
    const script = await bundle(dir);
    const input = printInput(fullWorkbook());
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const requests: string[] = [];
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><div id="root"></div></body></html>`;
      await page.setContent(html);
      await page.evaluate((json) => {
        const w = window as unknown as { __PRINT_INPUT__: unknown; __printed: number; print: () => void };
        w.__PRINT_INPUT__ = JSON.parse(json);
        w.__printed = 0;
        w.print = () => void (w.__printed += 1);
      }, JSON.stringify(input));
      await page.addScriptTag({ content: fs.readFileSync(script, 'utf8') });
      await page.getByRole('button', { name: '打印' }).waitFor();
      expect(await page.locator('section.bzr-print-page').count()).toBe(9);
      await page.screenshot({ path: path.join(SHOTS, 'live-1280.png') });
      await page.setViewportSize({ width: 350, height: 800 });
      await page.screenshot({ path: path.join(SHOTS, 'live-350.png') });

      await page.getByRole('button', { name: '打印' }).click();
      expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);

      await page.getByRole('checkbox', { name: '谈心记录表（2 页）' }).uncheck();
      await page.getByRole('checkbox', { name: '封面（1 页）' }).uncheck();
      expect(await page.locator('section.bzr-print-page').count()).toBe(6);
      expect(await page.getByText('共 6 页（A4）', { exact: false }).count()).toBe(1);
      const pdf = path.join(dir, 'chosen.pdf');
      await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
      const texts = pdfPageTexts(pdf);
      expect(texts).toHaveLength(6);
      expect(texts.some((t) => t.includes('谈心记录表') || t.includes('班主任工作职责及量化记录表'))).toBe(false);
      expect(texts[0]).toContain('班会记录表');
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
