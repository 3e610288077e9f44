import type { SearchHit } from '../../shared/api.ts';
import type { Db } from './open-database.ts';

interface HitRow {
  documentId: number;
  documentName: string;
  entity: string | null;
  start: number;
  end: number;
  text: string;
}

const TRIGRAM_MIN = 3;

/**
 * Full-text search over sentences. 3+ characters go through the trigram FTS5 index (as one
 * quoted phrase, never FTS syntax); shorter queries, which trigram cannot match, scan with LIKE.
 */
export function search(db: Db, query: string, limit = 50): SearchHit[] {
  const q = query.trim();
  const select = `SELECT s.document_id AS documentId, d.name AS documentName, d.entity, s.start, s.end, s.text
    FROM sentences s JOIN documents d ON d.id = s.document_id`;
  const rows = (
    [...q].length >= TRIGRAM_MIN
      ? db
          .prepare(
            `${select} WHERE s.id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)
             ORDER BY d.id, s.start LIMIT ?`,
          )
          .all(`"${q.replaceAll('"', '""')}"`, limit)
      : db
          .prepare(`${select} WHERE s.text LIKE ? ESCAPE '\\' ORDER BY d.id, s.start LIMIT ?`)
          .all(`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, limit)
  ) as HitRow[];
  const sectionAt = db.prepare(
    'SELECT path FROM sections WHERE document_id = ? AND start <= ? ORDER BY start DESC LIMIT 1',
  );
  return rows.map((r) => {
    const at = r.text.indexOf(q);
    const section = sectionAt.get(r.documentId, r.start) as { path: string } | undefined;
    return {
      documentId: r.documentId,
      documentName: r.documentName,
      entity: r.entity,
      section: section ? (JSON.parse(section.path) as string[]) : [],
      start: r.start,
      end: r.end,
      snippet: r.text,
      hitStart: Math.max(0, at),
      hitEnd: Math.max(0, at) + q.length,
    };
  });
}
