// The benchmarks time `bzr` as users get it from `npm ci`: the prepare script's build (tsc's dist/,
// the webpack bundle that bin/bzr.js prefers when it is the newest, and its V8 code cache). Running
// tsc alone would leave dist/cli newer than the bundle, and bin/bzr.js would run dist/cli instead.
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

export function buildCli(): void {
  const steps: string[][] = [
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    [require.resolve('webpack-cli/bin/cli.js'), '--config', 'webpack.cli.js'],
    [path.join(ROOT, 'scripts', 'code-cache.js')],
  ];
  for (const args of steps) {
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`build step failed: ${args.join(' ')}`);
  }
}
