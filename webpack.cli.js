// The `bzr` command as two files (dist/bundle/bzr.js and the consolidation's worker.js): one file
// loads with ~35 ms less CPU than the ~60 modules tsc writes to dist/ (require() of each, timed).
// exceljs stays outside, required only by the commands that write a workbook.
const path = require('path');

module.exports = {
  mode: 'production',
  target: 'node',
  devtool: false,
  entry: {
    bzr: './src/cli/index.ts',
    worker: './src/consolidate/worker.ts', // pool.ts finds it beside itself (__dirname)
  },
  output: {
    path: path.resolve(__dirname, 'dist/bundle'),
    filename: '[name].js',
    library: { type: 'commonjs2' },
    clean: true,
    // Always write: bin/bzr.js picks the bundle by its mtime against tsc's dist/cli.
    compareBeforeEmit: false,
  },
  resolve: { extensions: ['.ts', '.js'] },
  externals: [
    ({ request }, callback) => (/^exceljs(\/|$)/.test(request) ? callback(null, `commonjs ${request}`) : callback()),
  ],
  // The real __dirname at run time (the worker script is found beside the bundle).
  node: { __dirname: false, __filename: false },
  optimization: { minimize: false },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            configFile: path.resolve(__dirname, 'tsconfig.build.json'),
            transpileOnly: true,
            compilerOptions: { module: 'esnext', sourceMap: false },
          },
        },
      },
    ],
  },
  performance: { hints: false },
  stats: 'errors-warnings',
};
