// The pane's start-up cost, printed: initial JavaScript (gzipped: the three entry scripts the page loads
// before anything is shown) and, stand-alone in Chromium (office.js unreachable, and delayed 5 s), the
// first content (the browser's first-contentful-paint: the page's static shell) and the time until the
// pane's own stand-alone buttons are there. The load average is printed with them: the machine is shared.
// Needs dist-web/ (npm run build) and /usr/bin/chromium.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { WEB, hasChromium, launch, serveWeb, watchPage } from '../test/taskpane/browser';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** first-contentful-paint of the page, in ms after navigation start (Paint Timing API). */
async function firstContentfulPaint(page: import('playwright-core').Page): Promise<number> {
  const t = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  return Math.round(t);
}

async function main() {
  if (!fs.existsSync(path.join(WEB, 'taskpane.js'))) {
    console.log('dist-web/ is missing: run npm run build first');
    return;
  }
  let total = 0;
  for (const f of ['boot.js', 'functions.js', 'taskpane.js']) {
    const raw = fs.readFileSync(path.join(WEB, f));
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    total += gz;
    console.log(`initial JS ${f}: ${kb(raw.length)} raw, ${kb(gz)} gzipped`);
  }
  console.log(`initial JS total: ${kb(total)} gzipped (target ≤ 200 KB)`);
  const lazy = fs.readdirSync(path.join(WEB, 'chunks')).filter((f) => f.endsWith('.js'));
  for (const f of lazy) {
    const gz = zlib.gzipSync(fs.readFileSync(path.join(WEB, 'chunks', f)), { level: 9 }).length;
    console.log(`  lazy chunk ${f}: ${kb(gz)} gzipped`);
  }
  if (!hasChromium) {
    console.log('chromium missing: first-content figures skipped');
    return;
  }
  const load = () =>
    os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  console.log(`load average before: ${load()} (${os.cpus().length} cores)`);
  const web = await serveWeb();
  const browser = await launch();
  try {
    for (const [label, office] of [
      ['office.js unreachable', 'abort'],
      ['office.js delayed 5 s', 5000],
    ] as const) {
      const paints: number[] = [];
      const buttons: number[] = [];
      for (let i = 0; i < 3; i++) {
        const page = await browser.newPage({ viewport: { width: 350, height: 800 } });
        await watchPage(page, office);
        const t0 = Date.now();
        await page.goto(`${web.url}/taskpane.html`, { waitUntil: 'commit' });
        await page.getByRole('button', { name: '打开工作簿…' }).waitFor({ timeout: 30_000 });
        buttons.push(Date.now() - t0);
        paints.push(await firstContentfulPaint(page));
        await page.close();
      }
      console.log(`stand-alone first content, ${label}: ${paints.join(' / ')} ms (target ≤ 1000 ms)`);
      console.log(`stand-alone buttons ready, ${label}: ${buttons.join(' / ')} ms`);
    }
    console.log(`load average after: ${load()}`);
  } finally {
    await browser.close();
    web.close();
  }
}

void main();
