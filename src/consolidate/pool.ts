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
      // Two files in flight per worker: the next one is waiting when a worker finishes, even while
      // the main thread is busy (loading the writer).
      const inflight: number[] = [];
      const feed = () => {
        while (inflight.length < 2 && next < files.length) {
          const id = next++;
          inflight.push(id);
          w.postMessage({ id, file: files[id] });
        }
      };
      w.on('message', (m: { id: number; result: ClassFileResult }) => {
        inflight.splice(inflight.indexOf(m.id), 1);
        finish(m.id, m.result);
        feed();
      });
      w.on('error', (e) => {
        // The worker is gone: the file it was reading fails; the rest is read in-process.
        const [current, ...queued] = inflight.splice(0);
        if (current !== undefined) {
          finish(current, { file: files[current], error: `读取时出现意外错误：${e.message}`, errorEn: e.message });
        }
        void (async () => {
          for (const id of queued) finish(id, await readClassFile(files[id]));
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
