/** Worker thread entry: imports a batch off the main thread, one transaction per file. */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open-database.ts';
import { importFile } from '../import/import-file.ts';
import type { WorkerInput, WorkerMessage } from './protocol.ts';

const input = workerData as WorkerInput;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const cancelled = new Int32Array(input.cancel);

try {
  const db = await openDatabase(input.dbPath);
  try {
    for (const [index, item] of input.items.entries()) {
      if (Atomics.load(cancelled, 0)) break;
      post({ type: 'file-start', index });
      post({ type: 'file-done', index, outcome: await importFile(db, item, input.maxBytes) });
    }
  } finally {
    db.close();
  }
  post({ type: 'finished' });
} catch (error) {
  post({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
}
