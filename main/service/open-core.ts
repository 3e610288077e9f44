import type { CoreEvent, DuibiaoApi, ImportSource } from '../../shared/api.ts';
import { ContractError } from '../../shared/api.ts';
import { INDICATORS } from '../../shared/catalog/indicators.ts';
import { compare, compareOptions } from '../db/compare.ts';
import { countDocuments, getDocument, listDocuments } from '../db/documents.ts';
import { listEntities } from '../db/entities.ts';
import { syncIndicators } from '../db/indicators.ts';
import { getMeta, setMeta } from '../db/meta.ts';
import { openDatabase } from '../db/open-database.ts';
import { search } from '../db/search.ts';
import { DEFAULT_FILE_TIMEOUT_MS, DEFAULT_MAX_BYTES, importBatch } from '../import/import-batch.ts';
import { DEFAULT_WORKER_FILE, type ImportRun } from '../worker/run-import.ts';
import type { Core } from './core-types.ts';

export interface CoreOptions {
  dbPath: string;
  /** Indexed once, on the first run with an empty database, so the first screen compares. */
  seedDir: string | null;
  /** Largest file imported (default 50 MB). */
  maxBytes?: number;
  /** Longest one file may take to read and index (default 60 s). */
  fileTimeoutMs?: number;
  /** The indexing worker's script; bundles (Electron) pass their own build of it. */
  workerFile?: string | URL;
}

/** Opens the index and implements the contract over it — once, for every shell. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const db = await openDatabase(options.dbPath);
  syncIndicators(db, INDICATORS);
  const listeners = new Set<(event: CoreEvent) => void>();
  const emit = (event: CoreEvent) => listeners.forEach((l) => l(event));
  let running: ImportRun | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const importOptions = {
    dbPath: options.dbPath,
    workerFile: options.workerFile ?? DEFAULT_WORKER_FILE,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    fileTimeoutMs: options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS,
    emit,
    onStart: (run: ImportRun) => (running = run),
  };
  /** One import at a time: a second batch waits for the first, in order. */
  const importInTurn = (sources: ImportSource[]) => {
    const report = queue
      .then(() => importBatch(sources, importOptions))
      .finally(() => (running = null));
    queue = report.catch(() => undefined);
    return report;
  };

  const api: DuibiaoApi = {
    listDocuments: async () => listDocuments(db),
    listEntities: async () => listEntities(db),
    getDocument: async ({ id }) => {
      const doc = getDocument(db, id);
      if (!doc) throw new ContractError(`No document with id ${id}`);
      return doc;
    },
    importFiles: async ({ sources }) => importInTurn(sources),
    cancelImport: async () => {
      running?.cancel();
      return { cancelled: running !== null };
    },
    compareOptions: async () => compareOptions(db),
    compare: async (query) => compare(db, query),
    search: async ({ query, limit }) => search(db, query, limit),
  };

  if (options.seedDir && countDocuments(db) === 0 && !getMeta(db, 'seeded_at')) {
    await importInTurn([{ kind: 'path', path: options.seedDir }]);
    setMeta(db, 'seeded_at', new Date().toISOString());
  }

  return {
    api,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      db.close();
    },
  };
}
