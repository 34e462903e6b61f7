// manifest.xml checked offline (no Microsoft validation service): well-formed (xmllint), every resid
// defined and short enough, the shared runtime wired to one URL, namespace BZR, requirement sets,
// zh-CN overrides, and the webpack configuration that serves and builds it.
import * as fs from 'fs';
import * as path from 'path';
import { MANIFEST, ROOT, allUrls, one, resources, runtimeWiring, stripComments, xmllint } from './helpers';

const xml = fs.readFileSync(MANIFEST, 'utf8');

describe('manifest.xml (source)', () => {
  const r = resources(xml);
  const defined = new Map<string, string>([...r.images, ...r.urls, ...r.shortStrings, ...r.longStrings]);

  test('is well-formed XML (xmllint --noout)', () => {
    expect(() => xmllint(MANIFEST)).not.toThrow();
  });

  test('has a fixed GUID id, a four-part version and no external SupportUrl/AppDomains', () => {
    expect(one(xml, /<Id>([^<]+)<\/Id>/)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(one(xml, /<Version>([^<]+)<\/Version>/)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(stripComments(xml)).not.toMatch(/<SupportUrl|<AppDomains/);
    for (const url of allUrls(xml)) expect(url.startsWith('https://localhost:3000/')).toBe(true);
  });

  test('every resid is defined, unique and at most 32 characters', () => {
    const used = [...stripComments(xml).matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) {
      expect(defined.has(id)).toBe(true);
      expect(id.length).toBeLessThanOrEqual(32);
    }
    const all = [...r.images.keys(), ...r.urls.keys(), ...r.shortStrings.keys(), ...r.longStrings.keys()];
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id.length).toBeLessThanOrEqual(32);
  });

  test('strings fit their limits (short ≤ 125, long ≤ 250 characters), overrides included', () => {
    for (const [map, max] of [
      [r.shortStrings, 125],
      [r.longStrings, 250],
    ] as Array<[Map<string, string>, number]>) {
      for (const [id, value] of map) {
        expect(value.length).toBeLessThanOrEqual(max);
        for (const v of r.overrides.get(id)?.values() ?? []) expect(v.length).toBeLessThanOrEqual(max);
      }
    }
    expect(one(xml, /<DisplayName DefaultValue="([^"]+)"/).length).toBeLessThanOrEqual(125);
    expect(one(xml, /<Description DefaultValue="([^"]+)"/).length).toBeLessThanOrEqual(250);
  });

  test('one shared runtime: Runtime, Page, FunctionFile and the ribbon button use the task pane URL', () => {
    const w = runtimeWiring(xml);
    expect(new Set([w.runtime, w.page, w.functionFile, w.showTaskpane])).toEqual(new Set([w.runtime]));
    expect(r.urls.get(w.runtime)).toBe('https://localhost:3000/taskpane.html');
    expect(one(xml, /<DefaultSettings>\s*<SourceLocation DefaultValue="([^"]+)"/)).toBe(r.urls.get(w.runtime));
    expect(r.urls.get(w.script)).toBe('https://localhost:3000/functions.js');
    expect(stripComments(xml)).toMatch(/<OfficeTab id="TabHome">/);
    expect(stripComments(xml)).toMatch(/<Control xsi:type="Button"/);
  });

  test('custom functions: namespace BZR, metadata with a zh-CN override to functions.zh-CN.json', () => {
    const w = runtimeWiring(xml);
    expect(r.shortStrings.get(w.namespace)).toBe('BZR');
    expect(r.urls.get(w.metadata)).toBe('https://localhost:3000/functions.json');
    expect(r.overrides.get(w.metadata)?.get('zh-CN')).toBe('https://localhost:3000/functions.zh-CN.json');
  });

  test('requirement sets: SharedRuntime 1.1, CustomFunctionsRuntime, ExcelApi 1.9', () => {
    const sets = new Map(
      [...stripComments(xml).matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\s*\/>/g)].map((m) => [m[1], m[2]]),
    );
    expect(sets.get('SharedRuntime')).toBe('1.1');
    expect(sets.get('CustomFunctionsRuntime')).toBe('1.1');
    expect(sets.get('ExcelApi')).toBe('1.9');
  });

  test('every display string has a zh-CN override', () => {
    const body = stripComments(xml);
    expect(body).toMatch(/<DisplayName DefaultValue="[^"]+">\s*<Override Locale="zh-CN" Value="[^"]+"\s*\/>/);
    expect(body).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="zh-CN" Value="[^"]+"\s*\/>/);
    const w = runtimeWiring(xml);
    for (const id of [...r.shortStrings.keys(), ...r.longStrings.keys()]) {
      if (id === w.namespace) continue; // BZR in every language: formulas must read the same
      expect(r.overrides.get(id)?.get('zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test('ribbon icons at 16/32/80 and IconUrl 32 / HighResolutionIconUrl 64 name real PNGs of that size', () => {
    const sizes = [...stripComments(xml).matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\s*\/>/g)];
    expect(new Set(sizes.map((m) => m[1]))).toEqual(new Set(['16', '32', '80']));
    const check = (url: string, size: number) => {
      const file = path.join(ROOT, url.replace('https://localhost:3000/', ''));
      const png = fs.readFileSync(file);
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    };
    for (const m of sizes) check(r.images.get(m[2]) as string, Number(m[1]));
    check(one(xml, /<IconUrl DefaultValue="([^"]+)"/), 32);
    check(one(xml, /<HighResolutionIconUrl DefaultValue="([^"]+)"/), 64);
  });
});

describe('webpack.config.js', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require('../../webpack.config.js') as (env: object, argv: object) => Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

  test('builds boot, then functions before the task pane into dist-web/, with ES modules for code splitting and no eval', async () => {
    const c = await factory({}, { mode: 'development' });
    // boot.js is written into the page's <head> by hand (it decides how office.js loads); the HTML plugin
    // injects only the two deferred entries.
    expect(Object.keys(c.entry)).toEqual(['boot', 'functions', 'taskpane']);
    expect(c.output.path).toBe(path.join(ROOT, 'dist-web'));
    expect(c.devtool).not.toMatch(/eval/);
    const ts = c.module.rules.find((rule: { test: RegExp }) => rule.test.test('x.tsx'));
    expect(ts.use.options.compilerOptions.module).toBe('esnext');
    const html = c.plugins.find((p: object) => p.constructor.name === 'HtmlWebpackPlugin');
    expect(html.userOptions.chunks).toEqual(['functions', 'taskpane']);
    expect(html.userOptions.chunksSortMode).toBe('manual');
  });

  test('dev server: port 3000, plain HTTP with --env http', async () => {
    const c = await factory({ WEBPACK_SERVE: true, http: true }, { mode: 'development' });
    expect(c.devServer.port).toBe(3000);
    expect(c.devServer.server).toEqual({ type: 'http' });
  });
});
