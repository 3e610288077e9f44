import type { ImportOutcome } from '../../shared/api.ts';
import type { ImportItem } from '../import/collect-files.ts';

/** Work the indexing worker does, one unit (file or document) at a time. */
export type WorkerJob =
  { type: 'import'; items: ImportItem[] } | { type: 'reindex'; documentIds: number[] };

export type ReindexOutcome =
  | { name: string; status: 'reindexed'; facts: number; attached: number; unattached: number }
  | { name: string; status: 'error'; error: string };

export type UnitOutcome = ImportOutcome | ReindexOutcome;

/** What the indexing worker is started with. */
export interface WorkerInput {
  dbPath: string;
  maxBytes: number;
  job: WorkerJob;
  /** Int32Array[0] = 1 asks the worker to stop after the unit at hand. */
  cancel: SharedArrayBuffer;
  /** Shared by the workers of one job around their write transactions (see write-lock.ts). */
  writeLock: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'unit-start'; index: number }
  | { type: 'unit-done'; index: number; outcome: UnitOutcome }
  | { type: 'search-added'; count: number }
  | { type: 'finished' }
  | { type: 'failed'; error: string };

/** The job from a given unit on, for a fresh worker resuming after a stopped one. */
export function jobFrom(job: WorkerJob, start: number): WorkerJob {
  return job.type === 'import'
    ? { type: 'import', items: job.items.slice(start) }
    : { type: 'reindex', documentIds: job.documentIds.slice(start) };
}

export function jobSize(job: WorkerJob): number {
  return job.type === 'import' ? job.items.length : job.documentIds.length;
}
