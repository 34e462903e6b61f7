#!/usr/bin/env node
// Runs every bench/*.bench.ts in its own process (figures go to stdout). Not part of `npm test`.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const only = process.argv.slice(2);
const files = fs
  .readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f}`);
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join('bench', f)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json' },
  });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
