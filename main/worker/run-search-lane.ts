import { Worker } from 'node:worker_threads';
import type { WorkerMessage } from './protocol.ts';
import { LANE_CANCEL, LANE_FINISH, type SearchLaneInput } from './search-lane.ts';

export interface SearchLane {
  /** Resolves when the lane has stopped: caught up after finish(), or after cancel(). */
  done: Promise<{ added: number }>;
  /** Lets the lane stop once everything committed so far is searchable. */
  finish(): void;
  /** Stops after the batch at hand; what was added stays. */
  cancel(): void;
}

/** Starts the search lane (see search-lane.ts) in its own worker thread. */
export function startSearchLane(options: {
  dbPath: string;
  searchPath: string;
  workerFile: string | URL;
}): SearchLane {
  const flags = new SharedArrayBuffer(8);
  const cells = new Int32Array(flags);
  const input: SearchLaneInput = {
    role: 'search',
    dbPath: options.dbPath,
    searchPath: options.searchPath,
    flags,
  };
  const worker = new Worker(options.workerFile, { workerData: input });
  let added = 0;
  const done = new Promise<{ added: number }>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'search-added') added += message.count;
      else if (message.type === 'failed')
        reject(new Error(`the search index could not be updated: ${message.error}`));
    });
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0
        ? resolve({ added })
        : reject(new Error(`the search index worker stopped (exit code ${code})`)),
    );
  });
  const signal = (cell: number) => {
    Atomics.store(cells, cell, 1);
    Atomics.notify(cells, LANE_FINISH);
  };
  return { done, finish: () => signal(LANE_FINISH), cancel: () => signal(LANE_CANCEL) };
}
