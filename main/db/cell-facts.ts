import type { CellFact } from '../../shared/api.ts';
import type { FactKind } from '../../shared/domain/index.ts';
import { toFactRecord, type FactRow } from './fact-row.ts';
import type { Db } from './open-database.ts';
import { DOCUMENT_TYPE_RANK, Where } from './where.ts';

export interface CellQuery {
  entity: string;
  indicator?: string;
  metric?: string;
  period?: string;
  kind?: FactKind;
}

/** The facts behind one comparison cell, hidden ones included, the primary (full report) first. */
export function cellFacts(db: Db, q: CellQuery): CellFact[] {
  const where = new Where().add('f.entity = ?', q.entity);
  if (q.indicator !== undefined) where.add('f.indicator = ?', q.indicator);
  else where.add('f.indicator IS NULL AND f.metric = ?', q.metric);
  if (q.period) where.add('f.period = ?', q.period);
  if (q.kind) where.add('f.kind = ?', q.kind);
  const rows = db
    .prepare(
      `SELECT f.*, d.name AS document_name, d.type AS document_type
       FROM facts f JOIN documents d ON d.id = f.document_id
       WHERE ${where}
       ORDER BY f.hidden, ${DOCUMENT_TYPE_RANK}, d.id, f.start`,
    )
    .all(...where.params) as (FactRow & { document_name: string; document_type: string | null })[];
  return rows.map((r) => ({
    ...toFactRecord(r),
    documentName: r.document_name,
    documentType: r.document_type,
  }));
}
