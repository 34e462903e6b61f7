#!/usr/bin/env node
// Build step (after webpack.cli.js): runs `bzr score` on a generated class workbook (60 students,
// 800 records, as a teacher's workbook is late in the term) inside this process through
// bin/load-bundle.js, then saves V8's code cache of the bundle beside it (dist/bundle/bzr.cache).
// `bzr` works the same without the file; it only starts faster with it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { loadBundle, writeCache } = require('../bin/load-bundle');

const root = path.join(__dirname, '..');
const bundle = path.join(root, 'dist', 'bundle', 'bzr.js');

async function main() {
  const { sampleClass } = require(path.join(root, 'dist', 'sample'));
  const { dayFromYMD } = require(path.join(root, 'dist', 'rules', 'days'));
  const { createWorkbook, saveWorkbook } = require(path.join(root, 'dist', 'xlsx'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-code-cache-'));
  try {
    const sample = sampleClass({ students: 60, records: 800, semesterStart: dayFromYMD(2026, 9, 7) });
    const file = path.join(dir, 'class.xlsx');
    await saveWorkbook(await createWorkbook(sample.options, sample.rows), file);
    const loaded = loadBundle(bundle);
    const quiet = { write: process.stdout.write };
    process.stdout.write = () => true; // the report is not wanted here
    let code;
    try {
      code = await loaded.exports.main(['score', file]);
      await loaded.exports.main(['score', file, '--json']);
    } finally {
      process.stdout.write = quiet.write;
    }
    if (code !== 0) throw new Error(`bzr score exited ${code}`);
    const bytes = writeCache(bundle, loaded);
    console.log(`code cache: ${(bytes / 1024).toFixed(0)} KB for ${path.relative(root, bundle)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  // Not fatal: bzr runs without the cache.
  console.error(`code cache not written: ${e.message}`);
});
