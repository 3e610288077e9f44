import type { ImportOutcome } from '../../shared/api.ts';
import type { ImportItem } from '../import/collect-files.ts';

/** What the indexing worker is started with. */
export interface WorkerInput {
  dbPath: string;
  maxBytes: number;
  items: ImportItem[];
  /** Int32Array[0] = 1 asks the worker to stop after the file at hand. */
  cancel: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'file-start'; index: number }
  | { type: 'file-done'; index: number; outcome: ImportOutcome }
  | { type: 'finished' }
  | { type: 'failed'; error: string };
