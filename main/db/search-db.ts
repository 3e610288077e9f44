import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import type { Db } from './open-database.ts';

/**
 * The full-text index lives in its own file beside the index: it is derived from the documents'
 * texts (rebuilt from them whenever it is missing, stale or of another version), and a separate
 * file has its own write lock, so it is filled while the indexing workers write documents.
 */
export function searchPathFor(dbPath: string): string {
  if (dbPath === ':memory:') return dbPath;
  const ext = /\.[^./\\]*$/.exec(dbPath)?.[0] ?? '';
  return `${dbPath.slice(0, dbPath.length - ext.length)}.search${ext}`;
}

const SEARCH_SCHEMA_VERSION = 2;

/**
 * One row per document (rowid = document id) in each index: trigram for queries of 3+ characters
 * (detail=none: which documents hold a trigram, not where; the searcher locates the text itself),
 * one token per character, with positions, for shorter ones. `indexed` records which content
 * (hash) each row holds, committed with it, so the index can tell what is missing or stale after
 * any crash.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS indexed (document_id INTEGER PRIMARY KEY, hash TEXT NOT NULL);
  CREATE VIRTUAL TABLE IF NOT EXISTS text_trigram USING fts5(
    text, content='', contentless_delete=1, detail='none', tokenize='trigram'
  );
  CREATE VIRTUAL TABLE IF NOT EXISTS text_chars USING fts5(
    text, content='', contentless_delete=1,
    tokenize="unicode61 remove_diacritics 0 tokenchars '%.+-#％＋'"
  );
`;

/**
 * FTS5 writes a segment whenever its in-memory buffer passes hashsize (1 MB by default: every few
 * dozen documents here), and merging those small segments was most of the cost of indexing.
 * With 16 MB, a batch of documents becomes one segment.
 */
const TUNING = `
  INSERT INTO text_trigram(text_trigram, rank) VALUES ('hashsize', 16777216);
  INSERT INTO text_chars(text_chars, rank) VALUES ('hashsize', 16777216);
`;

/** Opens (or creates) the search index; a file of another schema version is rebuilt from scratch. */
export function openSearchDb(path: string): Db {
  let db = open(path);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== 0 && version !== SEARCH_SCHEMA_VERSION && path !== ':memory:') {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    db = open(path);
  }
  db.transaction(() => {
    if (db.pragma('user_version', { simple: true }) !== SEARCH_SCHEMA_VERSION) {
      db.exec(SCHEMA);
      db.exec(TUNING);
      db.pragma(`user_version = ${SEARCH_SCHEMA_VERSION}`);
    }
  }).immediate();
  return db;
}

function open(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 15000');
  db.pragma('cache_size = -65536'); // 64 MB: segment merges touch many pages
  return db;
}
