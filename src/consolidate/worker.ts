// A worker thread of the consolidation pool: reads the class files it is sent, one at a time and in
// the order sent (the pool keeps one waiting here and blames the oldest should the worker die).
import { parentPort } from 'worker_threads';
import { readClassFile } from './read-file';

let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (msg: { id: number; file: string }) => {
  queue = queue.then(() => readClassFile(msg.file).then((result) => parentPort?.postMessage({ id: msg.id, result })));
});
