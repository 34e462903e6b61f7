// A worker thread of the consolidation pool: reads the class files it is sent, one at a time.
import { parentPort } from 'worker_threads';
import { readClassFile } from './read-file';

parentPort?.on('message', (msg: { id: number; file: string }) => {
  void readClassFile(msg.file).then((result) => parentPort?.postMessage({ id: msg.id, result }));
});
