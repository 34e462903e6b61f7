#!/usr/bin/env node
// Makes functions.zh-CN.json from the generated functions.json and src/functions/zh-CN.json.
// Office picks one custom-functions metadata file per locale (bt:Override on the metadata URL);
// the files must keep identical ids, names, types and parameter order, so this copies the English
// file and replaces only the descriptions. A missing or extra translation is an error, so that a
// new function or parameter cannot ship without its Chinese text.
// Used by webpack.config.js (LocaleMetadataPlugin) and the tests; also runnable by hand:
//   node scripts/build-locale-metadata.js dist-web/functions.json dist-web/functions.zh-CN.json
'use strict';
const fs = require('fs');
const path = require('path');

const TRANSLATIONS = path.join(__dirname, '..', 'src', 'functions', 'zh-CN.json');

/** Returns { json, errors }: the localized metadata text and every problem found. */
function localizeMetadata(enText, translations) {
  const errors = [];
  const meta = JSON.parse(enText);
  const seen = new Set();
  for (const fn of meta.functions || []) {
    const t = translations[fn.id];
    seen.add(fn.id);
    if (!t || typeof t.description !== 'string' || t.description.trim() === '') {
      errors.push(`zh-CN: no Chinese description for function ${fn.id}`);
      continue;
    }
    fn.description = t.description;
    const params = t.parameters || {};
    const names = new Set();
    for (const p of fn.parameters || []) {
      names.add(p.name);
      const d = params[p.name];
      if (typeof d !== 'string' || d.trim() === '')
        errors.push(`zh-CN: no Chinese description for ${fn.id}(${p.name})`);
      else p.description = d;
    }
    for (const name of Object.keys(params)) {
      if (!names.has(name)) errors.push(`zh-CN: ${fn.id} has no parameter ${name} (stale translation)`);
    }
  }
  for (const id of Object.keys(translations)) {
    if (!seen.has(id)) errors.push(`zh-CN: no function ${id} in the metadata (stale translation)`);
  }
  return { json: JSON.stringify(meta, null, 4), errors };
}

function loadTranslations(file = TRANSLATIONS) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

module.exports = { localizeMetadata, loadTranslations, TRANSLATIONS };

if (require.main === module) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: node scripts/build-locale-metadata.js functions.json functions.zh-CN.json');
    process.exit(2);
  }
  const { json, errors } = localizeMetadata(fs.readFileSync(input, 'utf8'), loadTranslations());
  if (errors.length) {
    for (const e of errors) console.error(e);
    process.exit(1);
  }
  fs.writeFileSync(output, json);
}
