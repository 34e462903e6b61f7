// The pane's start-up cost, printed: initial JavaScript (gzipped: the three entry scripts the page loads
// before anything is shown) and the stand-alone first content in Chromium (office.js unreachable, and
// delayed 5 s). Needs dist-web/ (npm run build) and /usr/bin/chromium.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { WEB, hasChromium, launch, serveWeb, watchPage } from '../test/taskpane/browser';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

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
  const web = await serveWeb();
  const browser = await launch();
  try {
    for (const [label, office] of [
      ['office.js unreachable', 'abort'],
      ['office.js delayed 5 s', 5000],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const page = await browser.newPage({ viewport: { width: 350, height: 800 } });
        await watchPage(page, office);
        const t0 = Date.now();
        await page.goto(`${web.url}/taskpane.html`, { waitUntil: 'commit' });
        await page.getByRole('button', { name: '打开工作簿…' }).waitFor({ timeout: 30_000 });
        times.push(Date.now() - t0);
        await page.close();
      }
      console.log(`stand-alone first content, ${label}: ${times.join(' / ')} ms (target ≤ 1000 ms)`);
    }
  } finally {
    await browser.close();
    web.close();
  }
}

void main();
