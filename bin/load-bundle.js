'use strict';
// Loads the one-file CLI bundle with V8's code cache (dist/bundle/bzr.cache, written at build time by
// scripts/code-cache.js after a `bzr score` run): the bytecode of every function that run used is
// taken from the cache instead of being parsed and compiled again, ~30 ms of a ~0.3 s `bzr score`.
// V8 checks the cache against its own version and flags and rejects a stale one safely (the bundle
// is then compiled as usual), but it compares only the source's length: the cache also carries a
// SHA-256 of the bundle it was made from, checked here.
const crypto = require('crypto');
const fs = require('fs');
const Module = require('module');
const path = require('path');
const vm = require('vm');

const MAGIC = 'bzr-code-cache-1\n';

function cacheFileOf(file) {
  return file.replace(/\.js$/, '.cache');
}

function digest(source) {
  return crypto.createHash('sha256').update(source).digest('hex');
}

/** The cached data for `source`, or undefined when there is none for exactly this source. */
function readCache(cacheFile, source) {
  let buf;
  try {
    buf = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const head = MAGIC.length + 65; // magic, 64 hex digits, '\n'
  if (buf.length <= head || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  if (buf.toString('latin1', MAGIC.length, head - 1) !== digest(source)) return undefined;
  return buf.subarray(head);
}

/**
 * Runs the bundle as a CommonJS module (its own require, __dirname for the worker and chunks) and
 * returns its exports and the compiled script (for createCachedData).
 */
function loadBundle(file) {
  const source = fs.readFileSync(file, 'utf8');
  const cachedData = readCache(cacheFileOf(file), source);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = { exports: {}, filename: file, id: file, loaded: false };
  const req = Module.createRequire(file);
  script.runInThisContext().call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
  mod.loaded = true;
  return { exports: mod.exports, script, source, cacheRejected: cachedData !== undefined && script.cachedDataRejected };
}

/** Writes the code cache of a script loaded (and run) by loadBundle. */
function writeCache(file, loaded) {
  const data = loaded.script.createCachedData();
  fs.writeFileSync(
    cacheFileOf(file),
    Buffer.concat([Buffer.from(MAGIC + digest(loaded.source) + '\n', 'latin1'), data]),
  );
  return data.length;
}

module.exports = { loadBundle, writeCache, cacheFileOf };
