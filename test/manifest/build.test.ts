// The production build, made here into a temporary folder: what the built manifest names is emitted,
// no localhost is left, exceljs stays out of the functions and task pane chunks, the page's CSP and
// script order are right, the initial JavaScript stays within its budget, and functions.zh-CN.json
// mirrors functions.json.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { ROOT, allUrls, resources, runtimeWiring, stripComments, xmllint } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata, loadTranslations } = require('../../scripts/build-locale-metadata') as {
  localizeMetadata: (en: string, t: unknown) => { json: string; errors: string[] };
  loadTranslations: () => unknown;
};

const URL_BASE = 'https://example.org/bzr/';
const CSP =
  "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;";
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

interface StatsModule {
  name?: string;
  identifier?: string;
  modules?: StatsModule[];
}
interface Stats {
  errors: unknown[];
  chunks: Array<{ id: string | number; names: string[]; initial: boolean; files: string[]; modules?: StatsModule[] }>;
}

let out: string;
let stats: Stats;
const read = (f: string) => fs.readFileSync(path.join(out, f), 'utf8');

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-web-'));
  const statsFile = path.join(out, '..', `${path.basename(out)}-stats.json`);
  const r = spawnSync(
    process.execPath,
    [
      require.resolve('webpack-cli/bin/cli.js'),
      '--mode',
      'production',
      '--env',
      `url=${URL_BASE}`,
      '--output-path',
      out,
      `--json=${statsFile}`,
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`webpack failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  stats = JSON.parse(fs.readFileSync(statsFile, 'utf8'));
  fs.rmSync(statsFile, { force: true });
}, 300_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

test('the build has no errors', () => {
  expect(stats.errors).toEqual([]);
});

test('the built manifest is well-formed, has no localhost, and every URL names an emitted file', () => {
  const file = path.join(out, 'manifest.xml');
  expect(() => xmllint(file)).not.toThrow();
  const xml = read('manifest.xml');
  expect(xml).not.toMatch(/localhost/);
  const urls = allUrls(xml);
  expect(urls.length).toBeGreaterThan(8);
  for (const url of urls) {
    expect(url.startsWith(URL_BASE)).toBe(true);
    expect(fs.existsSync(path.join(out, url.slice(URL_BASE.length)))).toBe(true);
  }
  const w = runtimeWiring(xml);
  expect(resources(xml).urls.get(w.runtime)).toBe(`${URL_BASE}taskpane.html`);
});

test('the page: strict CSP, boot.js (which loads office.js) before functions.js and taskpane.js, no inline script', () => {
  const html = read('taskpane.html');
  const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html);
  expect(csp?.[1]).toBe(CSP);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  // boot.js is blocking in <head> (it writes office.js in, blocking, inside Office: Microsoft's
  // "reference office.js inside <head>"); functions.js and taskpane.js are deferred, so they run after it.
  expect(scripts.map((m) => /src="?([^"\s>]+)/.exec(m[1])?.[1])).toEqual(['boot.js', 'functions.js', 'taskpane.js']);
  expect(scripts[0][1]).not.toMatch(/\b(defer|async)\b/);
  expect(html.indexOf('boot.js')).toBeLessThan(html.indexOf('</head>'));
  for (const m of scripts.slice(1)) expect(m[1]).toMatch(/\bdefer\b/);
  for (const m of scripts) expect(m[2].trim()).toBe('');
  expect(read('boot.js')).toContain(OFFICE_JS);
  // Nothing external in the page itself: every URL is relative (office.js comes through boot.js).
  const external = [...stripComments(html).matchAll(/(?:src|href)="?(https?:[^"\s>]+)/g)].map((m) => m[1]);
  expect(external).toEqual([]);
});

function moduleNames(modules: StatsModule[] = []): string[] {
  return modules.flatMap((m) => [m.name ?? m.identifier ?? '', ...moduleNames(m.modules)]);
}

test('exceljs is in neither the functions chunk nor the task pane chunk; React is not in functions.js', () => {
  const initial = stats.chunks.filter((c) => c.initial);
  expect(initial.flatMap((c) => c.names).sort()).toEqual(['boot', 'functions', 'taskpane']);
  for (const c of initial) {
    const names = moduleNames(c.modules);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => /node_modules[\\/]exceljs/.test(n))).toEqual([]);
    if (c.names.includes('functions'))
      expect(names.filter((n) => /node_modules[\\/](react|@fluentui)/.test(n))).toEqual([]);
  }
  for (const f of ['functions.js', 'taskpane.js'])
    expect(read(f)).not.toMatch(/\[Content_Types\]\.xml|xl\/workbook\.xml/);
});

// Issue 10: the pane's initial JavaScript ≤ 200 KB gzipped. The first screen shows no form until a
// workbook is open, so the 录入 view, its Fluent combobox and the records reader are lazy chunks.
test('initial JS ≤ 200 KB gzipped; the 录入 form and the records reader are not in it', () => {
  const gz = ['boot.js', 'functions.js', 'taskpane.js'].map(
    (f) => zlib.gzipSync(fs.readFileSync(path.join(out, f)), { level: 9 }).length,
  );
  expect(gz.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(200 * 1024);
  const pane = stats.chunks.find((c) => c.initial && c.names.includes('taskpane'));
  const names = moduleNames(pane?.modules);
  expect(names.length).toBeGreaterThan(0);
  for (const lazy of [/taskpane[\\/]entry[\\/]EntryView/, /records[\\/](parse|judge)\.ts/, /react-combobox/])
    expect(names.filter((n) => lazy.test(n))).toEqual([]);
  const entry = stats.chunks.find((c) => c.names.includes('view-entry'));
  expect(moduleNames(entry?.modules).some((n) => /taskpane[\\/]entry[\\/]EntryView/.test(n))).toBe(true);
});

test('functions.js registers every function; functions.zh-CN.json mirrors functions.json with Chinese text', () => {
  const en = read('functions.json');
  const js = read('functions.js');
  for (const f of JSON.parse(en).functions as Array<{ id: string }>) {
    expect(js).toContain(`CustomFunctions.associate("${f.id}"`);
  }
  const { json, errors } = localizeMetadata(en, loadTranslations());
  expect(errors).toEqual([]);
  expect(JSON.parse(read('functions.zh-CN.json'))).toEqual(JSON.parse(json));
});

// The built task pane in a real browser, without Excel (the stand-alone mode of `npm start`): it shows the
// sample class, judges an .xlsx chosen from disk in the browser, and talks to no host but its own and
// office.js's CDN. Needs Debian's chromium; in CI it must be there.
describe('the built task pane in Chromium (stand-alone mode)', () => {
  const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
  const hasChromium = fs.existsSync(CHROMIUM);
  if (!hasChromium && process.env.CI) throw new Error(`chromium is missing (${CHROMIUM}): apt-get install -y chromium`);
  const maybe = hasChromium ? test : test.skip;
  if (!hasChromium) console.warn(`chromium not installed (${CHROMIUM}); skipping the browser test of the task pane`);

  maybe(
    'shows the sample class, judges a local workbook, and requests nothing from other hosts',
    async () => {
      const http = await import('http');
      const { chromium } = await import('playwright-core');
      const { createWorkbook, writeWorkbookBuffer } = await import('../../src/xlsx');
      const { dayFromYMD } = await import('../../src/rules/days');

      const types: Record<string, string> = {
        '.html': 'text/html',
        '.js': 'text/javascript',
        '.json': 'application/json',
      };
      const server = http.createServer((req, res) => {
        const file = path.join(out, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
        if (!file.startsWith(out) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
        fs.createReadStream(file).pipe(res);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as { port: number }).port;

      // An empty class workbook (no records): it must come out 不合格 with the reasons.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-pane-'));
      const upload = path.join(dir, '空白班级.xlsx');
      const wb = await createWorkbook({
        className: '电商2402',
        advisor: '李老师',
        academicYear: '2026-2027',
        semester: 1,
        semesterStart: dayFromYMD(2026, 9, 7),
      });
      fs.writeFileSync(upload, await writeWorkbookBuffer(wb));

      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      const foreign: string[] = [];
      const pageErrors: string[] = [];
      try {
        const page = await browser.newPage({ viewport: { width: 400, height: 900 } });
        page.on('pageerror', (e) => pageErrors.push(String(e)));
        await page.route(/^https?:\/\//, (route) => {
          const url = new URL(route.request().url());
          if (url.hostname === '127.0.0.1') return route.continue();
          if (url.origin === new URL(OFFICE_JS).origin) {
            // office.js and the files it loads, served from @microsoft/office-js as the CDN would.
            const m = /^\/lib\/1\/hosted\/(.+)$/.exec(url.pathname);
            const file = m && path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist', m[1]);
            if (file && fs.existsSync(file)) return route.fulfill({ path: file, contentType: 'text/javascript' });
            return route.abort();
          }
          foreign.push(url.href);
          return route.abort();
        });
        await page.goto(`http://127.0.0.1:${port}/taskpane.html`, { waitUntil: 'domcontentloaded' });

        // The sample is made on request (the stand-alone start does not load exceljs).
        await page.getByRole('button', { name: '查看示例班级' }).click();
        await page.getByText('数据来源：示例班级', { exact: false }).waitFor({ timeout: 60_000 });
        await page.getByRole('tab', { name: '结果' }).click();
        await page.getByText('会计2301', { exact: false }).first().waitFor({ timeout: 30_000 }); // a lazy view
        const body = (await page.textContent('body')) ?? '';
        expect(body).toContain('独立模式');
        expect(body).toContain('会计2301');
        for (const name of ['班会', '谈心', '班级活动', '走访宿舍', '联系家长']) expect(body).toContain(name);
        expect(body).toMatch(/合格\s*\d+\s*分/);

        await page.locator('input[type=file]').setInputFiles(upload);
        await page.getByText('数据来源：空白班级.xlsx', { exact: false }).waitFor({ timeout: 60_000 });
        await page.getByText('电商2402', { exact: false }).first().waitFor({ timeout: 30_000 });
        const judged = (await page.textContent('body')) ?? '';
        expect(judged).toContain('电商2402');
        expect(judged).toContain('不合格');
        expect(judged).toContain('学生名册为空');
        expect(pageErrors).toEqual([]);
      } finally {
        await browser.close();
        server.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
      expect(foreign).toEqual([]);
    },
    180_000,
  );
});
