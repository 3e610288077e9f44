import type { CoreEvent, ImportOutcome, ImportReport, ImportSource } from '../../shared/api.ts';
import { runImportInWorker, type ImportRun } from '../worker/run-import.ts';
import { collectItems } from './collect-files.ts';

export interface ImportOptions {
  dbPath: string;
  workerFile: string | URL;
  maxBytes: number;
  fileTimeoutMs: number;
  emit: (event: CoreEvent) => void;
  /** Receives the running import, so a caller can cancel it. */
  onStart?: (run: ImportRun) => void;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_FILE_TIMEOUT_MS = 60_000;

/**
 * Imports every file of a batch, each on its own: one file's failure is reported with its reason
 * and never stops the others; each document commits in its own transaction, off the main thread.
 */
export async function importBatch(
  sources: readonly ImportSource[],
  options: ImportOptions,
): Promise<ImportReport> {
  const items = await collectItems(sources);
  const outcomes: ImportOutcome[] = [];
  let facts = 0;
  let done = 0;
  const progress = (current: string | null) =>
    options.emit({ type: 'import-progress', done, total: items.length, current, facts });
  progress(items[0]?.name ?? null);
  const run = runImportInWorker(items, {
    dbPath: options.dbPath,
    workerFile: options.workerFile,
    maxBytes: options.maxBytes,
    fileTimeoutMs: options.fileTimeoutMs,
    onFileStart: (index) => progress(items[index]!.name),
    onFileDone: (_index, outcome) => {
      outcomes.push(outcome);
      if (outcome.status === 'imported') facts += outcome.factCount;
      done++;
      progress(null);
    },
  });
  options.onStart?.(run);
  const { cancelled } = await run.done;
  const count = (s: ImportOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const report = {
    outcomes,
    imported: count('imported'),
    duplicates: count('duplicate'),
    errors: count('error'),
    cancelled,
  };
  if (report.imported) options.emit({ type: 'index-changed' });
  return report;
}
