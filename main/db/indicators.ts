import type { Indicator } from '../../shared/domain/index.ts';
import type { Db } from './open-database.ts';
import { write } from './write.ts';

/** Mirrors the catalog into the index so queries can join on it; user additions come later. */
export function syncIndicators(db: Db, catalog: readonly Indicator[]): void {
  const upsert = db.prepare(
    `INSERT INTO indicators (id, zh, en, category, unit_kind, direction, sort) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET zh = excluded.zh, en = excluded.en, category = excluded.category,
       unit_kind = excluded.unit_kind, direction = excluded.direction, sort = excluded.sort`,
  );
  write(db, () => {
    catalog.forEach((i, n) => upsert.run(i.id, i.zh, i.en, i.category, i.unitKind, i.direction, n));
  });
}
