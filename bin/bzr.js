#!/usr/bin/env node
'use strict';
// The compiled CLI (built by `npm ci` through the prepare script): the one-file bundle
// (webpack.cli.js; loads ~40 ms faster, with its code cache ~30 ms more: ./load-bundle) when it is
// at least as new as tsc's dist/cli, else dist/cli (which the tests recompile on their own when src/
// changes).
const fs = require('fs');
const path = require('path');

const dist = path.join(__dirname, '..', 'dist');
const mtime = (f) => fs.statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundle = path.join(dist, 'bundle', 'bzr.js');
const compiled = path.join(dist, 'cli', 'index.js');
const cli = mtime(bundle) >= mtime(compiled) ? require('./load-bundle').loadBundle(bundle).exports : require(compiled);
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
