// bin/load-bundle.js: the CLI bundle loaded with V8's code cache. The cache is used only for exactly
// the source it was made from (V8 itself compares only the source's length), and the module runs the
// same with or without it.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { tmpDir } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadBundle, writeCache, cacheFileOf } = require('../../bin/load-bundle') as {
  loadBundle: (file: string) => {
    exports: { main: (n: number) => number };
    cacheRejected: boolean;
    script: { cachedDataRejected?: boolean };
  };
  writeCache: (file: string, loaded: unknown) => number;
  cacheFileOf: (file: string) => string;
};

const source = (k: number): string =>
  `'use strict';\nconst path = require('path');\nexports.main = (n) => n * ${k} + path.basename(__dirname).length * 0;\n`;

it('uses the cache for the same source, ignores it for a changed source of the same length', () => {
  const dir = tmpDir();
  const file = path.join(dir, 'bundle.js');
  fs.writeFileSync(file, source(2));
  const first = loadBundle(file); // no cache yet: compiled as usual
  expect(first.exports.main(21)).toBe(42);
  expect(first.script.cachedDataRejected).toBeUndefined();
  expect(writeCache(file, first)).toBeGreaterThan(0);
  expect(fs.existsSync(cacheFileOf(file))).toBe(true);

  const again = loadBundle(file);
  expect(again.exports.main(21)).toBe(42);
  expect(again.script.cachedDataRejected).toBe(false); // accepted by V8

  // Same length, different code: the CRC-32 check refuses the cache before V8 sees it.
  fs.writeFileSync(file, source(3));
  const changed = loadBundle(file);
  expect(changed.script.cachedDataRejected).toBeUndefined();
  expect(changed.exports.main(21)).toBe(63);
});

it('a damaged or foreign cache file is ignored', () => {
  const dir = tmpDir();
  const file = path.join(dir, 'bundle.js');
  fs.writeFileSync(file, source(5));
  fs.writeFileSync(cacheFileOf(file), 'not a cache');
  expect(loadBundle(file).exports.main(2)).toBe(10);
  fs.writeFileSync(cacheFileOf(file), Buffer.alloc(0));
  expect(loadBundle(file).exports.main(3)).toBe(15);
  // The right header over damaged data: V8 rejects the data itself and compiles as usual. In a fresh
  // process: within one, V8 finds the source in its own compilation cache and never reads the data.
  writeCache(file, loadBundle(file));
  const cache = fs.readFileSync(cacheFileOf(file));
  const head = cache.indexOf(0x0a, cache.indexOf(0x0a) + 1) + 1;
  cache.fill(0x55, head + 8);
  fs.writeFileSync(cacheFileOf(file), cache);
  const loader = path.join(__dirname, '..', '..', 'bin', 'load-bundle.js');
  const r = spawnSync(
    process.execPath,
    [
      '-e',
      `const l = require(${JSON.stringify(loader)}).loadBundle(process.argv[1]); console.log(l.cacheRejected, l.exports.main(4))`,
      file,
    ],
    { encoding: 'utf8' },
  );
  expect(r.stdout.trim()).toBe('true 20');
});

it('checks the bundle without loading crypto (7–20 ms of a bzr start)', () => {
  const dir = tmpDir();
  const file = path.join(dir, 'bundle.js');
  fs.writeFileSync(file, source(7));
  writeCache(file, loadBundle(file));
  const loader = path.join(__dirname, '..', '..', 'bin', 'load-bundle.js');
  // A script file, not `node -e`: -e itself loads crypto.
  const script = path.join(dir, 'run.js');
  fs.writeFileSync(
    script,
    `const l = require(${JSON.stringify(loader)}).loadBundle(process.argv[2]);\n` +
      `console.log(l.script.cachedDataRejected, l.exports.main(1), process.moduleLoadList.includes('NativeModule crypto'));\n`,
  );
  const r = spawnSync(process.execPath, [script, file], { encoding: 'utf8' });
  // Node before 20.15 has no zlib.crc32, and takes SHA-256 from crypto.
  expect(r.stdout.trim()).toBe(`false 7 ${typeof zlib.crc32 !== 'function'}`);
});
