// The page's first content comes before any script (issue 10: first content ≤ 1 s stand-alone): while
// taskpane.js is held back, taskpane.html's static shell shows the title and 「正在加载…」 and no
// button that would not work yet; when the pane takes over, the title stays exactly where it was, in the
// same font (the shell copies theme.ts's CJK font stack), and the loading line is gone. Needs dist-web/.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { hasChromium, watchPage, useBuiltPane } from './browser';

if (!hasChromium && process.env.CI) throw new Error('chromium is missing: apt-get install -y chromium');
if (!hasChromium) console.log('[startup.chromium] SKIPPED: chromium not found (apt-get install -y chromium)');
const maybe = hasChromium ? describe : describe.skip;
const SHOTS = process.env.BZR_SHOTS ? '/tmp/shots' : null;

/** A 350 px screenshot (BZR_SHOTS=1), to look at the shell beside the pane that replaces it. */
async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}-350.png`) });
}

interface Title {
  x: number;
  y: number;
  height: number;
  font: string;
  size: string;
  weight: string;
}

async function title(page: Page): Promise<Title> {
  return page.getByRole('heading', { name: '班主任工作量化记录' }).evaluate((h) => {
    const r = h.getBoundingClientRect();
    const cs = getComputedStyle(h);
    return { x: r.x, y: r.y, height: r.height, font: cs.fontFamily, size: cs.fontSize, weight: cs.fontWeight };
  });
}

/** Holds taskpane.js until the returned function is called. */
async function holdPaneScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  // Registered after watchPage, so it is asked first; fallback() hands the request on to watchPage.
  await page.route(/\/taskpane\.js$/, async (route) => {
    await gate;
    await route.fallback();
  });
  return release;
}

maybe('the static shell of taskpane.html', () => {
  const built = useBuiltPane();

  test.each([
    ['stand-alone', '', '打开工作簿…'],
    ['inside Office (_host_Info)', '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0', '正在连接 Excel…'],
  ])(
    '%s: title and 正在加载… before taskpane.js runs; the pane then keeps the title in place',
    async (_label, query, after) => {
      const page = await built.browser.newPage({ viewport: { width: 350, height: 800 } });
      // Inside Office office.js is a blocking script in <head> (boot.js), so the shell shows once it has
      // arrived; outside Office nothing waits for it.
      const w = await watchPage(page, query ? 'serve' : 'abort');
      const release = await holdPaneScript(page);
      try {
        await page.goto(`${built.url}/taskpane.html${query}`, { waitUntil: 'commit' });
        await page.getByText('正在加载…').waitFor({ timeout: 10_000 });
        const shell = await title(page);
        await shoot(page, `shell-${query ? 'office' : 'standalone'}`);
        expect(await page.getByRole('button').count()).toBe(0);
        release();
        await page.getByText(after).first().waitFor({ timeout: 30_000 });
        expect(await page.getByText('正在加载…').count()).toBe(0);
        const pane = await title(page);
        await shoot(page, `shell-replaced-${query ? 'office' : 'standalone'}`);
        // The same stack up to system-ui (webpack's HTML minifier spells out system-ui's own fallbacks).
        const upToSystemUi = (f: string) => f.slice(0, f.indexOf('system-ui'));
        expect(pane.font).toContain('"Microsoft YaHei"');
        expect(upToSystemUi(shell.font)).toBe(upToSystemUi(pane.font));
        expect([pane.size, pane.weight]).toEqual([shell.size, shell.weight]);
        expect(Math.abs(pane.x - shell.x)).toBeLessThanOrEqual(1);
        expect(Math.abs(pane.y - shell.y)).toBeLessThanOrEqual(1);
        expect(Math.abs(pane.height - shell.height)).toBeLessThanOrEqual(1);
        expect(w.errors).toEqual([]);
        expect(w.foreign).toEqual([]);
      } finally {
        release();
        await page.close();
      }
    },
    60_000,
  );
});
