/** Worker thread entry: imports or re-indexes off the main thread, one transaction per unit. */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open-database.ts';
import { flushSearchIndex, SEARCH_BATCH } from '../db/search-index.ts';
import { importFile } from '../import/import-file.ts';
import { reindexDocument } from '../import/reindex-document.ts';
import type { UnitOutcome, WorkerInput, WorkerMessage } from './protocol.ts';

const input = workerData as WorkerInput;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const cancelled = new Int32Array(input.cancel);

try {
  const db = await openDatabase(input.dbPath);
  try {
    const { job } = input;
    const units: (() => Promise<UnitOutcome> | UnitOutcome)[] =
      job.type === 'import'
        ? job.items.map((item) => () => importFile(db, item, input.maxBytes))
        : job.documentIds.map((id) => () => reindexDocument(db, id));
    for (const [index, unit] of units.entries()) {
      if (Atomics.load(cancelled, 0)) break;
      post({ type: 'unit-start', index });
      const outcome = await unit();
      if ((index + 1) % SEARCH_BATCH === 0) flushSearchIndex(db);
      post({ type: 'unit-done', index, outcome });
    }
    flushSearchIndex(db);
  } finally {
    db.close();
  }
  post({ type: 'finished' });
} catch (error) {
  post({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
}
