// The BUILT pane in Chromium on the sample class (issue 10 items 2 and 3): 结果 as of a day in week 11
// and at the end of the semester, 学生 (a student opens the 谈心 form prefilled) and 周历 (blocks in
// words, the chart drawn by @fluentui/react-charts from a lazy chunk). The page's clock is fixed to
// 2026-11-18 (week 11 of the sample's semester). Needs dist-web/ (npm run build). PNG screenshots at
// 350 px and 1280 px go to /tmp/shots/dash when BZR_SHOTS=1.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { hasChromium, watchPage, useBuiltPane } from './browser';

if (!hasChromium && process.env.CI) throw new Error('chromium is missing: apt-get install -y chromium');
const maybe = hasChromium ? describe : describe.skip;
const SHOTS = process.env.BZR_SHOTS ? '/tmp/shots/dash' : null;

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [350, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(400); // the chart follows its container's width
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 350, height: 900 });
}

/** Horizontal overflow of the page itself (a table may scroll inside its own box). */
const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

maybe('结果, 学生 and 周历 on the sample class, in Chromium', () => {
  const pane = useBuiltPane();

  test('as of week 11, 学期末结论, the students table with prefill, and the week grid with its chart', async () => {
    const page = await pane.browser.newPage({ viewport: { width: 350, height: 900 } });
    const w = await watchPage(page, 'abort');
    await page.clock.setFixedTime(new Date('2026-11-18T10:00:00'));
    try {
      await page.goto(`${pane.url}/taskpane.html`, { waitUntil: 'domcontentloaded' });
      await page.getByRole('button', { name: '查看示例班级' }).click();
      await page.getByText('数据来源：示例班级').waitFor({ timeout: 90_000 });

      await page.getByRole('tab', { name: '结果' }).click();
      await page.getByText('按截至2026年11月18日（第11周）的记录判断').waitFor({ timeout: 30_000 });
      expect(await page.getByLabel('截至日期').inputValue()).toBe('2026-11-18');
      expect(await page.getByText(/^进度：/).count()).toBeGreaterThan(0);
      expect(await page.getByText(/第16–18周没有班会/).count()).toBe(0);
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, 'results-week11');
      await page.getByRole('button', { name: '学期末结论' }).click();
      await page.getByText('学期末结论：按整个学期的记录判断。').waitFor();
      expect(await page.getByLabel('得分构成').textContent()).toMatch(/^60 \+ .+ = \d+$/);
      await shoot(page, 'results-end');

      await page.getByRole('tab', { name: '学生' }).click();
      const table = page.getByRole('table', { name: '学生记录' });
      await table.waitFor({ timeout: 30_000 });
      expect(await table.getByRole('row').count()).toBe(41); // header + 40 students
      // The sample has talked to everyone by the end of its semester, but not contacted every family.
      const noParent = page.getByRole('button', { name: /^未联系家长（\d+）$/ });
      const n = Number(/（(\d+)）/.exec((await noParent.textContent()) ?? '')?.[1]);
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThan(40);
      await noParent.click();
      await page.waitForFunction((rows) => document.querySelectorAll('table tr').length === rows, n + 1);
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, 'students');
      const first = table.getByRole('row').nth(1).getByRole('button');
      const name = (await first.textContent()) ?? '';
      await first.click();
      await page.getByText(`已选 1 人：${name}`).waitFor({ timeout: 10_000 });
      expect(await page.getByRole('tab', { name: '联系家长', selected: true }).count()).toBe(1);
      await shoot(page, 'entry-prefilled');

      await page.getByRole('tab', { name: '周历' }).click();
      await page.getByText('今天是第11周').waitFor({ timeout: 30_000 });
      expect(await page.getByRole('listitem').count()).toBe(18);
      expect(await page.getByLabel(/第10–12周 · (已完成|本期待完成) · \d+次/).count()).toBe(1);
      expect(await page.getByLabel(/第16–18周 · 未到 · 0次/).count()).toBeGreaterThan(0);
      await page.locator('svg text', { hasText: '记录数' }).first().waitFor({ timeout: 30_000 });
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, 'weeks');
      expect(w.errors).toEqual([]);
      expect(w.foreign).toEqual([]);
    } finally {
      await page.close();
    }
  }, 240_000);
});
