// Each file judged in a pool of worker threads (default: the machine's cores; jobs 1 = in-process).
// Results come back in input order whatever order the workers finish in.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { readClassFile } from './read-file';
import type { ClassFileResult } from './types';

export const defaultJobs = (): number =>
  Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);

/** The compiled worker beside this module (dist/consolidate/worker.js); absent when run from .ts sources. */
function workerScript(): string | null {
  const p = path.join(__dirname, 'worker.js');
  return fs.existsSync(p) ? p : null;
}

async function inProcess(files: readonly string[], progress: (done: number) => void): Promise<ClassFileResult[]> {
  const out: ClassFileResult[] = [];
  for (const f of files) {
    out.push(await readClassFile(f));
    progress(out.length);
  }
  return out;
}

export async function judgeFiles(
  files: readonly string[],
  jobs: number,
  progress: (done: number) => void = () => {},
): Promise<ClassFileResult[]> {
  const script = workerScript();
  const n = Math.min(jobs, files.length);
  if (n <= 1 || script === null) return inProcess(files, progress);
  const results: ClassFileResult[] = new Array(files.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    const workers: Worker[] = [];
    const finish = (id: number, r: ClassFileResult) => {
      if (results[id] !== undefined) return;
      results[id] = r;
      progress(++done);
      if (done === files.length) {
        workers.forEach((w) => void w.terminate());
        resolve(results);
      }
    };
    for (let i = 0; i < n; i++) {
      // A memory cap per worker: a hostile file kills its worker, not the run.
      const w = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
      let current = -1;
      const feed = () => {
        if (next >= files.length) return;
        current = next++;
        w.postMessage({ id: current, file: files[current] });
      };
      w.on('message', (m: { id: number; result: ClassFileResult }) => {
        current = -1;
        finish(m.id, m.result);
        feed();
      });
      w.on('error', (e) => {
        if (current >= 0) {
          finish(current, { file: files[current], error: `读取时出现意外错误：${e.message}`, errorEn: e.message });
        }
        // The worker is gone: what is left is read in-process, one file at a time.
        void (async () => {
          while (next < files.length) {
            const id = next++;
            finish(id, await readClassFile(files[id]));
          }
        })();
      });
      workers.push(w);
      feed();
    }
  });
}
