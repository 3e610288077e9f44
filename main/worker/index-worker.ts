/**
 * Worker thread entry: imports or re-indexes off the main thread, one transaction per unit; or,
 * started as the search lane, keeps the search index up with what the other workers commit.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open-database.ts';
import { importFile } from '../import/import-file.ts';
import { reindexDocument } from '../import/reindex-document.ts';
import type { UnitOutcome, WorkerInput, WorkerMessage } from './protocol.ts';
import { runSearchLane, type SearchLaneInput } from './search-lane.ts';
import { writeLock } from './write-lock.ts';

const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const data = workerData as WorkerInput | SearchLaneInput;

try {
  if ('role' in data) runSearchLane(data, (count) => post({ type: 'search-added', count }));
  else await runUnits(data);
  post({ type: 'finished' });
} catch (error) {
  post({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
}

async function runUnits(input: WorkerInput): Promise<void> {
  const cancelled = new Int32Array(input.cancel);
  const lock = writeLock(input.writeLock, threadId);
  const db = await openDatabase(input.dbPath);
  // Checkpoint the WAL every ~40 MB rather than every 4 MB: a tenth of the syncs in a long import.
  db.pragma('wal_autocheckpoint = 10000');
  try {
    const { job } = input;
    const units: (() => Promise<UnitOutcome> | UnitOutcome)[] =
      job.type === 'import'
        ? job.items.map((item) => () => importFile(db, item, input.maxBytes, lock))
        : job.documentIds.map((id) => () => reindexDocument(db, id, lock));
    for (const [index, unit] of units.entries()) {
      if (Atomics.load(cancelled, 0)) break;
      post({ type: 'unit-start', index });
      post({ type: 'unit-done', index, outcome: await unit() });
    }
  } finally {
    db.close();
  }
}
