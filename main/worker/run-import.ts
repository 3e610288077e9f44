import { Worker } from 'node:worker_threads';
import type { ImportOutcome } from '../../shared/api.ts';
import type { ImportItem } from '../import/collect-files.ts';
import type { WorkerInput, WorkerMessage } from './protocol.ts';

const WORKER_HEAP_MB = 2048;

export const DEFAULT_WORKER_FILE = new URL('./index-worker.ts', import.meta.url);

export interface WorkerImportOptions {
  dbPath: string;
  workerFile: string | URL;
  maxBytes: number;
  /** A single file taking longer than this is stopped and reported; the batch goes on. */
  fileTimeoutMs: number;
  onFileStart: (index: number) => void;
  onFileDone: (index: number, outcome: ImportOutcome) => void;
}

export interface ImportRun {
  done: Promise<{ cancelled: boolean }>;
  /** Stops after the file at hand; what was completed stays imported. */
  cancel(): void;
}

/**
 * Imports items in a worker thread, so the main process (window, IPC, HTTP) never waits on a
 * parser. A file that hangs the parser past the time guard terminates its worker; the batch
 * resumes in a fresh one from the next file.
 */
export function runImportInWorker(items: ImportItem[], options: WorkerImportOptions): ImportRun {
  const cancel = new SharedArrayBuffer(4);
  const cancelled = () => Atomics.load(new Int32Array(cancel), 0) === 1;
  let next = 0;

  const runFrom = (start: number): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const input: WorkerInput = {
        dbPath: options.dbPath,
        maxBytes: options.maxBytes,
        items: items.slice(start),
        cancel,
      };
      const worker = new Worker(options.workerFile, {
        workerData: input,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      let timer: NodeJS.Timeout | undefined;
      let current = -1;
      let settled = false;
      /** The file at hand broke its worker: report it, and resume after it. */
      const failCurrent = (reason: string) => {
        options.onFileDone(current, { name: items[current]!.name, status: 'error', error: reason });
        next = current + 1;
        current = -1;
      };
      const crashed = (reason: string) =>
        settle(() => {
          if (current < 0) return reject(new Error(reason));
          failCurrent(reason);
          resolve();
        });
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'file-start') {
          current = start + message.index;
          options.onFileStart(current);
          clearTimeout(timer);
          timer = setTimeout(() => {
            const seconds = options.fileTimeoutMs / 1000;
            failCurrent(`reading it took longer than ${seconds} s; stopped`);
            settle(() => void worker.terminate().then(() => resolve()));
          }, options.fileTimeoutMs);
        } else if (message.type === 'file-done') {
          clearTimeout(timer);
          current = -1;
          next = start + message.index + 1;
          options.onFileDone(start + message.index, message.outcome);
        } else if (message.type === 'finished') {
          settle(resolve);
        } else if (message.type === 'failed') {
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
    }).then(() => (next < items.length && !cancelled() ? runFrom(next) : undefined));

  return {
    done: (items.length ? runFrom(0) : Promise.resolve()).then(() => ({ cancelled: cancelled() })),
    cancel: () => Atomics.store(new Int32Array(cancel), 0, 1),
  };
}
