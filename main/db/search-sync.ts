import { charTokens } from '../../shared/text/char-tokens.ts';
import type { Db } from './open-database.ts';
import { sql } from './statements.ts';

export interface DocumentKey {
  id: number;
  hash: string;
}

/**
 * What the search index lacks against the index: documents it does not hold (or holds an older
 * content of), and rows of documents that were removed or replaced since.
 */
export function searchDiff(
  main: Db,
  search: Db,
): { missing: DocumentKey[]; stale: number[]; lastId: number } {
  const current = new Map(
    (sql(main, 'SELECT id, hash FROM documents').all() as DocumentKey[]).map((d) => [d.id, d.hash]),
  );
  const stale: number[] = [];
  const held = new Set<number>();
  for (const row of sql(
    search,
    'SELECT document_id AS id, hash FROM indexed',
  ).all() as DocumentKey[]) {
    if (current.get(row.id) === row.hash) held.add(row.id);
    else stale.push(row.id);
  }
  const missing: DocumentKey[] = [];
  let lastId = 0;
  for (const [id, hash] of current) {
    if (!held.has(id)) missing.push({ id, hash });
    lastId = Math.max(lastId, id);
  }
  missing.sort((a, b) => a.id - b.id);
  return { missing, stale, lastId };
}

/** Documents stored after `afterId`, in id order: what the indexing workers added meanwhile. */
export function documentsAfter(main: Db, afterId: number, limit: number): DocumentKey[] {
  return sql(main, 'SELECT id, hash FROM documents WHERE id > ? ORDER BY id LIMIT ?').all(
    afterId,
    limit,
  ) as DocumentKey[];
}

export function removeFromSearch(search: Db, ids: readonly number[]): void {
  if (!ids.length) return;
  search
    .transaction(() => {
      for (const id of ids) deleteRows(search, id);
    })
    .immediate();
}

/**
 * Adds documents' texts to both full-text indexes in one transaction (FTS5 writes one segment
 * for the batch). A document removed or changed since it was listed is skipped; the next diff
 * sees it. Returns how many were added.
 */
export function addToSearch(main: Db, search: Db, docs: readonly DocumentKey[]): number {
  const textOf = sql(main, 'SELECT text FROM documents WHERE id = ? AND hash = ?').pluck();
  const trigram = sql(search, 'INSERT INTO text_trigram (rowid, text) VALUES (?, ?)');
  const chars = sql(search, 'INSERT INTO text_chars (rowid, text) VALUES (?, ?)');
  const held = sql(search, 'SELECT hash FROM indexed WHERE document_id = ?').pluck();
  const mark = sql(search, 'INSERT INTO indexed (document_id, hash) VALUES (?, ?)');
  let added = 0;
  search
    .transaction(() => {
      for (const doc of docs) {
        const text = textOf.get(doc.id, doc.hash) as string | undefined;
        if (text === undefined) continue;
        const previous = held.get(doc.id) as string | undefined;
        if (previous === doc.hash) continue;
        if (previous !== undefined) deleteRows(search, doc.id);
        trigram.run(doc.id, text);
        chars.run(doc.id, charTokens(text));
        mark.run(doc.id, doc.hash);
        added++;
      }
    })
    .immediate();
  return added;
}

function deleteRows(search: Db, id: number): void {
  sql(search, 'DELETE FROM text_trigram WHERE rowid = ?').run(id);
  sql(search, 'DELETE FROM text_chars WHERE rowid = ?').run(id);
  sql(search, 'DELETE FROM indexed WHERE document_id = ?').run(id);
}
