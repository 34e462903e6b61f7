// The BUILT pane's 「汇总」 view in Chromium (issue 11 item 3): 20 generated class workbooks picked
// through the file input, the ranked table with the quota floor(0.3 × 20) = 6 and a tie at the
// cut-off, the charts loaded lazily (one legend, bars labelled 达标/适用, redrawn when the pane is
// resized), and the downloaded summary read back with exceljs. Needs dist-web/ (npm run build).
// Screenshots at 350 and 1280 px, and 1280 → 350, go to /tmp/shots/counsel2/.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { TIE_NOTE } from '../../src/rules/quota';
import { loadWorkbook, findTable, plainValue, tableRect } from '../../src/xlsx';
import { classWorkbook, type Variant } from '../consolidate/helpers';
import { hasChromium, useBuiltPane, watchPage } from './browser';

if (!hasChromium && process.env.CI) throw new Error('chromium is missing: apt-get install -y chromium');
const maybe = hasChromium ? describe : describe.skip;
const SHOTS = '/tmp/shots/counsel2';

/** 5 × 75, 3 × 72 (tied for the 6th place), 6 × 71, 4 × 68, 2 不合格 (see helpers' Variant). */
const VARIANTS: Variant[] = [
  ...Array<Variant>(5).fill('base'),
  ...Array<Variant>(3).fill('minus3'),
  ...Array<Variant>(6).fill('minus4'),
  ...Array<Variant>(4).fill('minus7'),
  ...Array<Variant>(2).fill('fail'),
];
const ADVISORS = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许'.split('').map((s) => `${s}老师`);

async function shoot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [350, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
}

/** Every bar (rect) of a region's charts lies inside the page's width: nothing drawn off-screen. */
async function rectsOutside(page: Page, region: string): Promise<number> {
  const width = page.viewportSize()!.width;
  const boxes = await page
    .getByRole('region', { name: region })
    .locator('svg rect')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ right: r.right, w: r.width })));
  return boxes.filter((b) => b.w > 0 && b.right > width + 1).length;
}

