import type { CompareCellFact, CompareOptions, CompareRow, Comparison } from '../../shared/api.ts';
import type { Comparator, FactKind } from '../../shared/domain/index.ts';
import type { Db } from './open-database.ts';
import { listEntities, orderParentsFirst } from './entities.ts';

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

/** Full reports state a figure more authoritatively than digests and news items. */
const TYPE_RANK = `CASE d.type WHEN '政府工作报告' THEN 0 WHEN '政府工作报告摘编' THEN 1 WHEN '经济工作会议' THEN 2 ELSE 3 END`;

/**
 * One row per indicator (catalog order, categories kept together), then one per unmapped metric phrase; one cell per
 * entity holding every fact that states it, the primary (most authoritative) first.
 */
export function compare(db: Db, q: CompareQuery): Comparison {
  const where = ['f.entity IS NOT NULL'];
  const params: unknown[] = [];
  const filter = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    params.push(...values);
  };
  const list = (values: string[]) => values.map(() => '?').join(',');
  if (q.period) filter('f.period = ?', q.period);
  if (q.kind) filter('f.kind = ?', q.kind);
  if (q.entities?.length) filter(`f.entity IN (${list(q.entities)})`, ...q.entities);
  if (q.indicators?.length) filter(`f.indicator IN (${list(q.indicators)})`, ...q.indicators);
  const rows = db
    .prepare(
      `SELECT f.id, f.document_id, f.entity, f.indicator, f.metric, f.value, f.value_max, f.unit, f.comparator,
              f.hedge, f.quote, i.category, i.zh, i.sort
       FROM facts f JOIN documents d ON d.id = f.document_id LEFT JOIN indicators i ON i.id = f.indicator
       WHERE ${where.join(' AND ')}
       ORDER BY f.indicator IS NULL, (SELECT min(c.sort) FROM indicators c WHERE c.category = i.category), i.sort, f.metric, ${TYPE_RANK}, d.id, f.start`,
    )
    .all(...params) as CellRow[];

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
       WHERE period IS NOT NULL GROUP BY period, kind ORDER BY factCount DESC, period DESC`,
    )
    .all() as CompareOptions['views'];
  return { views, entities: listEntities(db) };
}
