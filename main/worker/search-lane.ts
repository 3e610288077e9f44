import Database from 'better-sqlite3';
import { openSearchDb } from '../db/search-db.ts';
import {
  addToSearch,
  documentsAfter,
  removeFromSearch,
  searchDiff,
  type DocumentKey,
} from '../db/search-sync.ts';

/** Flags shared with the thread that started the lane. */
export const LANE_CANCEL = 0;
export const LANE_FINISH = 1;

/** Documents made searchable per transaction, at most (FTS5 writes one segment per transaction). */
const BATCH = 256;
/** How long an idle lane waits for the indexing workers before looking again. */
const IDLE_MS = 25;

export interface SearchLaneInput {
  role: 'search';
  dbPath: string;
  searchPath: string;
  /** Int32Array: [LANE_CANCEL] = 1 stops after the batch at hand; [LANE_FINISH] = 1 ends when caught up. */
  flags: SharedArrayBuffer;
}

/**
 * Keeps the search index up with the index while documents are being imported: first it drops
 * what is stale and queues what is missing, then it follows the documents the indexing workers
 * commit, in batches; asked to finish, it checks everything once more and stops when nothing is
 * left. Runs in its own thread, writing only the search index's file.
 */
export function runSearchLane(input: SearchLaneInput, onAdded: (count: number) => void): void {
  const flags = new Int32Array(input.flags);
  const main = new Database(input.dbPath);
  main.pragma('busy_timeout = 15000');
  const search = openSearchDb(input.searchPath);
  try {
    const queue: DocumentKey[] = [];
    let lastSeen = 0;
    /** Compares everything; returns how much was out of step. */
    const resync = () => {
      const { missing, stale, lastId } = searchDiff(main, search);
      removeFromSearch(search, stale);
      queue.splice(0, queue.length, ...missing);
      lastSeen = lastId;
      return missing.length + stale.length;
    };
    resync();
    while (!Atomics.load(flags, LANE_CANCEL)) {
      if (!queue.length) {
        const added = documentsAfter(main, lastSeen, BATCH);
        queue.push(...added);
        if (added.length) lastSeen = added.at(-1)!.id;
      }
      if (queue.length) {
        onAdded(addToSearch(main, search, queue.splice(0, BATCH)));
        continue;
      }
      if (Atomics.load(flags, LANE_FINISH)) {
        if (resync() === 0) break;
        continue;
      }
      Atomics.wait(flags, LANE_FINISH, 0, IDLE_MS);
    }
  } finally {
    search.close();
    main.close();
  }
}
