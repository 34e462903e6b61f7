'use strict';
// Loads the one-file CLI bundle with V8's code cache (dist/bundle/bzr.cache, written at build time by
// scripts/code-cache.js after a `bzr score` run): the bytecode of every function that run used is
// taken from the cache instead of being parsed and compiled again, ~30 ms of a ~0.3 s `bzr score`.
// V8 checks the cache against its own version and flags and rejects a stale one safely (the bundle
// is then compiled as usual), but it compares only the source's length: the cache also carries the
// length and CRC-32 of the bundle it was made from, checked here. (zlib, which bzr loads anyway to
// read workbooks; crypto's SHA-256 took 7–20 ms just to load, of a ~0.3 s `bzr score`. Node before
// 20.15 has no zlib.crc32: SHA-256 there.)
const fs = require('fs');
const Module = require('module');
const path = require('path');
const vm = require('vm');
const zlib = require('zlib');

const MAGIC = 'bzr-code-cache-2\n';

function cacheFileOf(file) {
  return file.replace(/\.js$/, '.cache');
}

/** What the bundle's bytes are checked by: one line of ASCII. */
function digest(bytes) {
  if (typeof zlib.crc32 === 'function') return `crc32 ${zlib.crc32(bytes).toString(16)} ${bytes.length}`;
  return `sha256 ${require('crypto').createHash('sha256').update(bytes).digest('hex')}`;
}

/** The cached data for the bundle's `bytes`, or undefined when there is none for exactly these bytes. */
function readCache(cacheFile, bytes) {
  let buf;
  try {
    buf = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (buf.length <= MAGIC.length || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const eol = buf.indexOf(0x0a, MAGIC.length);
  if (eol < 0 || eol - MAGIC.length > 100) return undefined;
  if (buf.toString('latin1', MAGIC.length, eol) !== digest(bytes)) return undefined;
  return buf.length > eol + 1 ? buf.subarray(eol + 1) : undefined;
}

/**
 * Runs the bundle as a CommonJS module (its own require, __dirname for the worker and chunks) and
 * returns its exports and the compiled script (for createCachedData).
 */
function loadBundle(file) {
  const bytes = fs.readFileSync(file);
  const source = bytes.toString('utf8');
  const cachedData = readCache(cacheFileOf(file), bytes);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = { exports: {}, filename: file, id: file, loaded: false };
  const req = Module.createRequire(file);
  script.runInThisContext().call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
  mod.loaded = true;
  return { exports: mod.exports, script, bytes, cacheRejected: cachedData !== undefined && script.cachedDataRejected };
}

/** Writes the code cache of a script loaded (and run) by loadBundle. */
function writeCache(file, loaded) {
  const data = loaded.script.createCachedData();
  fs.writeFileSync(
    cacheFileOf(file),
    Buffer.concat([Buffer.from(MAGIC + digest(loaded.bytes) + '\n', 'latin1'), data]),
  );
  return data.length;
}

module.exports = { loadBundle, writeCache, cacheFileOf };
