#!/usr/bin/env node
// `npm start`: builds the command line if needed, writes a sample class workbook, prints its
// `bzr score` report, then serves the add-in (task pane + custom functions) on port 3000: over HTTPS
// for Excel when Office's development certificate can be made, otherwise over HTTP for the stand-alone
// browser mode. `npm start -- --no-serve` stops after the report.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const SAMPLE_DIR = path.join(root, 'build', 'sample');
const SAMPLE_FILE = path.join(SAMPLE_DIR, '示例班级.xlsx');

/** Newest modification time of the files below dir (0 when it does not exist). */
function newest(dir) {
  if (!fs.existsSync(dir)) return 0;
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Compiles src/ to dist/ (tsc -p tsconfig.build.json) when the compiled CLI is missing or older than src/. */
function ensureBuilt() {
  const needed = ['cli/index.js', 'sample/index.js', 'xlsx/index.js'].map((f) => path.join(root, 'dist', f));
  const built = needed.every((f) => fs.existsSync(f)) ? Math.min(...needed.map((f) => fs.statSync(f).mtimeMs)) : 0;
  if (built > 0 && built >= newest(path.join(root, 'src'))) return;
  console.log('正在编译命令行工具（tsc -p tsconfig.build.json）…');
  const tsc = require.resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('编译失败（tsc -p tsconfig.build.json），请查看上面的错误信息。');
}

/**
 * Writes build/sample/示例班级.xlsx (when missing, or always with { force: true }) from the
 * deterministic sample class, and returns its path.
 */
async function writeSample({ force = false, file = SAMPLE_FILE, students = 40, semesterStart = '2026-09-07' } = {}) {
  ensureBuilt();
  if (!force && fs.existsSync(file)) return file;
  const { sampleClass } = require('../dist/sample/index.js');
  const { createWorkbook, saveWorkbook } = require('../dist/xlsx/index.js');
  const { dayFromYMD } = require('../dist/rules/days.js');
  const [y, m, d] = semesterStart.split('-').map(Number);
  const sample = sampleClass({ students, semesterStart: dayFromYMD(y, m, d) });
  const wb = await createWorkbook(sample.options, sample.rows);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await saveWorkbook(wb, file);
  return file;
}

/** Prints the human-readable `bzr score` report of a workbook; resolves to the exit status. */
async function printReport(file) {
  const { main } = require('../dist/cli/index.js');
  return main(['score', file]);
}

/** The sample part of `npm start`: build, write the sample if missing, print its report. */
async function runSample(options) {
  const file = await writeSample(options);
  console.log(`示例工作簿：${path.relative(root, file)}\n`);
  return printReport(file);
}

/** The lines printed before serving: only the address that will answer (https, or http after the fallback). */
function serveBanner(protocol) {
  const url = `${protocol}://localhost:3000/taskpane.html`;
  const lines = ['', '正在启动加载项开发服务器（端口 3000）……'];
  if (protocol === 'https') {
    lines.push(
      '· 在 Excel 中使用：旁加载 manifest.xml（“插入 → 加载项 → 上传我的加载项”），在“开始”选项卡的“班主任记录 (BZR)”组中点击按钮打开任务窗格。',
    );
  } else {
    lines.push(
      '· 未能使用开发证书，本次只提供 HTTP：Excel 需要 HTTPS（运行 npx office-addin-dev-certs install 后重新 npm start）。',
    );
  }
  lines.push(
    `· 没有 Excel：在浏览器中打开 ${url} ，即为独立模式：可打开本机的 .xlsx 工作簿（只在浏览器内读取和修改，不会上传）、新建空白工作簿或查看示例班级。`,
    '按 Ctrl+C 停止。',
    '',
  );
  return lines.join('\n');
}

/** 'https' when Office's development certificate can be made (within 60 s), else 'http'. */
async function chooseProtocol() {
  if (process.argv.includes('--http')) return 'http';
  try {
    const devCerts = require('office-addin-dev-certs');
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 60_000).unref());
    await Promise.race([devCerts.getHttpsServerOptions(), timeout]);
    return 'https';
  } catch {
    return 'http';
  }
}

/** Serves the add-in with webpack's dev server until interrupted. */
async function serve() {
  const protocol = await chooseProtocol();
  console.log(serveBanner(protocol));
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const args = [webpackCli, 'serve', '--mode', 'development', ...(protocol === 'http' ? ['--env', 'http'] : [])];
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  return r.status ?? 0;
}

module.exports = { ensureBuilt, writeSample, printReport, runSample, serve, serveBanner, chooseProtocol, SAMPLE_FILE };

if (require.main === module) {
  const noServe = process.argv.includes('--no-serve');
  runSample().then(
    (code) => {
      process.exitCode = code;
      if (code === 0 && !noServe) return serve().then((c) => (process.exitCode = c));
    },
    (e) => {
      console.error(e && e.message ? e.message : e);
      process.exitCode = 1;
    },
  );
}
