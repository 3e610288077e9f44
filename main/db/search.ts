import type { SearchHit } from '../../shared/api.ts';
import { charTokens } from '../../shared/text/char-tokens.ts';
import type { Db } from './open-database.ts';

interface HitRow {
  documentId: number;
  documentName: string;
  entity: string | null;
  start: number;
  end: number;
}

const TRIGRAM_MIN = 3;

/** User input as one FTS5 phrase: never FTS syntax. */
const phrase = (q: string) => `"${q.replaceAll('"', '""')}"`;

/**
 * Full-text search over sentences. 3+ characters go through the trigram index; shorter queries,
 * which trigram cannot match, through the one-token-per-character index as a phrase.
 */
export function search(db: Db, query: string, limit = 50): SearchHit[] {
  const q = query.trim();
  const byTrigram = [...q].length >= TRIGRAM_MIN;
  const index = byTrigram ? 'sentences_fts' : 'sentences_chars';
  // Driven from the index, whose rowids come in order, so LIMIT stops the scan early.
  const rows = db
    .prepare(
      `SELECT s.document_id AS documentId, d.name AS documentName, d.entity, s.start, s.end
       FROM ${index} x JOIN sentences s ON s.id = x.rowid JOIN documents d ON d.id = s.document_id
       WHERE ${index} MATCH ? ORDER BY x.rowid LIMIT ?`,
    )
    .all(phrase(byTrigram ? q : charTokens(q)), limit) as HitRow[];
  const texts = new Map<number, string>();
  const textOf = db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  const sentence = (r: HitRow) => {
    if (!texts.has(r.documentId)) texts.set(r.documentId, textOf.get(r.documentId) as string);
    return texts.get(r.documentId)!.slice(r.start, r.end);
  };
  const sectionAt = db.prepare(
    'SELECT path FROM sections WHERE document_id = ? AND start <= ? ORDER BY start DESC LIMIT 1',
  );
  return rows.map((r) => {
    const text = sentence(r);
    const at = text.indexOf(q);
    const section = sectionAt.get(r.documentId, r.start) as { path: string } | undefined;
    return {
      documentId: r.documentId,
      documentName: r.documentName,
      entity: r.entity,
      section: section ? (JSON.parse(section.path) as string[]) : [],
      start: r.start,
      end: r.end,
      snippet: text,
      hitStart: Math.max(0, at),
      hitEnd: Math.max(0, at) + q.length,
    };
  });
}
