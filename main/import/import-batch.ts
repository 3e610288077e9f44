import type {
  CoreEvent,
  ImportOutcome,
  ImportReport,
  ImportSource,
  ReindexReport,
} from '../../shared/api.ts';
import { availableParallelism } from 'node:os';
import { runInWorkers, type WorkerRun } from '../worker/run-in-worker.ts';
import { startSearchLane } from '../worker/run-search-lane.ts';
import { collectItems } from './collect-files.ts';

export interface IndexingOptions {
  dbPath: string;
  /** The search index's file (see search-db.ts), filled beside the import by its own worker. */
  searchPath: string;
  workerFile: string | URL;
  maxBytes: number;
  fileTimeoutMs: number;
  emit: (event: CoreEvent) => void;
  /** Workers indexing side by side (default: up to 2, one per core). */
  parallelism?: number;
  /** Receives the running job, so a caller can cancel it. */
  onStart?: (run: WorkerRun) => void;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_FILE_TIMEOUT_MS = 60_000;
const DEFAULT_PARALLELISM = Math.min(2, availableParallelism());

/**
 * Imports every file of a batch, each on its own: one file's failure is reported with its reason
 * and never stops the others; each document commits in its own transaction, off the main thread.
 * A search lane makes the documents searchable as they are committed; the batch ends when it has
 * caught up.
 */
export async function importBatch(
  sources: readonly ImportSource[],
  options: IndexingOptions,
): Promise<ImportReport> {
  const items = await collectItems(sources);
  const outcomes: ImportOutcome[] = [];
  const progress = progressReporter(items.length, options.emit);
  progress.start(items[0]?.name ?? null);
  const run = runInWorkers(
    { type: 'import', items },
    {
      ...workerOptions(options),
      nameOf: (i) => items[i]!.name,
      onUnitStart: (i) => progress.start(items[i]!.name),
      onUnitDone: (i, outcome) => {
        if (outcome.status === 'reindexed') return;
        outcomes[i] = outcome;
        progress.done(outcome.status === 'imported' ? outcome.factCount : 0);
      },
    },
    options.parallelism ?? DEFAULT_PARALLELISM,
  );
  const lane = startSearchLane(options);
  options.onStart?.({
    done: run.done,
    cancel: () => (run.cancel(), lane.cancel()),
  });
  const { cancelled } = await run.done.finally(() => lane.finish());
  // The documents are committed either way; what the lane missed is rebuilt when the index opens.
  await lane.done.catch((error: unknown) => console.warn(String(error)));
  const done = outcomes.filter(Boolean); // in the batch's order; cancelled files have none
  const count = (s: ImportOutcome['status']) => done.filter((o) => o.status === s).length;
  const report = {
    outcomes: done,
    imported: count('imported'),
    duplicates: count('duplicate'),
    errors: count('error'),
    cancelled,
  };
  if (report.imported) options.emit({ type: 'index-changed' });
  return report;
}

/** Re-extracts documents with the current engine, keeping every user edit. */
export async function reindexBatch(
  documents: readonly { id: number; name: string }[],
  options: IndexingOptions,
): Promise<ReindexReport> {
  const report: ReindexReport = { documents: 0, facts: 0, corrections: 0, unattached: 0 };
  const progress = progressReporter(documents.length, options.emit);
  const run = runInWorkers(
    { type: 'reindex', documentIds: documents.map((d) => d.id) },
    {
      ...workerOptions(options),
      nameOf: (i) => documents[i]!.name,
      onUnitStart: (i) => progress.start(documents[i]!.name),
      onUnitDone: (_i, outcome) => {
        if (outcome.status === 'reindexed') {
          report.documents++;
          report.facts += outcome.facts;
          report.corrections += outcome.attached;
          report.unattached += outcome.unattached;
        }
        progress.done(outcome.status === 'reindexed' ? outcome.facts : 0);
      },
    },
    options.parallelism ?? DEFAULT_PARALLELISM,
  );
  options.onStart?.(run);
  await run.done;
  if (report.documents) options.emit({ type: 'index-changed' });
  return report;
}

function workerOptions(options: IndexingOptions) {
  return {
    dbPath: options.dbPath,
    workerFile: options.workerFile,
    maxBytes: options.maxBytes,
    unitTimeoutMs: options.fileTimeoutMs,
  };
}

function progressReporter(total: number, emit: (event: CoreEvent) => void) {
  let done = 0;
  let facts = 0;
  return {
    start: (current: string | null) =>
      emit({ type: 'import-progress', done, total, current, facts }),
    done: (found: number) => {
      done++;
      facts += found;
      emit({ type: 'import-progress', done, total, current: null, facts });
    },
  };
}
