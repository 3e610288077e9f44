import { charTokens } from '../../shared/text/char-tokens.ts';
import type { Db } from './open-database.ts';
import { write } from './write.ts';
import { sql } from './statements.ts';

/** How many documents the indexer lets wait before it makes them searchable. */
export const SEARCH_BATCH = 32;

/** Marks a document's sentences as waiting for the full-text indexes (same transaction as the document). */
export function queueForSearch(db: Db, documentId: number): void {
  sql(db, 'INSERT OR IGNORE INTO search_pending (document_id) VALUES (?)').run(documentId);
}

export function pendingForSearch(db: Db): number {
  return (sql(db, 'SELECT count(*) AS n FROM search_pending').get() as { n: number }).n;
}

/**
 * Adds waiting documents' sentences to both full-text indexes in one transaction: FTS5 writes one
 * segment for the batch instead of one per document, several times cheaper.
 */
export function flushSearchIndex(db: Db): number {
  const pending = sql(
    db,
    'SELECT document_id AS id FROM search_pending ORDER BY document_id',
  ).all() as { id: number }[];
  if (!pending.length) return 0;
  const textOf = sql(db, 'SELECT text FROM documents WHERE id = ?').pluck();
  const spansOf = sql(db, 'SELECT id, start, end FROM sentences WHERE document_id = ? ORDER BY id');
  const trigram = sql(db, 'INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)');
  const chars = sql(db, 'INSERT INTO sentences_chars (rowid, text) VALUES (?, ?)');
  const done = sql(db, 'DELETE FROM search_pending WHERE document_id = ?');
  write(db, () => {
    for (const { id } of pending) {
      const text = textOf.get(id) as string | undefined;
      if (text !== undefined) {
        for (const s of spansOf.all(id) as { id: number; start: number; end: number }[]) {
          const sentence = text.slice(s.start, s.end);
          trigram.run(s.id, sentence);
          chars.run(s.id, charTokens(sentence));
        }
      }
      done.run(id);
    }
  });
  return pending.length;
}
