import { Worker } from 'node:worker_threads';
import { releaseIfHeldBy } from './write-lock.ts';
import {
  jobFrom,
  jobSize,
  type UnitOutcome,
  type WorkerInput,
  type WorkerJob,
  type WorkerMessage,
} from './protocol.ts';

const WORKER_HEAP_MB = 2048;

export const DEFAULT_WORKER_FILE = new URL('./index-worker.ts', import.meta.url);

export interface WorkerRunOptions {
  dbPath: string;
  workerFile: string | URL;
  maxBytes: number;
  /** A single unit taking longer than this is stopped and reported; the job goes on. */
  unitTimeoutMs: number;
  /** Display name of unit i (for errors about it). */
  nameOf: (index: number) => string;
  onUnitStart: (index: number) => void;
  onUnitDone: (index: number, outcome: UnitOutcome) => void;
}

export interface WorkerRun {
  done: Promise<{ cancelled: boolean }>;
  /** Stops after the unit at hand; what was completed stays. */
  cancel(): void;
}

/**
 * Runs a job in a worker thread, so the main process (window, IPC, HTTP) never waits on a parser.
 * A unit that hangs past the time guard, or crashes its worker, is reported as failed and the job
 * resumes in a fresh worker from the next unit.
 */
export function runInWorker(
  job: WorkerJob,
  options: WorkerRunOptions,
  cancel = new SharedArrayBuffer(4),
  writeLock = new SharedArrayBuffer(4),
): WorkerRun {
  const cancelled = () => Atomics.load(new Int32Array(cancel), 0) === 1;
  const size = jobSize(job);
  let next = 0;

  const runFrom = (start: number): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const input: WorkerInput = {
        dbPath: options.dbPath,
        maxBytes: options.maxBytes,
        job: jobFrom(job, start),
        cancel,
        writeLock,
      };
      const worker = new Worker(options.workerFile, {
        workerData: input,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      const threadId = worker.threadId; // -1 once it has stopped
      let timer: NodeJS.Timeout | undefined;
      let current = -1;
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        releaseIfHeldBy(writeLock, threadId);
        fn();
      };
      /** The unit at hand broke its worker: report it, and resume after it. */
      const failCurrent = (reason: string) => {
        options.onUnitDone(current, {
          name: options.nameOf(current),
          status: 'error',
          error: reason,
        });
        next = current + 1;
        current = -1;
      };
      const crashed = (reason: string) =>
        settle(() => {
          if (current < 0) return reject(new Error(reason));
          failCurrent(reason);
          resolve();
        });
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'unit-start') {
          current = start + message.index;
          options.onUnitStart(current);
          clearTimeout(timer);
          timer = setTimeout(() => {
            failCurrent(`reading it took longer than ${options.unitTimeoutMs / 1000} s; stopped`);
            settle(() => void worker.terminate().then(() => resolve()));
          }, options.unitTimeoutMs);
        } else if (message.type === 'unit-done') {
          clearTimeout(timer);
          current = -1;
          next = start + message.index + 1;
          options.onUnitDone(start + message.index, message.outcome);
        } else if (message.type === 'search-added') {
          // only the search lane sends these
        } else if (message.type === 'finished') {
          settle(resolve);
        } else {
          settle(() => reject(new Error(message.error)));
        }
      });
      worker.on('error', (error) =>
        crashed(
          error.message.includes('out of memory')
            ? 'it needs more memory than allowed; stopped'
            : `could not be imported: ${error.message}`,
        ),
      );
      worker.on('exit', (code) =>
        code === 0 ? settle(resolve) : crashed(`the indexing worker stopped (exit code ${code})`),
      );
    }).then(() => (next < size && !cancelled() ? runFrom(next) : undefined));

  return {
    done: (size ? runFrom(0) : Promise.resolve()).then(() => ({ cancelled: cancelled() })),
    cancel: () => Atomics.store(new Int32Array(cancel), 0, 1),
  };
}

/**
 * Splits a job across `parallelism` workers, each with its own share of the units: while one
 * extracts, another writes (SQLite takes one writer at a time; each unit's transaction is short).
 */
export function runInWorkers(
  job: WorkerJob,
  options: WorkerRunOptions,
  parallelism: number,
): WorkerRun {
  const size = jobSize(job);
  const lanes = Math.max(1, Math.min(parallelism, Math.floor(size / MIN_UNITS_PER_WORKER)));
  if (lanes === 1) return runInWorker(job, options);
  const cancel = new SharedArrayBuffer(4);
  const writeLock = new SharedArrayBuffer(4);
  const runs = Array.from({ length: lanes }, (_, lane) => {
    const indexes = Array.from({ length: size }, (_, i) => i).filter((i) => i % lanes === lane);
    const global = (i: number) => indexes[i]!;
    return runInWorker(
      pick(job, indexes),
      {
        ...options,
        nameOf: (i) => options.nameOf(global(i)),
        onUnitStart: (i) => options.onUnitStart(global(i)),
        onUnitDone: (i, outcome) => options.onUnitDone(global(i), outcome),
      },
      cancel,
      writeLock,
    );
  });
  return {
    done: Promise.all(runs.map((r) => r.done)).then((results) => ({
      cancelled: results.some((r) => r.cancelled),
    })),
    cancel: () => Atomics.store(new Int32Array(cancel), 0, 1),
  };
}

/** Below this many units per worker, a second worker costs more to start than it saves. */
const MIN_UNITS_PER_WORKER = 8;

function pick(job: WorkerJob, indexes: number[]): WorkerJob {
  return job.type === 'import'
    ? { type: 'import', items: indexes.map((i) => job.items[i]!) }
    : { type: 'reindex', documentIds: indexes.map((i) => job.documentIds[i]!) };
}
