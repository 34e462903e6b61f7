// Serving the BUILT pane (dist-web/, `npm run build`) to Debian's Chromium through playwright-core
// (TOOLING “Tests”). office.js is served from @microsoft/office-js as its CDN would, or refused, or
// delayed; nothing else outside 127.0.0.1 may be requested.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';

export const ROOT = path.join(__dirname, '..', '..');
export const WEB = path.join(ROOT, 'dist-web');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
const OFFICE_ORIGIN = 'https://appsforoffice.microsoft.com';

/** Builds dist-web/ when it is missing (npm run build). */
export function ensureWebBuild(): void {
  if (fs.existsSync(path.join(WEB, 'taskpane.html'))) return;
  const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
}

export async function serveWeb(): Promise<{ url: string; close(): void }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = http.createServer((req, res) => {
    const file = path.join(WEB, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(WEB) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
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
}

/** The built pane served and one Chromium, for the tests of the describe block that calls this. */
export interface BuiltPane {
  browser: Browser;
  /** Where dist-web/ is served (http://127.0.0.1:port). */
  url: string;
}

/** Builds (when missing) and serves the pane and launches Chromium before the block; closes both after it. */
export function useBuiltPane(): BuiltPane {
  const pane = {} as BuiltPane;
  let web: { url: string; close(): void } | undefined;
  beforeAll(async () => {
    ensureWebBuild();
    web = await serveWeb();
    pane.url = web.url;
    pane.browser = await launch();
  }, 400_000);
  afterAll(async () => {
    await pane.browser?.close();
    web?.close();
  });
  return pane;
}

export interface Watch {
  foreign: string[];
  requested: string[];
  errors: string[];
}

/** Routes office.js ('serve', 'abort', or a delay in ms before serving) and records every request. */
export async function watchPage(page: Page, officeJs: 'serve' | 'abort' | number): Promise<Watch> {
  const w: Watch = { foreign: [], requested: [], errors: [] };
  page.on('pageerror', (e) => w.errors.push(String(e)));
  await page.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    w.requested.push(url.pathname);
    if (url.hostname === '127.0.0.1') return route.continue();
    if (url.origin === OFFICE_ORIGIN) {
      if (officeJs === 'abort') return route.abort();
      if (typeof officeJs === 'number') await new Promise((r) => setTimeout(r, officeJs));
      const m = /^\/lib\/1\/hosted\/(.+)$/.exec(url.pathname);
      const file = m && path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist', m[1]);
      if (file && fs.existsSync(file)) return route.fulfill({ path: file, contentType: 'text/javascript' });
      return route.abort();
    }
    w.foreign.push(url.href);
    return route.abort();
  });
  return w;
}

/** Sizes of the lazy chunks the page fetched (bytes on disk). */
export function chunkSizes(requested: readonly string[]): number[] {
  return requested.filter((p) => p.startsWith('/chunks/')).map((p) => fs.statSync(path.join(WEB, p)).size);
}
