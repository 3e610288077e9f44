import type { CoreEvent, DuibiaoApi } from '../../shared/api.ts';
import { ContractError } from '../../shared/api.ts';
import { INDICATORS } from '../../shared/catalog/indicators.ts';
import { ENGINE_VERSION } from '../../shared/extract/index.ts';
import { cellFacts } from '../db/cell-facts.ts';
import { compare, compareOptions } from '../db/compare.ts';
import { correctFact, undoCorrection } from '../db/corrections.ts';
import { overrideDocument } from '../db/document-overrides.ts';
import { countDocuments, getDocument, listDocuments, removeDocument } from '../db/documents.ts';
import { listEntities, setEntityParent } from '../db/entities.ts';
import { syncIndicators } from '../db/indicators.ts';
import { getMeta, setMeta } from '../db/meta.ts';
import { openDatabase } from '../db/open-database.ts';
import { search } from '../db/search.ts';
import { openSearchDb, searchPathFor } from '../db/search-db.ts';
import { searchDiff } from '../db/search-sync.ts';
import { listSynonyms, removeSynonym, setSynonym } from '../db/synonyms.ts';
import {
  DEFAULT_FILE_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
  importBatch,
  reindexBatch,
} from '../import/import-batch.ts';
import { DEFAULT_WORKER_FILE, type WorkerRun } from '../worker/run-in-worker.ts';
import { startSearchLane } from '../worker/run-search-lane.ts';
import { createFindingsService } from '../findings/findings-service.ts';
import { exportFindings } from '../findings/export-findings.ts';
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
  const searchPath = searchPathFor(options.dbPath);
  const searchDb = openSearchDb(searchPath);
  const listeners = new Set<(event: CoreEvent) => void>();
  const emit = (event: CoreEvent) => listeners.forEach((l) => l(event));
  const changed = <T>(result: T): T => (emit({ type: 'index-changed' }), result);
  const findings = createFindingsService(db);
  listeners.add((event) => event.type === 'index-changed' && findings.invalidate());

  let running: WorkerRun | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const indexing = {
    dbPath: options.dbPath,
    searchPath,
    workerFile: options.workerFile ?? DEFAULT_WORKER_FILE,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    fileTimeoutMs: options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS,
    emit,
    onStart: (run: WorkerRun) => (running = run),
  };
  /** Indexing jobs run one at a time, in the order asked. */
  const inTurn = <T>(job: () => Promise<T>): Promise<T> => {
    const result = queue.then(job).finally(() => (running = null));
    queue = result.catch(() => undefined);
    return result;
  };

  const api: DuibiaoApi = {
    listDocuments: async () => listDocuments(db),
    listEntities: async () => listEntities(db),
    getDocument: async ({ id }) => {
      const doc = getDocument(db, id);
      if (!doc) throw new ContractError(`No document with id ${id}`);
      return doc;
    },
    importFiles: ({ sources }) => inTurn(() => importBatch(sources, indexing)),
    cancelImport: async () => {
      running?.cancel();
      return { cancelled: running !== null };
    },
    compareOptions: async () => compareOptions(db),
    compare: async (query) => compare(db, query),
    search: async ({ query, limit }) => search(db, searchDb, query, limit),
    cellFacts: async (query) => cellFacts(db, query),
    correctFact: async ({ factId, changes }) => changed(correctFact(db, factId, changes)),
    undoCorrection: async ({ factId }) => changed(undoCorrection(db, factId)),
    listSynonyms: async () => listSynonyms(db),
    setSynonym: async ({ phrase, indicator }) => changed(setSynonym(db, phrase, indicator)),
    removeSynonym: async ({ phrase }) => changed(removeSynonym(db, phrase)),
    updateDocument: async ({ id, ...edit }) => {
      overrideDocument(db, id, edit);
      const doc = listDocuments(db).find((d) => d.id === id);
      if (!doc) throw new ContractError(`No document with id ${id}`);
      return changed(doc);
    },
    setEntityParent: async ({ name, parent }) => changed(setEntityParent(db, name, parent)),
    removeDocument: async ({ id }) => changed({ removed: removeDocument(db, id) }),
    reindex: ({ all }) =>
      inTurn(() => {
        const docs = db
          .prepare(
            `SELECT id, name FROM documents ${all ? '' : 'WHERE engine_version <> ?'} ORDER BY id`,
          )
          .all(...(all ? [] : [ENGINE_VERSION])) as { id: number; name: string }[];
        return reindexBatch(docs, indexing);
      }),
    listFindings: async (filter) => findings.list(filter),
    reviewFinding: async ({ key, status, comment }) =>
      findings.review(key, status, comment ?? null),
    exportFindings: async ({ format, ...filter }) => exportFindings(findings.list(filter), format),
  };

  // Documents a crash, a removal or an older version left out of the search index (or stale in
  // it) are brought up to date in the background, in turn with indexing jobs.
  const { missing, stale } = searchDiff(db, searchDb);
  if (missing.length || stale.length) {
    void inTurn(async () => {
      const lane = startSearchLane(indexing);
      const done = lane.done.then(
        () => ({ cancelled: false }),
        (error: unknown) => (console.warn(String(error)), { cancelled: false }),
      );
      running = { done, cancel: lane.cancel };
      lane.finish();
      await done;
    });
  }

  if (options.seedDir && countDocuments(db) === 0 && !getMeta(db, 'seeded_at')) {
    await api.importFiles({ sources: [{ kind: 'path', path: options.seedDir }] });
    setMeta(db, 'seeded_at', new Date().toISOString());
  }

  return {
    api,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      running?.cancel();
      listeners.clear();
      searchDb.close();
      db.close();
    },
  };
}
