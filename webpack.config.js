/* eslint-disable no-console */
// Builds the Excel add-in: the task pane and the custom functions in ONE shared runtime
// (manifest.xml: Runtime lifetime="long"; the custom functions Page and the FunctionFile are taskpane.html).
//
//   npm run build                                        production build into dist-web/
//   npm run build -- --env url=https://example.org/bzr/  … with every https://localhost:3000/ in the
//                                                        manifest replaced by the deployment URL
//   npm run build:dev                                    development build (manifest keeps localhost)
//   npm run dev-server                                   https://localhost:3000/ for Excel (dev certificates)
//   npm run dev-server -- --env http                     http://localhost:3000/ for the stand-alone browser mode
//
// dist/ is the command line's tsc output; the web build goes to dist-web/ (or --output-path).
'use strict';
const path = require('path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { localizeMetadata, loadTranslations, TRANSLATIONS } = require('./scripts/build-locale-metadata');
const { finishMetadata } = require('./scripts/functions-metadata');

const DEV_URL = 'https://localhost:3000/';
/** Every occurrence, not only the first (the Office template's replace() changes only the first). */
const DEV_URL_RE = /https:\/\/localhost:3000\//g;
/** Used when a production build is given no URL: obviously not deployable, and a warning says so. */
const PLACEHOLDER_URL = 'https://bzr.example.invalid/';
const PORT = 3000;
const FUNCTIONS_INPUT = './src/functions/functions.ts';

/** The deployment URL of a production build, always ending with '/'. */
function productionUrl(env) {
  const given = typeof env.url === 'string' && env.url !== '' ? env.url : process.env.BZR_PUBLIC_URL;
  if (!given) {
    console.warn(
      `[bzr] 未指定部署地址：manifest.xml 使用占位地址 ${PLACEHOLDER_URL}。部署前请用 npm run build -- --env url=https://你的服务器/路径/ 重新构建。\n` +
        `[bzr] No deployment URL given: the manifest uses the placeholder ${PLACEHOLDER_URL}. Rebuild with --env url=https://your.server/path/ before deploying.`,
    );
    return PLACEHOLDER_URL;
  }
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`[bzr] --env url=${given} 不是有效的网址 / is not a valid URL (e.g. https://example.org/bzr/)`);
  }
  if (url.protocol !== 'https:') {
    console.warn(`[bzr] ${given}: Office 只加载 HTTPS 地址的加载项 / Office loads add-ins over HTTPS only.`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * Completes functions.json (allowErrorForDataTypeAny, see scripts/functions-metadata.js) and emits
 * functions.zh-CN.json next to it: same ids, types, order and top-level flags, Chinese descriptions.
 */
class LocaleMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LocaleMetadataPlugin', (compilation) => {
      compilation.fileDependencies.add(path.resolve(TRANSLATIONS));
      compilation.hooks.processAssets.tap(
        { name: 'LocaleMetadataPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const en = compilation.getAsset('functions.json');
          if (!en) return; // the metadata plugin already reported why
          const finished = finishMetadata(en.source.source().toString());
          compilation.updateAsset('functions.json', new webpack.sources.RawSource(finished));
          const { json, errors } = localizeMetadata(finished, loadTranslations());
          for (const e of errors) compilation.errors.push(new webpack.WebpackError(e));
          compilation.emitAsset('functions.zh-CN.json', new webpack.sources.RawSource(json));
        },
      );
    });
  }
}

/** Dev certificates for https://localhost:3000; null (→ plain HTTP) when they cannot be made. */
async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const timeout = new Promise((_, reject) =>
      setTimeout(() => reject(new Error('timed out after 60 s')), 60_000).unref(),
    );
    const o = await Promise.race([devCerts.getHttpsServerOptions(), timeout]);
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (e) {
    console.warn(
      `[bzr] 无法创建或安装开发证书（${e && e.message ? e.message : e}），改用 http://localhost:${PORT}/ 。` +
        `Excel 需要 HTTPS：请运行 npx office-addin-dev-certs install 后重试；浏览器独立模式可直接使用 HTTP。\n` +
        `[bzr] Could not create/install the development certificates; serving plain HTTP instead. Excel needs HTTPS: ` +
        `run npx office-addin-dev-certs install and retry. The stand-alone browser mode works over HTTP.`,
    );
    return null;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const url = dev ? DEV_URL : productionUrl(env);

  let server;
  if (serving) {
    const options = env.http ? null : await httpsOptions();
    server = options ? { type: 'https', options } : { type: 'http' };
  }

  return {
    mode: dev ? 'development' : 'production',
    // No eval-based source maps: the page's Content-Security-Policy forbids eval.
    devtool: 'source-map',
    entry: {
      // Blocking, first in <head> (taskpane.html): loads office.js blocking inside Office, async outside.
      boot: './src/taskpane/startup/boot.ts',
      // Registered first: the shared runtime loads functions.js before the task pane UI.
      functions: './src/functions/entry.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist-web'),
      filename: '[name].js', // fixed names: the manifest points to functions.js
      chunkFilename: 'chunks/[name].[contenthash:8].js', // lazy chunks (exceljs) stay out of both entries
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // exceljs's package entry is its Node build; the browser (stand-alone mode) gets its browser build.
      alias: { exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js') },
      // Node-only branches of src/xlsx (file paths) are never taken in the browser.
      fallback: { fs: false, path: false, os: false, stream: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // Type checking is `npm run typecheck`; the bundle only needs the JavaScript.
              transpileOnly: true,
              // ES modules so that webpack tree-shakes and splits `await import('exceljs')` into its own chunk.
              compilerOptions: { module: 'esnext', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_INPUT, output: 'functions.json' }),
      new LocaleMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // boot.js is written into the template's <head> by hand (blocking); these two are deferred, so
        // they run after the parse, i.e. after office.js when boot.js wrote it in (inside Office).
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual', // the order above: functions first
        scriptLoading: 'defer',
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().replace(DEV_URL_RE, url)),
          },
        ],
      }),
    ],
    performance: {
      // The task pane carries React and Fluent UI; functions.js stays small (see bench/functions.bench.ts).
      maxEntrypointSize: 2_000_000,
      maxAssetSize: 2_000_000,
    },
    devServer: {
      port: PORT,
      host: 'localhost',
      server,
      hot: false,
      // Office loads the add-in's files from this origin; nothing else is served or proxied.
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: false },
    },
  };
};
