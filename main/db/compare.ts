import type { CompareCellFact, CompareOptions, CompareRow, Comparison } from '../../shared/api.ts';
import type { Comparator, FactKind } from '../../shared/domain/index.ts';
import type { Db } from './open-database.ts';
import { listEntities, orderParentsFirst } from './entities.ts';
import { sql } from './statements.ts';
import { DOCUMENT_TYPE_RANK, Where } from './where.ts';

export interface CompareQuery {
  entities?: string[];
  period?: string;
  kind?: FactKind;
  indicators?: string[];
}

interface CellRow {
  id: number;
  document_id: number;
  entity: string;
  indicator: string | null;
  metric: string;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  comparator: string;
  hedge: string | null;
  quote: string;
  category: string | null;
  zh: string | null;
  sort: number | null;
}

/**
 * One row per indicator (catalog order, categories kept together), then one per unmapped metric phrase; one cell per
 * entity holding every fact that states it, the primary (most authoritative) first.
 */
export function compare(db: Db, q: CompareQuery): Comparison {
  const where = new Where('f.entity IS NOT NULL', 'f.hidden = 0');
  if (q.period) where.add('f.period = ?', q.period);
  if (q.kind) where.add('f.kind = ?', q.kind);
  if (q.entities?.length) where.in('f.entity', q.entities);
  if (q.indicators?.length) where.in('f.indicator', q.indicators);
  const rows = sql(
    db,
    `SELECT f.id, f.document_id, f.entity, f.indicator, f.metric, f.value, f.value_max, f.unit, f.comparator,
              f.hedge, f.quote, i.category, i.zh, i.sort
       FROM facts f JOIN documents d ON d.id = f.document_id LEFT JOIN indicators i ON i.id = f.indicator
       LEFT JOIN (SELECT category, min(sort) AS sort FROM indicators GROUP BY category) c ON c.category = i.category
       WHERE ${where}
       ORDER BY f.indicator IS NULL, c.sort, i.sort, f.metric, ${DOCUMENT_TYPE_RANK}, d.id, f.start`,
  ).all(...where.params) as CellRow[];

  const byKey = new Map<string, CompareRow>();
  const seenEntities = new Set<string>();
  for (const r of rows) {
    const key = r.indicator ?? `m:${r.metric}`;
    let row = byKey.get(key);
    if (!row) {
      row = { indicator: r.indicator, label: r.zh ?? r.metric, category: r.category, cells: {} };
      byKey.set(key, row);
    }
    (row.cells[r.entity] ??= []).push(toCell(r));
    seenEntities.add(r.entity);
  }
  const entities = q.entities?.length ? q.entities : entityOrder(db, seenEntities);
  return { entities, period: q.period ?? null, kind: q.kind ?? null, rows: [...byKey.values()] };
}

function toCell(r: CellRow): CompareCellFact {
  return {
    factId: r.id,
    documentId: r.document_id,
    value: r.value,
    valueMax: r.value_max,
    unit: r.unit,
    comparator: r.comparator as Comparator,
    hedge: r.hedge,
    quote: r.quote,
  };
}

function entityOrder(db: Db, names: Set<string>): string[] {
  const known = listEntities(db).filter((e) => names.has(e.name));
  const unknown = [...names]
    .filter((n) => !known.some((e) => e.name === n))
    .map((name) => ({ name, parent: null }));
  return orderParentsFirst([...known, ...unknown]).map((e) => e.name);
}

export function compareOptions(db: Db): CompareOptions {
  const views = db
    .prepare(
      `SELECT period, kind, count(*) AS factCount FROM facts
       WHERE period IS NOT NULL AND hidden = 0 GROUP BY period, kind ORDER BY factCount DESC, period DESC`,
    )
    .all() as CompareOptions['views'];
  return { views, entities: listEntities(db) };
}
