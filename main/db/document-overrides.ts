import type { DocumentSummary } from '../../shared/domain/index.ts';
import type { Db } from './open-database.ts';
import { ensureEntity } from './entities.ts';
import { write } from './write.ts';
import { sql } from './statements.ts';

export interface DocumentEdit {
  entity?: string | null;
  year?: number | null;
  type?: string | null;
}

interface OverrideRow {
  entity: string | null;
  year: number | null;
  type: string | null;
}

/**
 * Stores a user's entity/year/type for a document (keyed on its content hash, so it survives
 * re-import and re-index) and applies it.
 */
export function overrideDocument(db: Db, id: number, edit: DocumentEdit): void {
  write(db, () => {
    const doc = sql(db, 'SELECT hash FROM documents WHERE id = ?').get(id) as
      { hash: string } | undefined;
    if (!doc) return;
    const current = (sql(
      db,
      'SELECT entity, year, type FROM document_overrides WHERE document_hash = ?',
    ).get(doc.hash) ?? { entity: null, year: null, type: null }) as OverrideRow;
    const next = {
      entity: edit.entity !== undefined ? edit.entity : current.entity,
      year: edit.year !== undefined ? edit.year : current.year,
      type: edit.type !== undefined ? edit.type : current.type,
    };
    sql(
      db,
      `INSERT INTO document_overrides (document_hash, entity, year, type) VALUES (?, ?, ?, ?)
       ON CONFLICT (document_hash) DO UPDATE SET entity = excluded.entity, year = excluded.year, type = excluded.type`,
    ).run(doc.hash, next.entity, next.year, next.type);
    applyOverride(db, id);
  });
}

/** Applies a stored override to a document; facts about the document's own entity follow it. */
export function applyOverride(db: Db, id: number): void {
  const doc = sql(db, 'SELECT hash, entity FROM documents WHERE id = ?').get(id) as Pick<
    DocumentSummary,
    'entity'
  > & {
    hash: string;
  };
  const o = sql(
    db,
    'SELECT entity, year, type FROM document_overrides WHERE document_hash = ?',
  ).get(doc.hash) as OverrideRow | undefined;
  if (!o) return;
  if (o.entity && o.entity !== doc.entity) {
    ensureEntity(db, o.entity);
    sql(db, 'UPDATE facts SET entity = ? WHERE document_id = ? AND entity IS ?').run(
      o.entity,
      id,
      doc.entity,
    );
    sql(db, 'UPDATE documents SET entity = ? WHERE id = ?').run(o.entity, id);
  }
  if (o.year !== null) sql(db, 'UPDATE documents SET year = ? WHERE id = ?').run(o.year, id);
  if (o.type !== null) sql(db, 'UPDATE documents SET type = ? WHERE id = ?').run(o.type, id);
}