/** A table's rows (header first) as plain values. */
function tableValues(wb: import('exceljs').Workbook, name: string): unknown[][] {
  const found = findTable(wb, name);
  const rect = found && tableRect(found.table);
  if (!found || !rect) throw new Error(`no table ${name}`);
  const rows: unknown[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: unknown[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(plainValue(found.worksheet.getCell(r, c).value));
    rows.push(row);
  }
  return rows;
}

maybe('the 汇总 view of the built pane', () => {
  const pane = useBuiltPane();
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-counsel-'));
    files = [];
    for (const [i, variant] of VARIANTS.entries()) {
      const className = `会计${String(i + 1).padStart(2, '0')}`;
      files.push(await classWorkbook(dir, { className, advisor: ADVISORS[i], variant }));
    }
  }, 400_000);
  afterAll(async () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('20 workbooks picked: ranked table, quota 6, tie flagged, summary downloaded', async () => {
    const page = await pane.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const w = await watchPage(page, 'abort');
    try {
      await page.goto(`${pane.url}/taskpane.html`, { waitUntil: 'domcontentloaded' });
      await page.getByRole('tab', { name: '汇总' }).click();
      await page.getByRole('button', { name: '开始汇总' }).waitFor({ timeout: 30_000 });
      await shoot(page, 'empty');
      const chartsBefore = w.requested.filter((p) => p.startsWith('/chunks/')).length;
      await page.getByLabel('选择班级工作簿', { exact: true }).setInputFiles(files);
      await page.getByText('已选择班级工作簿 20 个').waitFor();
      await page.getByRole('button', { name: '开始汇总' }).click();
      const table = page.getByRole('table', { name: '班主任排名' });
      await table.waitFor({ timeout: 120_000 });
      await page.getByText('参加考核的班主任 20 人，班级 20 个；优秀名额 6 个', { exact: false }).waitFor();
      expect(await page.getByText('已处理 20/20 个文件').count()).toBe(1);
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(20);
      const texts = await rows.allInnerTexts();
      expect(texts.filter((t) => t.includes('优秀'))).toHaveLength(5);
      expect(texts.filter((t) => t.includes(TIE_NOTE))).toHaveLength(3);
      expect(texts.filter((t) => t.includes('不合格'))).toHaveLength(2);
      await page.getByRole('region', { name: '得分分布' }).locator('svg').first().waitFor({ timeout: 60_000 });
      await page.getByRole('region', { name: '各项最低要求达标率' }).waitFor();
      // The charts came as lazy chunks after the run, not with the page.
      expect(w.requested.filter((p) => p.startsWith('/chunks/')).length).toBeGreaterThan(chartsBefore);
      const rates = page.getByRole('region', { name: '各项最低要求达标率' });
      // One legend for the chart (not 达标/进行中/未达标 once per bar with “+13 more”).
      for (const legend of ['达标', '进行中', '未达标'])
        expect(await rates.getByText(legend, { exact: true }).count()).toBe(1);
      expect(await rates.getByText(/more/).count()).toBe(0);
      // Each bar is labelled 达标/适用 over the 20 classes.
      const labels = [...(await rates.innerText()).matchAll(/　(\d+)\/(\d+)/g)];
      expect(labels.length).toBeGreaterThan(0);
      for (const m of labels) expect(Number(m[2])).toBe(20);
      await shoot(page, 'ranked');
      for (const [name, region] of [
        ['score', '得分分布'],
        ['rates', '各项最低要求达标率'],
      ]) {
        await page
          .getByRole('region', { name: region })
          .screenshot({ path: path.join(SHOTS, `chart-${name}-1280.png`) });
      }
      // Resized from 1280 to 350 px: the score chart is drawn again at the new width.
      const bars = await page.getByRole('region', { name: '得分分布' }).locator('svg rect').count();
      await page.setViewportSize({ width: 350, height: 900 });
      await page.waitForTimeout(500);
      expect(await page.getByRole('region', { name: '得分分布' }).locator('svg rect').count()).toBe(bars);
      expect(await rectsOutside(page, '得分分布')).toBe(0);
      expect(await rectsOutside(page, '各项最低要求达标率')).toBe(0);
      await page.screenshot({ path: path.join(SHOTS, 'ranked-1280to350.png'), fullPage: true });
      // The charts alone, at full resolution, to be looked at.
      for (const [name, region] of [
        ['score', '得分分布'],
        ['rates', '各项最低要求达标率'],
      ]) {
        await page
          .getByRole('region', { name: region })
          .screenshot({ path: path.join(SHOTS, `chart-${name}-1280to350.png`) });
      }
      await page.setViewportSize({ width: 1280, height: 900 });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载汇总工作簿' }).click(),
      ]);
      const saved = path.join(dir, 'summary.xlsx');
      await download.saveAs(saved);
      const wb = await loadWorkbook(saved);
      const summary = tableValues(wb, '汇总表');
      const header = summary[0] as string[];
      const result = header.indexOf('结论');
      const flags = header.indexOf('标记');
      expect(summary).toHaveLength(21);
      expect(summary.slice(1).filter((r) => r[result] === '优秀')).toHaveLength(5);
      expect(summary.slice(1).filter((r) => String(r[flags]).includes(TIE_NOTE))).toHaveLength(3);
      expect(tableValues(wb, '班级明细表')).toHaveLength(21);
      expect(tableValues(wb, '汇总结果表')).toHaveLength(21);
      expect(w.errors).toEqual([]);
      expect(w.foreign).toEqual([]);
    } finally {
      await page.close();
    }
  }, 300_000);

  test('a corrupt file and a duplicate class are listed; the others are assessed', async () => {
    const bad = path.join(dir, '坏文件.xlsx');
    fs.writeFileSync(bad, 'not a workbook');
    const copy = path.join(dir, '会计01-副本.xlsx');
    fs.copyFileSync(files[0], copy);
    const page = await pane.browser.newPage({ viewport: { width: 350, height: 900 } });
    const w = await watchPage(page, 'abort');
    try {
      await page.goto(`${pane.url}/taskpane.html`, { waitUntil: 'domcontentloaded' });
      await page.getByRole('tab', { name: '汇总' }).click();
      await page.getByLabel('选择班级工作簿', { exact: true }).setInputFiles([...files.slice(0, 4), bad, copy]);
      await page.getByRole('button', { name: '开始汇总' }).click();
      const errors = page.getByRole('list', { name: '无法汇总的文件' });
      await errors.waitFor({ timeout: 120_000 });
      const items = await errors.locator('li').allInnerTexts();
      expect(items).toHaveLength(3);
      expect(items.find((t) => t.startsWith('坏文件.xlsx'))).toMatch(/损坏|不是/);
      expect(items.filter((t) => t.includes('重复'))).toHaveLength(2);
      await page.getByText('参加考核的班主任 3 人', { exact: false }).waitFor();
      await shoot(page, 'errors');
      expect(w.errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 300_000);
});
